// GENERATED from schemas/primer/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
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

// Shared by billingAddress, shippingAddress.
const addressFields: INodeProperties[] = [
	{
		displayName: 'Address Line 1',
		name: 'addressLine1',
		type: 'string',
		default: '',
		description: 'Street name, company name or PO box',
	},
	{
		displayName: 'Address Line 2',
		name: 'addressLine2',
		type: 'string',
		default: '',
		description: 'Apartment, unit or building number',
	},
	{
		displayName: 'City',
		name: 'city',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Country Code',
		name: 'countryCode',
		type: 'string',
		default: '',
		placeholder: 'e.g. AW',
		description: 'Two-letter ISO country code, e.g. GB',
	},
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Postal Code',
		name: 'postalCode',
		type: 'string',
		default: '',
	},
	{
		displayName: 'State',
		name: 'state',
		type: 'string',
		default: '',
		description: 'State, county or province',
	},
];

const customerFields: INodeProperties[] = [
	{
		displayName: 'Billing Address',
		name: 'billingAddress',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: addressFields,
		description: 'A postal address of the customer',
	},
	{
		displayName: 'Email Address',
		name: 'emailAddress',
		type: 'string',
		default: '',
		placeholder: 'name@email.com',
	},
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Mobile Number',
		name: 'mobileNumber',
		type: 'string',
		default: '',
	},
	{
		displayName: 'National Document ID',
		name: 'nationalDocumentId',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Shipping Address',
		name: 'shippingAddress',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: addressFields,
		description: 'A postal address of the customer',
	},
	{
		displayName: 'Tax ID',
		name: 'taxId',
		type: 'string',
		default: '',
	},
];

const orderFields: INodeProperties[] = [
	{
		displayName: 'Country Code',
		name: 'countryCode',
		type: 'string',
		default: '',
		placeholder: 'e.g. AW',
		description: 'Country the order is made in, e.g. GB',
	},
	{
		displayName: 'Fees',
		name: 'fees',
		type: 'json',
		default: '[]',
	},
	{
		displayName: 'Line Items',
		name: 'lineItems',
		type: 'fixedCollection',
		typeOptions: {
			multipleValues: true,
		},
		placeholder: 'Add Line Item',
		default: {},
		options: [
			{
				displayName: 'Line Item',
				name: 'lineItem',
				values: [
					{
						displayName: 'Amount',
						name: 'amount',
						type: 'number',
						default: 0,
						typeOptions: {
							minValue: 0,
							numberPrecision: 0,
						},
						required: true,
						description: 'Price of one item in minor units',
					},
					{
						displayName: 'Description',
						name: 'description',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Discount Amount',
						name: 'discountAmount',
						type: 'string',
						default: '',
						placeholder: 'e.g. 0',
					},
					{
						displayName: 'Item ID',
						name: 'itemId',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Product Data',
						name: 'productData',
						type: 'json',
						default: '',
					},
					{
						displayName: 'Product Type',
						name: 'productType',
						type: 'options',
						options: [
							{
								name: 'Digital',
								value: 'DIGITAL',
							},
							{
								name: 'Not Set',
								value: '',
							},
							{
								name: 'Physical',
								value: 'PHYSICAL',
							},
						],
						default: '',
					},
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'string',
						default: '',
						placeholder: 'e.g. 0',
					},
					{
						displayName: 'Tax Amount',
						name: 'taxAmount',
						type: 'string',
						default: '',
						placeholder: 'e.g. 0',
					},
					{
						displayName: 'Tax Code',
						name: 'taxCode',
						type: 'string',
						default: '',
					},
				],
			},
		],
		description: 'The items of the order; on update the whole list is replaced',
	},
	{
		displayName: 'Retailer Country Code',
		name: 'retailerCountryCode',
		type: 'string',
		default: '',
		placeholder: 'e.g. AW',
	},
	{
		displayName: 'Shipping',
		name: 'shipping',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Amount',
				name: 'amount',
				type: 'number',
				default: 0,
				typeOptions: {
					minValue: 0,
					numberPrecision: 0,
				},
				description: 'Shipping charged, in minor units',
			},
			{
				displayName: 'Method Description',
				name: 'methodDescription',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Method ID',
				name: 'methodId',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Method Name',
				name: 'methodName',
				type: 'string',
				default: '',
			},
		],
	},
];

