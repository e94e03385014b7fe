// GENERATED from schemas/gr4vy/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
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

const addressFields: INodeProperties[] = [
	{
		displayName: 'City',
		name: 'city',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		default: '',
		description: 'Two-letter ISO 3166 country code, e.g. US',
	},
	{
		displayName: 'House Number or Name',
		name: 'house_number_or_name',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Line 1',
		name: 'line1',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Line 2',
		name: 'line2',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Organization',
		name: 'organization',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Postal Code',
		name: 'postal_code',
		type: 'string',
		default: '',
	},
	{
		displayName: 'State',
		name: 'state',
		type: 'string',
		default: '',
	},
	{
		displayName: 'State Code',
		name: 'state_code',
		type: 'string',
		default: '',
		description: 'ISO 3166-2 code, e.g. US-CA',
	},
];

const paymentSourceOptions: INodePropertyOptions[] = [
	{
		name: 'Card On File',
		value: 'card_on_file',
	},
	{
		name: 'Ecommerce',
		value: 'ecommerce',
	},
	{
		name: 'Installment',
		value: 'installment',
	},
	{
		name: 'Moto',
		value: 'moto',
	},
	{
		name: 'Recurring',
		value: 'recurring',
	},
];

// Shared by checkoutSession.create, checkoutSession.update.
const checkoutSessionFields: INodeProperties[] = [
	{
		displayName: 'Airline',
		name: 'airline',
		type: 'json',
		default: '{}',
		description: 'Airline itinerary data for travel payments',
	},
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		default: 0,
		typeOptions: {
			minValue: 0,
			maxValue: 99999999,
			numberPrecision: 0,
		},
		description: 'Amount to pay in the smallest currency unit',
	},
	{
		displayName: 'Buyer',
		name: 'buyer',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Account Number',
				name: 'account_number',
				type: 'string',
				default: '',
				description: 'The buyer\'s account number',
			},
			{
				displayName: 'Billing Details',
				name: 'billing_details',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Address',
						name: 'address',
						type: 'collection',
						placeholder: 'Add Field',
						default: {},
						options: addressFields,
						description: 'A postal address',
					},
					{
						displayName: 'Email Address',
						name: 'email_address',
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
						displayName: 'Phone Number',
						name: 'phone_number',
						type: 'string',
						default: '',
						description: 'E.164 format, e.g. +14155550123',
					},
					{
						displayName: 'Tax ID',
						name: 'tax_id',
						type: 'json',
						default: '{}',
					},
				],
			},
			{
				displayName: 'Display Name',
				name: 'display_name',
				type: 'string',
				default: '',
			},
			{
				displayName: 'External Identifier',
				name: 'external_identifier',
				type: 'string',
				default: '',
				description: 'Your own ID for the buyer',
			},
			{
				displayName: 'Shipping Details',
				name: 'shipping_details',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Address',
						name: 'address',
						type: 'collection',
						placeholder: 'Add Field',
						default: {},
						options: addressFields,
						description: 'A postal address',
					},
					{
						displayName: 'Email Address',
						name: 'email_address',
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
						displayName: 'Phone Number',
						name: 'phone_number',
						type: 'string',
						default: '',
						description: 'E.164 format, e.g. +14155550123',
					},
				],
			},
		],
		description: 'Buyer details kept on the session; no buyer record is created at Gr4vy',
	},
	{
		displayName: 'Cart Items',
		name: 'cart_items',
		type: 'fixedCollection',
		typeOptions: {
			multipleValues: true,
		},
		placeholder: 'Add Cart Item',
		default: {},
		options: [
			{
				displayName: 'Cart Item',
				name: 'cartItem',
				values: [
					{
						displayName: 'Categories',
						name: 'categories',
						type: 'string',
						default: '',
						placeholder: 'first, second',
						description: 'Product categories, comma-separated',
					},
					{
						displayName: 'Commodity Code',
						name: 'commodity_code',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Description',
						name: 'description',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Discount Amount',
						name: 'discount_amount',
						type: 'string',
						default: '',
						placeholder: 'e.g. 0',
						description: 'Discount on this item in the smallest currency unit',
					},
					{
						displayName: 'Duty Amount',
						name: 'duty_amount',
						type: 'string',
						default: '',
						placeholder: 'e.g. 0',
						description: 'Duty on this item in the smallest currency unit',
					},
					{
						displayName: 'External Identifier',
						name: 'external_identifier',
						type: 'string',
						default: '',
						description: 'Your own ID for the item; not sent to the payment service',
					},
					{
						displayName: 'Image URL',
						name: 'image_url',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						required: true,
						description: 'Name of the item; payment services may shorten it',
					},
					{
						displayName: 'Product Type',
						name: 'product_type',
						type: 'options',
						options: [
							{
								name: 'Digital',
								value: 'digital',
							},
							{
								name: 'Discount',
								value: 'discount',
							},
							{
								name: 'Gift Card',
								value: 'gift_card',
							},
							{
								name: 'Not Set',
								value: '',
							},
							{
								name: 'Physical',
								value: 'physical',
							},
							{
								name: 'Sales Tax',
								value: 'sales_tax',
							},
							{
								name: 'Shipping Fee',
								value: 'shipping_fee',
							},
							{
								name: 'Store Credit',
								value: 'store_credit',
							},
							{
								name: 'Surcharge',
								value: 'surcharge',
							},
						],
						default: '',
					},
					{
						displayName: 'Product URL',
						name: 'product_url',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'number',
						default: 0,
						typeOptions: {
							maxValue: 99999999,
							numberPrecision: 0,
						},
						required: true,
						description: 'How many of this item; at least 1',
					},
					{
						displayName: 'Seller Country',
						name: 'seller_country',
						type: 'string',
						default: '',
						description: 'Two-letter ISO 3166 country code of the seller, e.g. US',
					},
					{
						displayName: 'Shipping Amount',
						name: 'shipping_amount',
						type: 'string',
						default: '',
						placeholder: 'e.g. 0',
						description: 'Shipping cost of this item in the smallest currency unit',
					},
					{
						displayName: 'SKU',
						name: 'sku',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Tax Amount',
						name: 'tax_amount',
						type: 'string',
						default: '',
						placeholder: 'e.g. 0',
						description: 'Tax on this item in the smallest currency unit',
					},
					{
						displayName: 'Tax Exempt',
						name: 'tax_exempt',
						type: 'options',
						options: [
							{
								name: 'False',
								value: false,
							},
							{
								name: 'Not Set',
								value: '',
							},
							{
								name: 'True',
								value: true,
							},
						],
						default: '',
						description: 'Whether the item is exempt from tax',
					},
					{
						displayName: 'Unit Amount',
						name: 'unit_amount',
						type: 'number',
						default: 0,
						typeOptions: {
							minValue: 0,
							maxValue: 99999999,
							numberPrecision: 0,
						},
						required: true,
						description: 'Price of one item in the smallest currency unit (1299 is 12.99)',
					},
					{
						displayName: 'Unit of Measure',
						name: 'unit_of_measure',
						type: 'string',
						default: '',
					},
					{
						displayName: 'UPC',
						name: 'upc',
						type: 'string',
						default: '',
						description: 'Universal product code of the item',
					},
				],
			},
		],
		description: 'The line items of the payment',
	},
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: '',
		description: 'Three-letter ISO 4217 code, e.g. USD',
	},
	{
		displayName: 'Expires In (Seconds)',
		name: 'expires_in',
		type: 'number',
		default: 3600,
		typeOptions: {
			minValue: 3600,
			maxValue: 86400,
		},
		description: 'Lifetime of the session in seconds, from 3600 (1 hour) to 86400 (24 hours)',
	},
	{
		displayName: 'Intent',
		name: 'intent',
		type: 'options',
		options: [
			{
				name: 'Authorize',
				value: 'authorize',
			},
			{
				name: 'Capture',
				value: 'capture',
			},
		],
		default: 'authorize',
	},
	{
		displayName: 'Is Subsequent Payment',
		name: 'is_subsequent_payment',
		type: 'boolean',
		default: false,
		description: 'Whether the payment follows an earlier one that set up recurring payments',
	},
	{
		displayName: 'Merchant Initiated',
		name: 'merchant_initiated',
		type: 'boolean',
		default: false,
		description: 'Whether the merchant, not the buyer, starts the payment',
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
				values: [
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
				],
			},
		],
		description: 'Your own key-value pairs, kept on the session',
	},
	{
		displayName: 'Payment Service ID',
		name: 'payment_service_id',
		type: 'string',
		default: '',
		description: 'Route the payment to this payment service',
	},
	{
		displayName: 'Payment Source',
		name: 'payment_source',
		type: 'options',
		options: paymentSourceOptions,
		default: 'card_on_file',
	},
];

