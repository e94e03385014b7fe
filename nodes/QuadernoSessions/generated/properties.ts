// GENERATED from schemas/quaderno/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { runOptions } from '../../shared/run-options';
import { provider } from './provider';

const bodyInputOptions: INodePropertyOptions[] = [
	{
		name: 'Using Fields Below',
		value: 'fields',
	},
	{
		name: 'Using JSON',
		value: 'json',
	},
];

const itemFields: INodeProperties[] = [
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'string',
		default: '',
		placeholder: 'e.g. 0',
		description: 'Unit price; the product\'s price is used when empty',
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: '',
		description: 'ISO 4217 currency code, e.g. EUR; the product\'s currency is used when empty',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'Item description; the product\'s description is used when empty',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Item name; the product\'s name is used when empty',
	},
	{
		displayName: 'Product SKU',
		name: 'product',
		type: 'string',
		default: '',
		required: true,
		description: 'SKU of the Quaderno product',
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'string',
		default: '',
		placeholder: 'e.g. 0',
		description: 'Quantity purchased, at least 1',
	},
];

const billingDetailsCollectionOptions: INodePropertyOptions[] = [
	{
		name: 'Auto',
		value: 'auto',
	},
	{
		name: 'Required',
		value: 'required',
	},
];

const customerFields: INodeProperties[] = [
	{
		displayName: 'Billing City',
		name: 'billing_city',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Billing Country',
		name: 'billing_country',
		type: 'string',
		default: '',
		description: 'Two-letter ISO country code, e.g. GB',
	},
	{
		displayName: 'Billing Postal Code',
		name: 'billing_postal_code',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Billing Street Line 1',
		name: 'billing_street_line_1',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Billing Street Line 2',
		name: 'billing_street_line_2',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Company',
		name: 'company',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Contact ID',
		name: 'contact',
		type: 'number',
		default: 1,
		typeOptions: {
			minValue: 1,
			numberPrecision: 0,
		},
		description: 'ID of an existing Quaderno contact; a new contact is created when empty',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		default: '',
		placeholder: 'name@email.com',
	},
	{
		displayName: 'First Name',
		name: 'first_name',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Last Name',
		name: 'last_name',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Tax ID',
		name: 'tax_id',
		type: 'string',
		default: '',
	},
];

const localeOptions: INodePropertyOptions[] = [
	{
		name: 'Auto',
		value: 'auto',
	},
	{
		name: 'Ca',
		value: 'ca',
	},
	{
		name: 'De',
		value: 'de',
	},
	{
		name: 'En',
		value: 'en',
	},
	{
		name: 'Es',
		value: 'es',
	},
	{
		name: 'Fi',
		value: 'fi',
	},
	{
		name: 'Fr',
		value: 'fr',
	},
	{
		name: 'Hu',
		value: 'hu',
	},
	{
		name: 'Nl',
		value: 'nl',
	},
	{
		name: 'No',
		value: 'no',
	},
	{
		name: 'Sv',
		value: 'sv',
	},
];

const entryFields: INodeProperties[] = [
	{
		displayName: 'Key',
		name: 'key',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'string',
		default: '',
	},
];

const paymentMethodsOptions: INodePropertyOptions[] = [
	{
		name: 'Card',
		value: 'card',
	},
	{
		name: 'Paypal',
		value: 'paypal',
	},
];