const paymentMethodFields: INodeProperties[] = [
	{
		displayName: 'Authorization Type',
		name: 'authorizationType',
		type: 'options',
		options: [
			{
				name: 'Estimated',
				value: 'ESTIMATED',
			},
			{
				name: 'Final',
				value: 'FINAL',
			},
		],
		default: 'ESTIMATED',
	},
	{
		displayName: 'Descriptor',
		name: 'descriptor',
		type: 'string',
		default: '',
		description: 'Text shown on the customer\'s bank statement',
	},
	{
		displayName: 'First Payment Reason',
		name: 'firstPaymentReason',
		type: 'options',
		options: [
			{
				name: 'Card On File',
				value: 'CardOnFile',
			},
			{
				name: 'Recurring',
				value: 'Recurring',
			},
			{
				name: 'Unscheduled',
				value: 'Unscheduled',
			},
		],
		default: 'CardOnFile',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'json',
		default: '{}',
	},
	{
		displayName: 'Ordered Allowed Card Networks',
		name: 'orderedAllowedCardNetworks',
		type: 'multiOptions',
		options: [
			{
				name: 'AMEX',
				value: 'AMEX',
			},
			{
				name: 'CARTES BANCAIRES',
				value: 'CARTES_BANCAIRES',
			},
			{
				name: 'DANKORT',
				value: 'DANKORT',
			},
			{
				name: 'DINERS CLUB',
				value: 'DINERS_CLUB',
			},
			{
				name: 'DISCOVER',
				value: 'DISCOVER',
			},
			{
				name: 'EFTPOS',
				value: 'EFTPOS',
			},
			{
				name: 'ELO',
				value: 'ELO',
			},
			{
				name: 'ENROUTE',
				value: 'ENROUTE',
			},
			{
				name: 'HIPER',
				value: 'HIPER',
			},
			{
				name: 'INTERAC',
				value: 'INTERAC',
			},
			{
				name: 'JCB',
				value: 'JCB',
			},
			{
				name: 'MAESTRO',
				value: 'MAESTRO',
			},
			{
				name: 'MASTERCARD',
				value: 'MASTERCARD',
			},
			{
				name: 'MIR',
				value: 'MIR',
			},
			{
				name: 'OTHER',
				value: 'OTHER',
			},
			{
				name: 'PRIVATE LABEL',
				value: 'PRIVATE_LABEL',
			},
			{
				name: 'UNIONPAY',
				value: 'UNIONPAY',
			},
			{
				name: 'VISA',
				value: 'VISA',
			},
		],
		default: [],
	},
	{
		displayName: 'Payment Type',
		name: 'paymentType',
		type: 'options',
		options: [
			{
				name: 'E-Commerce',
				value: 'ECOMMERCE',
			},
			{
				name: 'First Payment',
				value: 'FIRST_PAYMENT',
			},
			{
				name: 'Subscription',
				value: 'SUBSCRIPTION',
			},
			{
				name: 'Unscheduled',
				value: 'UNSCHEDULED',
			},
		],
		default: 'ECOMMERCE',
	},
	{
		displayName: 'Vault On Agreement',
		name: 'vaultOnAgreement',
		type: 'boolean',
		default: false,
		description: 'Whether to save the payment method when the customer agrees to future payments',
	},
	{
		displayName: 'Vault On Success',
		name: 'vaultOnSuccess',
		type: 'boolean',
		default: false,
		description: 'Whether to save the payment method after a successful payment',
	},
	{
		displayName: 'Vault On3 DS',
		name: 'vaultOn3DS',
		type: 'boolean',
		default: false,
		description: 'Whether to save the payment method only after a successful 3-D Secure check',
	},
];