/** Parameters of the Gr4vy Sessions node. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{
				name: 'Gr4vy API',
				value: 'gr4vySessionsApi',
			},
			{
				name: 'Gr4vy Bearer Token API',
				value: 'gr4vyBearerTokenApi',
			},
		],
		default: 'gr4vySessionsApi',
	},
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Checkout Session',
				value: 'checkoutSession',
				description: 'Holds cart, buyer and card data for one checkout; it has no status, its transactions do',
			},
			{
				name: 'Transaction',
				value: 'transaction',
				description: 'A payment attempt; linked to its checkout session by the checkout session ID',
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
				description: 'Create a checkout session for the embedded checkout; it expires after one hour unless Expires In says otherwise',
				action: 'Create a checkout session',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a checkout session and the card data stored on it',
				action: 'Delete a checkout session',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Retrieve a checkout session by its ID',
				action: 'Get a checkout session',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Replace the cart, metadata, buyer or airline data of a checkout session; fields not set stay unchanged',
				action: 'Update a checkout session',
			},
		],
		default: 'create',
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: {
			show: {
				resource: ['transaction'],
			},
		},
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Retrieve a transaction with all its details',
				action: 'Get a transaction',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List transactions, most recently updated first, optionally filtered by checkout session, status or time',
				action: 'Get many transactions',
			},
			{
				name: 'Wait for Status',
				value: 'waitForStatus',
				description: 'Read the transaction until its status is one of the chosen ones, or the timeout ends',
				action: 'Wait for a transaction status',
			},
		],
		default: 'get',
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
		options: checkoutSessionFields,
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
		displayName: 'Checkout Session ID',
		name: 'checkoutSessionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['get'],
			},
		},
		description: 'ID (UUID) of the checkout session',
		type: 'string',
		default: '',
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
		displayName: 'Checkout Session ID',
		name: 'checkoutSessionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['update'],
			},
		},
		description: 'ID (UUID) of the checkout session',
		type: 'string',
		default: '',
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
		options: checkoutSessionFields,
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
		displayName: 'Checkout Session ID',
		name: 'checkoutSessionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['delete'],
			},
		},
		description: 'ID (UUID) of the checkout session',
		type: 'string',
		default: '',
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
		displayName: 'Transaction ID',
		name: 'transactionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['transaction'],
				operation: ['get'],
			},
		},
		description: 'ID (UUID) of the transaction',
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
				placeholder: 'Select a transaction...',
				typeOptions: {
					searchListMethod: 'searchTransactions',
					searchable: false,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. abc123',
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
				resource: ['transaction'],
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
				resource: ['transaction'],
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
				resource: ['transaction'],
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
				resource: ['transaction'],
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
				resource: ['transaction'],
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
				resource: ['transaction'],
				operation: ['getAll'],
			},
		},
		options: [
			{
				displayName: 'Amount At Least',
				name: 'amount_gte',
				type: 'number',
				default: 0,
				typeOptions: {
					minValue: 0,
					maxValue: 2147483647,
					numberPrecision: 0,
				},
				description: 'Smallest amount in the smallest currency unit',
			},
			{
				displayName: 'Amount At Most',
				name: 'amount_lte',
				type: 'number',
				default: 0,
				typeOptions: {
					minValue: 0,
					maxValue: 2147483647,
					numberPrecision: 0,
				},
				description: 'Largest amount in the smallest currency unit',
			},
			{
				displayName: 'Amount Eq',
				name: 'amount_eq',
				type: 'number',
				default: 0,
				typeOptions: {
					minValue: 0,
					maxValue: 2147483647,
					numberPrecision: 0,
				},
			},
			{
				displayName: 'Buyer Email Address',
				name: 'buyer_email_address',
				type: 'string',
				default: '',
				placeholder: 'name@email.com',
			},
			{
				displayName: 'Buyer External Identifier',
				name: 'buyer_external_identifier',
				type: 'string',
				default: '',
				description: 'Only transactions of the buyer with this external identifier',
			},
			{
				displayName: 'Buyer ID',
				name: 'buyer_id',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Buyer Search',
				name: 'buyer_search',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Buyer Search, comma-separated',
			},
			{
				displayName: 'Checkout Session ID',
				name: 'checkout_session_id',
				type: 'string',
				default: '',
				description: 'Only transactions made with this checkout session',
			},
			{
				displayName: 'Country',
				name: 'country',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Country, comma-separated',
			},
			{
				displayName: 'Created After',
				name: 'created_at_gte',
				type: 'string',
				default: '',
				description: 'Only transactions created at or after this time (ISO 8601 with time zone)',
			},
			{
				displayName: 'Created Before',
				name: 'created_at_lte',
				type: 'string',
				default: '',
				description: 'Only transactions created at or before this time (ISO 8601 with time zone)',
			},
			{
				displayName: 'Currency',
				name: 'currency',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Three-letter ISO 4217 codes, comma-separated',
			},
			{
				displayName: 'Disputed',
				name: 'disputed',
				type: 'boolean',
				default: false,
				description: 'Whether to return only disputed transactions (true) or only undisputed ones (false)',
			},
			{
				displayName: 'Error Code',
				name: 'error_code',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Error Code, comma-separated',
			},
			{
				displayName: 'External Identifier',
				name: 'external_identifier',
				type: 'string',
				default: '',
				description: 'Only transactions with this external identifier',
			},
			{
				displayName: 'Gift Card ID',
				name: 'gift_card_id',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Gift Card Last4',
				name: 'gift_card_last4',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Has Gift Card Redemptions',
				name: 'has_gift_card_redemptions',
				type: 'boolean',
				default: false,
				description: 'Whether to return only transactions with gift card redemptions (true) or only those without (false)',
			},
			{
				displayName: 'Has Refunds',
				name: 'has_refunds',
				type: 'boolean',
				default: false,
				description: 'Whether to return only refunded transactions (true) or only unrefunded ones (false)',
			},
			{
				displayName: 'Has Settlements',
				name: 'has_settlements',
				type: 'boolean',
				default: false,
				description: 'Whether to return only settled transactions (true) or only unsettled ones (false)',
			},
			{
				displayName: 'ID',
				name: 'id',
				type: 'string',
				default: '',
			},
			{
				displayName: 'IP Address',
				name: 'ip_address',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Is Subsequent Payment',
				name: 'is_subsequent_payment',
				type: 'boolean',
				default: false,
				description: 'Whether to return only subsequent recurring payments (true) or only first payments (false)',
			},
			{
				displayName: 'Merchant Initiated',
				name: 'merchant_initiated',
				type: 'boolean',
				default: false,
				description: 'Whether to return only merchant-initiated transactions (true) or only buyer-initiated ones (false)',
			},
			{
				displayName: 'Metadata',
				name: 'metadata',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Metadata, comma-separated',
			},
			{
				displayName: 'Method',
				name: 'method',
				type: 'string',
				default: '',
				placeholder: 'abitab, affirm',
				description: 'Method, comma-separated',
			},
			{
				displayName: 'Payment Link ID',
				name: 'payment_link_id',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Payment Method Bin',
				name: 'payment_method_bin',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Payment Method Country',
				name: 'payment_method_country',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Payment Method Fingerprint',
				name: 'payment_method_fingerprint',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Payment Method ID',
				name: 'payment_method_id',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Payment Method Label',
				name: 'payment_method_label',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Payment Method Scheme',
				name: 'payment_method_scheme',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Payment Method Scheme, comma-separated',
			},
			{
				displayName: 'Payment Service ID',
				name: 'payment_service_id',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Payment Service ID, comma-separated',
			},
			{
				displayName: 'Payment Service Transaction ID',
				name: 'payment_service_transaction_id',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Payment Source',
				name: 'payment_source',
				type: 'multiOptions',
				options: paymentSourceOptions,
				default: [],
			},
			{
				displayName: 'Pending Review',
				name: 'pending_review',
				type: 'boolean',
				default: false,
				description: 'Whether to return only transactions waiting for review (true) or only the others (false)',
			},
			{
				displayName: 'Reauthorized From Transaction ID',
				name: 'reauthorized_from_transaction_id',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Reconciliation ID',
				name: 'reconciliation_id',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Exact match on the transaction ID, external identifier or similar fields',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'multiOptions',
				options: [
					{
						name: 'Authorization Declined',
						value: 'authorization_declined',
					},
					{
						name: 'Authorization Failed',
						value: 'authorization_failed',
					},
					{
						name: 'Authorization Succeeded',
						value: 'authorization_succeeded',
					},
					{
						name: 'Authorization Void Pending',
						value: 'authorization_void_pending',
					},
					{
						name: 'Authorization Voided',
						value: 'authorization_voided',
					},
					{
						name: 'Buyer Approval Pending',
						value: 'buyer_approval_pending',
					},
					{
						name: 'Capture Pending',
						value: 'capture_pending',
					},
					{
						name: 'Capture Succeeded',
						value: 'capture_succeeded',
					},
					{
						name: 'Processing',
						value: 'processing',
					},
				],
				default: [],
				description: 'Only transactions in one of these statuses',
			},
			{
				displayName: 'Updated After',
				name: 'updated_at_gte',
				type: 'string',
				default: '',
				description: 'Only transactions changed at or after this time (ISO 8601 with time zone)',
			},
			{
				displayName: 'Updated Before',
				name: 'updated_at_lte',
				type: 'string',
				default: '',
				description: 'Only transactions changed at or before this time (ISO 8601 with time zone)',
			},
			{
				displayName: 'Used 3ds',
				name: 'used_3ds',
				type: 'boolean',
				default: false,
				description: 'Whether to return only transactions that used 3-D Secure (true) or only those that did not (false)',
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
				resource: ['transaction'],
				operation: ['getAll'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent', list: true }),
	},
	{
		displayName: 'Transaction ID',
		name: 'transactionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['transaction'],
				operation: ['waitForStatus'],
			},
		},
		description: 'ID (UUID) of the transaction',
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
				placeholder: 'Select a transaction...',
				typeOptions: {
					searchListMethod: 'searchTransactions',
					searchable: false,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. abc123',
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
				name: 'Authorization Declined',
				value: 'authorization_declined',
				description: 'The payment service or issuer declined; final',
			},
			{
				name: 'Authorization Failed',
				value: 'authorization_failed',
				description: 'An error stopped the authorization; final',
			},
			{
				name: 'Authorization Succeeded',
				value: 'authorization_succeeded',
				description: 'Funds are reserved',
			},
			{
				name: 'Authorization Void Pending',
				value: 'authorization_void_pending',
				description: 'A void was requested, not yet confirmed',
			},
			{
				name: 'Authorization Voided',
				value: 'authorization_voided',
				description: 'The reservation was released; final',
			},
			{
				name: 'Buyer Approval Pending',
				value: 'buyer_approval_pending',
				description: 'Waiting for the buyer, e.g. a redirect or 3-D Secure',
			},
			{
				name: 'Capture Pending',
				value: 'capture_pending',
				description: 'Capture requested, not yet confirmed',
			},
			{
				name: 'Capture Succeeded',
				value: 'capture_succeeded',
				description: 'Funds are captured',
			},
			{
				name: 'Processing',
				value: 'processing',
				description: 'Created, the outcome is not known yet',
			},
		],
		default: [],
		displayOptions: {
			show: {
				resource: ['transaction'],
				operation: ['waitForStatus'],
			},
		},
		description: 'Continue when the transaction has one of these statuses',
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
				resource: ['transaction'],
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
				resource: ['transaction'],
				operation: ['waitForStatus'],
			},
		},
		description: 'What happens when the transaction has none of the statuses when the timeout ends',
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description: 'Whether to return the common session view (the same fields on every platform: status, state, amount, currency, customer email, URL, dates and linked IDs) instead of the raw data',
		displayOptions: {
			show: {
				resource: ['transaction'],
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
				resource: ['transaction'],
				operation: ['waitForStatus'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent', wait: true }),
	},
];