/** Parameters of the Quaderno Sessions node. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Checkout Session',
				value: 'checkoutSession',
				description: 'A hosted checkout page for one-time purchases or subscriptions',
			},
		],
		default: 'checkoutSession',
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
			},
		},
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a checkout session and get its payment link (permalink)',
				action: 'Create a checkout session',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Permanently delete a pending checkout session',
				action: 'Delete a checkout session',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Retrieve a checkout session by ID',
				action: 'Get a checkout session',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List checkout sessions, newest first, optionally filtered by status',
				action: 'Get many checkout sessions',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change a pending checkout session; fields not set stay unchanged',
				action: 'Update a checkout session',
			},
			{
				name: 'Wait for Status',
				value: 'waitForStatus',
				description: 'Read the checkout session until its status is one of the chosen ones, or the timeout ends',
				action: 'Wait for a checkout session status',
			},
		],
		default: 'create',
	},
	{
		displayName: 'Specify Body',
		name: 'bodyInput',
		type: 'options',
		options: bodyInputOptions,
		default: 'fields',
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['create'],
			},
		},
		description: 'Fill the fields below, or give the whole request body as JSON',
	},
	{
		displayName: 'Items',
		name: 'items',
		type: 'fixedCollection',
		typeOptions: {
			multipleValues: true,
		},
		placeholder: 'Add Item',
		default: {},
		options: [
			{
				displayName: 'Item',
				name: 'item',
				values: itemFields,
			},
		],
		required: true,
		description: 'Products the customer buys',
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['create'],
				bodyInput: ['fields'],
			},
		},
	},
	{
		displayName: 'Success URL',
		name: 'success_url',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/',
		required: true,
		description: 'Where the customer goes after a successful payment',
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['create'],
				bodyInput: ['fields'],
			},
		},
	},
	{
		displayName: 'Cancel URL',
		name: 'cancel_url',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/',
		required: true,
		description: 'Where the customer goes when they cancel the payment',
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['create'],
				bodyInput: ['fields'],
			},
		},
	},
	{
		displayName: 'JSON Body',
		name: 'bodyJson',
		type: 'json',
		default: '{}',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['create'],
				bodyInput: ['json'],
			},
		},
		description: 'The whole request body; it is checked against the API schema before it is sent',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['create'],
				bodyInput: ['fields'],
			},
		},
		options: [
			{
				displayName: 'Billing Details Collection',
				name: 'billing_details_collection',
				type: 'options',
				options: billingDetailsCollectionOptions,
				default: 'required',
				description: 'Whether the checkout always collects billing details',
			},
			{
				displayName: 'Coupon Collection',
				name: 'coupon_collection',
				type: 'boolean',
				default: false,
				description: 'Whether the checkout lets the customer enter a coupon',
			},
			{
				displayName: 'Customer',
				name: 'customer',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: customerFields,
				description: 'Billing details used to prefill the checkout',
			},
			{
				displayName: 'Locale',
				name: 'locale',
				type: 'options',
				options: localeOptions,
				default: 'auto',
				description: 'Language the checkout is shown in',
			},
			{
				displayName: 'Metadata',
				name: 'metadata',
				type: 'fixedCollection',
				typeOptions: {
					multipleValues: true,
				},
				placeholder: 'Add Entry',
				default: {},
				options: [
					{
						displayName: 'Entry',
						name: 'entry',
						values: entryFields,
					},
				],
				description: 'Key-value pairs stored with the session',
			},
			{
				displayName: 'Payment Methods',
				name: 'payment_methods',
				type: 'multiOptions',
				options: paymentMethodsOptions,
				default: [],
				description: 'Payment methods offered; all enabled ones when empty',
			},
			{
				displayName: 'Processor Options',
				name: 'custom',
				type: 'json',
				default: '{}',
				description: 'Options forwarded to the payment processor, e.g. {"stripe": {"metadata": {"user_id": 999}}}',
			},
		],
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description: 'Whether to return the common session view (the same fields on every platform: status, state, amount, currency, customer email, URL, dates and linked IDs) instead of the raw data',
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['create'],
			},
		},
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['create'],
			},
		},
		options: runOptions(provider, { retry: 'notRetried' }),
	},
	{
		displayName: 'Session ID',
		name: 'checkoutSessionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['get'],
			},
		},
		description: 'ID of the checkout session',
		type: 'resourceLocator',
		default: {
			mode: 'list',
			value: '',
		},
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a checkout session...',
				typeOptions: {
					searchListMethod: 'searchCheckoutSessions',
					searchable: false,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 42',
			},
		],
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description: 'Whether to return the common session view (the same fields on every platform: status, state, amount, currency, customer email, URL, dates and linked IDs) instead of the raw data',
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['get'],
			},
		},
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['get'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent' }),
	},
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['getAll'],
			},
		},
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: {
			minValue: 1,
		},
		default: 50,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['getAll'],
				returnAll: [
					false,
				],
			},
		},
		description: 'Max number of results to return',
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description: 'Whether to return the common session view (the same fields on every platform: status, state, amount, currency, customer email, URL, dates and linked IDs) instead of the raw data',
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['getAll'],
			},
		},
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['getAll'],
			},
		},
		options: [
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{
						name: 'Abandoned',
						value: 'abandoned',
					},
					{
						name: 'Completed',
						value: 'completed',
					},
					{
						name: 'Failed',
						value: 'failed',
					},
					{
						name: 'Pending',
						value: 'pending',
					},
					{
						name: 'Processing',
						value: 'processing',
					},
				],
				default: 'abandoned',
				description: 'Only sessions with this status',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['getAll'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent', list: true }),
	},
	{
		displayName: 'Session ID',
		name: 'checkoutSessionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['update'],
			},
		},
		description: 'ID of the pending checkout session',
		type: 'resourceLocator',
		default: {
			mode: 'list',
			value: '',
		},
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a checkout session...',
				typeOptions: {
					searchListMethod: 'searchCheckoutSessions',
					searchable: false,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 42',
			},
		],
	},
	{
		displayName: 'Specify Body',
		name: 'bodyInput',
		type: 'options',
		options: bodyInputOptions,
		default: 'fields',
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['update'],
			},
		},
		description: 'Fill the fields below, or give the whole request body as JSON',
	},
	{
		displayName: 'JSON Body',
		name: 'bodyJson',
		type: 'json',
		default: '{}',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['update'],
				bodyInput: ['json'],
			},
		},
		description: 'The whole request body; it is checked against the API schema before it is sent',
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['update'],
				bodyInput: ['fields'],
			},
		},
		options: [
			{
				displayName: 'Billing Details Collection',
				name: 'billing_details_collection',
				type: 'options',
				options: billingDetailsCollectionOptions,
				default: 'required',
				description: 'Whether the checkout always collects billing details',
			},
			{
				displayName: 'Cancel URL',
				name: 'cancel_url',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/',
				description: 'Where the customer goes when they cancel the payment',
			},
			{
				displayName: 'Coupon Collection',
				name: 'coupon_collection',
				type: 'boolean',
				default: false,
				description: 'Whether the checkout lets the customer enter a coupon',
			},
			{
				displayName: 'Customer',
				name: 'customer',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: customerFields,
				description: 'Billing details used to prefill the checkout',
			},
			{
				displayName: 'Items',
				name: 'items',
				type: 'fixedCollection',
				typeOptions: {
					multipleValues: true,
				},
				placeholder: 'Add Item',
				default: {},
				options: [
					{
						displayName: 'Item',
						name: 'item',
						values: itemFields,
					},
				],
				description: 'Products the customer buys',
			},
			{
				displayName: 'Locale',
				name: 'locale',
				type: 'options',
				options: localeOptions,
				default: 'auto',
				description: 'Language the checkout is shown in',
			},
			{
				displayName: 'Metadata',
				name: 'metadata',
				type: 'fixedCollection',
				typeOptions: {
					multipleValues: true,
				},
				placeholder: 'Add Entry',
				default: {},
				options: [
					{
						displayName: 'Entry',
						name: 'entry',
						values: entryFields,
					},
				],
				description: 'Key-value pairs stored with the session',
			},
			{
				displayName: 'Payment Methods',
				name: 'payment_methods',
				type: 'multiOptions',
				options: paymentMethodsOptions,
				default: [],
				description: 'Payment methods offered; all enabled ones when empty',
			},
			{
				displayName: 'Processor Options',
				name: 'custom',
				type: 'json',
				default: '{}',
				description: 'Options forwarded to the payment processor, e.g. {"stripe": {"metadata": {"user_id": 999}}}',
			},
			{
				displayName: 'Success URL',
				name: 'success_url',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/',
				description: 'Where the customer goes after a successful payment',
			},
		],
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description: 'Whether to return the common session view (the same fields on every platform: status, state, amount, currency, customer email, URL, dates and linked IDs) instead of the raw data',
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['update'],
			},
		},
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['update'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent' }),
	},
	{
		displayName: 'Session ID',
		name: 'checkoutSessionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['delete'],
			},
		},
		description: 'ID of the pending checkout session',
		type: 'resourceLocator',
		default: {
			mode: 'list',
			value: '',
		},
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a checkout session...',
				typeOptions: {
					searchListMethod: 'searchCheckoutSessions',
					searchable: false,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 42',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['delete'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent' }),
	},
	{
		displayName: 'Session ID',
		name: 'checkoutSessionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['waitForStatus'],
			},
		},
		description: 'ID of the checkout session',
		type: 'resourceLocator',
		default: {
			mode: 'list',
			value: '',
		},
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a checkout session...',
				typeOptions: {
					searchListMethod: 'searchCheckoutSessions',
					searchable: false,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 42',
			},
		],
	},
	{
		displayName: 'Statuses',
		name: 'statuses',
		type: 'multiOptions',
		required: true,
		options: [
			{
				name: 'Abandoned',
				value: 'abandoned',
				description: 'Cancelled by the customer or idle for 30 minutes; final',
			},
			{
				name: 'Completed',
				value: 'completed',
				description: 'Paid; final',
			},
			{
				name: 'Failed',
				value: 'failed',
				description: 'Payment failed or was declined',
			},
			{
				name: 'Pending',
				value: 'pending',
				description: 'Created, awaiting payment',
			},
			{
				name: 'Processing',
				value: 'processing',
				description: 'Payment is being processed',
			},
		],
		default: [],
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['waitForStatus'],
			},
		},
		description: 'Continue when the checkout session has one of these statuses',
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeout',
		type: 'number',
		required: true,
		typeOptions: {
			minValue: 1,
			maxValue: 3600,
			numberPrecision: 0,
		},
		default: 300,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['waitForStatus'],
			},
		},
		description: 'Longest time to wait for one item. At most 3600, the longest execution timeout n8n allows by default (EXECUTIONS_TIMEOUT_MAX), and at most the workflow\'s own timeout when it has one.',
	},
	{
		displayName: 'On Timeout',
		name: 'onTimeout',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Error',
				value: 'error',
				description: 'Stop with an error naming the item, its ID, the last status seen and the time waited',
			},
			{
				name: 'Output on \'Timed Out\' Output',
				value: 'timedOutOutput',
				description: 'Send the item, as last read, to a second output named Timed Out',
			},
		],
		default: 'error',
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['waitForStatus'],
			},
		},
		description: 'What happens when the checkout session has none of the statuses when the timeout ends',
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description: 'Whether to return the common session view (the same fields on every platform: status, state, amount, currency, customer email, URL, dates and linked IDs) instead of the raw data',
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['waitForStatus'],
			},
		},
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['waitForStatus'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent', wait: true }),
	},
];