/** Parameters of the Primer Sessions node. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Client Session',
				value: 'clientSession',
				description: 'Prepares Primer\'s checkout for one payment; identified by its client token',
			},
			{
				name: 'Payment',
				value: 'payment',
				description: 'A payment made through a client session; linked to it by the order ID',
			},
		],
		default: 'clientSession',
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: {
			show: {
				resource: ['clientSession'],
			},
		},
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a client session and get the client token for the checkout; check the warnings for missing data',
				action: 'Create a client session',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Retrieve a client session by its client token',
				action: 'Get a client session',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change a client session; fields not set stay unchanged and lists such as line items are replaced',
				action: 'Update a client session',
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
				resource: ['payment'],
			},
		},
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Retrieve a payment with its transactions and status reason',
				action: 'Get a payment',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List payments, optionally filtered by status, order ID, currency, amount or creation date',
				action: 'Get many payments',
			},
			{
				name: 'Wait for Status',
				value: 'waitForStatus',
				description: 'Read the payment until its status is one of the chosen ones, or the timeout ends',
				action: 'Wait for a payment status',
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
				resource: ['clientSession'],
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
				resource: ['clientSession'],
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
				resource: ['clientSession'],
				operation: ['create'],
				bodyInput: ['fields'],
			},
		},
		options: [
			{
				displayName: 'Amount',
				name: 'amount',
				type: 'number',
				default: 0,
				typeOptions: {
					minValue: 0,
					numberPrecision: 0,
				},
				description: 'Amount to charge in minor units (700 is 7.00); calculated from the line items when empty',
			},
			{
				displayName: 'Currency Code',
				name: 'currencyCode',
				type: 'string',
				default: '',
				placeholder: 'e.g. AED',
				description: 'Three-letter ISO 4217 currency code, e.g. GBP',
			},
			{
				displayName: 'Customer',
				name: 'customer',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: customerFields,
			},
			{
				displayName: 'Customer ID',
				name: 'customerId',
				type: 'string',
				default: '',
				description: 'Your identifier of the customer; needed to save payment methods',
			},
			{
				displayName: 'Metadata',
				name: 'metadata',
				type: 'json',
				default: '{}',
				description: 'Free-form JSON object kept with the payment',
			},
			{
				displayName: 'Order',
				name: 'order',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: orderFields,
			},
			{
				displayName: 'Order ID',
				name: 'orderId',
				type: 'string',
				default: '',
				description: 'Your reference for the payment; the trigger links payments back to the session by it',
			},
			{
				displayName: 'Payment Method',
				name: 'paymentMethod',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: paymentMethodFields,
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
				resource: ['clientSession'],
				operation: ['create'],
			},
		},
		options: runOptions(provider, { retry: 'notRetried' }),
	},
	{
		displayName: 'Client Token',
		name: 'clientToken',
		required: true,
		displayOptions: {
			show: {
				resource: ['clientSession'],
				operation: ['get'],
			},
		},
		description: 'The client token returned when the session was created',
		type: 'string',
		typeOptions: {
			password: true,
		},
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
				resource: ['clientSession'],
				operation: ['get'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent' }),
	},
	{
		displayName: 'Client Token',
		name: 'clientToken',
		required: true,
		displayOptions: {
			show: {
				resource: ['clientSession'],
				operation: ['update'],
			},
		},
		description: 'The client token returned when the session was created',
		type: 'string',
		typeOptions: {
			password: true,
		},
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
				resource: ['clientSession'],
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
				resource: ['clientSession'],
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
				resource: ['clientSession'],
				operation: ['update'],
				bodyInput: ['fields'],
			},
		},
		options: [
			{
				displayName: 'Amount',
				name: 'amount',
				type: 'number',
				default: 0,
				typeOptions: {
					minValue: 0,
					numberPrecision: 0,
				},
				description: 'Amount to charge in minor units (700 is 7.00); calculated from the line items when empty',
			},
			{
				displayName: 'Currency Code',
				name: 'currencyCode',
				type: 'string',
				default: '',
				description: 'Three-letter ISO 4217 currency code, e.g. GBP',
			},
			{
				displayName: 'Customer',
				name: 'customer',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: customerFields,
			},
			{
				displayName: 'Customer ID',
				name: 'customerId',
				type: 'string',
				default: '',
				description: 'Your identifier of the customer; needed to save payment methods',
			},
			{
				displayName: 'Metadata',
				name: 'metadata',
				type: 'json',
				default: '{}',
				description: 'Free-form JSON object kept with the payment',
			},
			{
				displayName: 'Order',
				name: 'order',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: orderFields,
			},
			{
				displayName: 'Order ID',
				name: 'orderId',
				type: 'string',
				default: '',
				description: 'Your reference for the payment; the trigger links payments back to the session by it',
			},
			{
				displayName: 'Payment Method',
				name: 'paymentMethod',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: paymentMethodFields,
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
				resource: ['clientSession'],
				operation: ['update'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent' }),
	},
	{
		displayName: 'Payment ID',
		name: 'paymentId',
		required: true,
		displayOptions: {
			show: {
				resource: ['payment'],
				operation: ['get'],
			},
		},
		description: 'ID of the payment',
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
				placeholder: 'Select a payment...',
				typeOptions: {
					searchListMethod: 'searchPayments',
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
				resource: ['payment'],
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
				resource: ['payment'],
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
				resource: ['payment'],
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
				resource: ['payment'],
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
				resource: ['payment'],
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
				resource: ['payment'],
				operation: ['getAll'],
			},
		},
		options: [
			{
				displayName: 'Currency Code',
				name: 'currency_code',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Three-letter ISO 4217 codes, comma-separated',
			},
			{
				displayName: 'Customer Email Address',
				name: 'customer_email_address',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Customer Email Address, comma-separated',
			},
			{
				displayName: 'Customer ID',
				name: 'customer_id',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Customer ID, comma-separated',
			},
			{
				displayName: 'From Date',
				name: 'from_date',
				type: 'string',
				default: '',
				description: 'Only payments created at or after this time (ISO 8601)',
			},
			{
				displayName: 'Klarna Email',
				name: 'klarna_email',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Klarna Email, comma-separated',
			},
			{
				displayName: 'Last 4 Digits',
				name: 'last_4_digits',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Last 4 Digits, comma-separated',
			},
			{
				displayName: 'Max Amount',
				name: 'max_amount',
				type: 'number',
				default: 0,
				typeOptions: {
					numberPrecision: 0,
				},
				description: 'Largest amount in minor units',
			},
			{
				displayName: 'Merchant ID',
				name: 'merchant_id',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Merchant ID, comma-separated',
			},
			{
				displayName: 'Min Amount',
				name: 'min_amount',
				type: 'number',
				default: 0,
				typeOptions: {
					numberPrecision: 0,
				},
				description: 'Smallest amount in minor units',
			},
			{
				displayName: 'Order ID',
				name: 'order_id',
				type: 'string',
				default: '',
				description: 'Only payments of this order (the client session\'s order ID)',
			},
			{
				displayName: 'Payment Method Type',
				name: 'payment_method_type',
				type: 'string',
				default: '',
				placeholder: 'PAYMENT_CARD, GOOGLE_PAY',
				description: 'Payment Method Type, comma-separated',
			},
			{
				displayName: 'Paypal Email',
				name: 'paypal_email',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Paypal Email, comma-separated',
			},
			{
				displayName: 'Processor',
				name: 'processor',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Processor, comma-separated',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'multiOptions',
				options: [
					{
						name: 'AUTHORIZED',
						value: 'AUTHORIZED',
					},
					{
						name: 'CANCELLED',
						value: 'CANCELLED',
					},
					{
						name: 'DECLINED',
						value: 'DECLINED',
					},
					{
						name: 'FAILED',
						value: 'FAILED',
					},
					{
						name: 'PARTIALLY SETTLED',
						value: 'PARTIALLY_SETTLED',
					},
					{
						name: 'PENDING',
						value: 'PENDING',
					},
					{
						name: 'SETTLED',
						value: 'SETTLED',
					},
					{
						name: 'SETTLING',
						value: 'SETTLING',
					},
				],
				default: [],
				description: 'Only payments in one of these statuses',
			},
			{
				displayName: 'To Date',
				name: 'to_date',
				type: 'string',
				default: '',
				description: 'Only payments created at or before this time (ISO 8601)',
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
				resource: ['payment'],
				operation: ['getAll'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent', list: true }),
	},
	{
		displayName: 'Payment ID',
		name: 'paymentId',
		required: true,
		displayOptions: {
			show: {
				resource: ['payment'],
				operation: ['waitForStatus'],
			},
		},
		description: 'ID of the payment',
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
				placeholder: 'Select a payment...',
				typeOptions: {
					searchListMethod: 'searchPayments',
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
				name: 'Authorized',
				value: 'AUTHORIZED',
				description: 'Funds are reserved',
			},
			{
				name: 'Cancelled',
				value: 'CANCELLED',
				description: 'Cancelled before settlement; final',
			},
			{
				name: 'Declined',
				value: 'DECLINED',
				description: 'The processor or issuer declined; final',
			},
			{
				name: 'Failed',
				value: 'FAILED',
				description: 'An error stopped the payment',
			},
			{
				name: 'Partially Settled',
				value: 'PARTIALLY_SETTLED',
				description: 'Part of the amount is settled',
			},
			{
				name: 'Pending',
				value: 'PENDING',
				description: 'Created, not yet authorized',
			},
			{
				name: 'Settled',
				value: 'SETTLED',
				description: 'Funds are captured; final',
			},
			{
				name: 'Settling',
				value: 'SETTLING',
				description: 'Capture requested, not yet settled',
			},
		],
		default: [],
		displayOptions: {
			show: {
				resource: ['payment'],
				operation: ['waitForStatus'],
			},
		},
		description: 'Continue when the payment has one of these statuses',
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
				resource: ['payment'],
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
				resource: ['payment'],
				operation: ['waitForStatus'],
			},
		},
		description: 'What happens when the payment has none of the statuses when the timeout ends',
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description: 'Whether to return the common session view (the same fields on every platform: status, state, amount, currency, customer email, URL, dates and linked IDs) instead of the raw data',
		displayOptions: {
			show: {
				resource: ['payment'],
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
				resource: ['payment'],
				operation: ['waitForStatus'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent', wait: true }),
	},
];
