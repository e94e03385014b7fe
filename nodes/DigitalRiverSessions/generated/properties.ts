// GENERATED from schemas/digitalriver/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
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

// Shared by metadata, totalAmount, accepted, blocked, cancelled, complete, fraudStateTransitions.blocked, fraudStateTransitions.passed, fraudStateTransitions.review_opened, fulfilled, in_review, pending_payment, returned.
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

const itemFields: INodeProperties[] = [
	{
		displayName: 'Aggregate Price',
		name: 'aggregatePrice',
		type: 'string',
		default: '',
		placeholder: 'e.g. 0',
		description: 'Price of all units together, instead of a unit price',
	},
	{
		displayName: 'Discount',
		name: 'discount',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Amount Off',
				name: 'amountOff',
				type: 'number',
				default: 0,
			},
			{
				displayName: 'Percent Off',
				name: 'percentOff',
				type: 'number',
				default: 0.01,
				typeOptions: {
					minValue: 0.01,
					maxValue: 100,
				},
			},
			{
				displayName: 'Quantity',
				name: 'quantity',
				type: 'number',
				default: 0,
				description: 'How many units the discount applies to',
			},
		],
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
		description: 'Your own key-value pairs, returned unchanged',
	},
	{
		displayName: 'Price',
		name: 'price',
		type: 'string',
		default: '',
		placeholder: 'e.g. 0',
		description: 'Price of one unit in major units, e.g. 9.99',
	},
	{
		displayName: 'Product Details',
		name: 'productDetails',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Country of Origin',
				name: 'countryOfOrigin',
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
				displayName: 'ID',
				name: 'id',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Image URL',
				name: 'image',
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
				displayName: 'Part Number',
				name: 'partNumber',
				type: 'string',
				default: '',
			},
			{
				displayName: 'SKU Group ID',
				name: 'skuGroupId',
				type: 'string',
				default: '',
			},
			{
				displayName: 'URL',
				name: 'url',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Weight',
				name: 'weight',
				type: 'number',
				default: 0,
			},
			{
				displayName: 'Weight Unit',
				name: 'weightUnit',
				type: 'options',
				options: [
					{
						name: 'G',
						value: 'g',
					},
					{
						name: 'Kg',
						value: 'kg',
					},
					{
						name: 'Lb',
						value: 'lb',
					},
					{
						name: 'Oz',
						value: 'oz',
					},
				],
				default: 'g',
			},
		],
		description: 'The product described inline, instead of a SKU ID',
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'string',
		default: '',
		placeholder: 'e.g. 0',
		description: 'How many units, at least 1',
	},
	{
		displayName: 'Ship From',
		name: 'shipFrom',
		type: 'json',
		default: '',
		description: 'Where the goods are shipped from',
	},
	{
		displayName: 'SKU ID',
		name: 'skuId',
		type: 'string',
		default: '',
		description: 'A SKU you created in Digital River; or describe the product under Product Details',
	},
	{
		displayName: 'Subscription Info',
		name: 'subscriptionInfo',
		type: 'json',
		default: '',
		description: 'Makes the item a subscription',
	},
];

// Shared by billTo, shipTo.
const toFields: INodeProperties[] = [
	{
		displayName: 'Additional Address Info',
		name: 'additionalAddressInfo',
		type: 'json',
		default: '{}',
	},
	{
		displayName: 'Address',
		name: 'address',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
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
				description: 'Two-letter ISO 3166-1 code, e.g. DE',
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
			},
		],
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		default: '',
		placeholder: 'name@email.com',
		description: 'The customer\'s email address',
	},
	{
		displayName: 'Name',
		name: 'name',
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
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '',
	},
];

const chargeTypeOptions: INodePropertyOptions[] = [
	{
		name: 'Customer Initiated',
		value: 'customer_initiated',
	},
	{
		name: 'Mail or Telephone Order',
		value: 'moto',
	},
	{
		name: 'Merchant Initiated',
		value: 'merchant_initiated',
	},
];

const customerTypeOptions: INodePropertyOptions[] = [
	{
		name: 'Business',
		value: 'business',
	},
	{
		name: 'Individual',
		value: 'individual',
	},
];

// Shared by discount, shippingDiscount.
const discountFields: INodeProperties[] = [
	{
		displayName: 'Amount Off',
		name: 'amountOff',
		type: 'number',
		default: 0,
	},
	{
		displayName: 'Percent Off',
		name: 'percentOff',
		type: 'number',
		default: 0.01,
		typeOptions: {
			minValue: 0.01,
			maxValue: 100,
		},
	},
];

const taxIdentifierFields: INodeProperties[] = [
	{
		displayName: 'ID',
		name: 'id',
		type: 'string',
		default: '',
		description: 'ID of a tax identifier created in Digital River',
	},
];

const purchaseLocationFields: INodeProperties[] = [
	{
		displayName: 'Country',
		name: 'country',
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
	},
];

const shippingChoiceFields: INodeProperties[] = [
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		default: 0,
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Service Level',
		name: 'serviceLevel',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Shipping Terms',
		name: 'shippingTerms',
		type: 'options',
		options: [
			{
				name: 'DAP',
				value: 'DAP',
			},
			{
				name: 'DDP',
				value: 'DDP',
			},
		],
		default: 'DAP',
	},
];

// Shared by createdTime, lastChangedTime.
const timeFields: INodeProperties[] = [
	{
		displayName: 'After',
		name: 'gt',
		type: 'string',
		default: '',
		description: 'ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z',
	},
	{
		displayName: 'At or After',
		name: 'gte',
		type: 'string',
		default: '',
		description: 'ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z',
	},
	{
		displayName: 'At or Before',
		name: 'lte',
		type: 'string',
		default: '',
		description: 'ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z',
	},
	{
		displayName: 'Before',
		name: 'lt',
		type: 'string',
		default: '',
		description: 'ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z',
	},
	{
		displayName: 'Equal To',
		name: 'eq',
		type: 'string',
		default: '',
		description: 'ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z',
	},
];

const onTimeoutOptions: INodePropertyOptions[] = [
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
];

/** Parameters of the Digital River Sessions node. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Checkout',
				value: 'checkout',
				description: 'Items, addresses and the payment session of one purchase, before it becomes an order',
			},
			{
				name: 'Drop-In Checkout Session',
				value: 'dropInCheckoutSession',
				description: 'Prepares Digital River\'s hosted drop-in checkout; becomes an order when the shopper finishes',
			},
			{
				name: 'Order',
				value: 'order',
				description: 'What a checkout or drop-in checkout session became once the shopper paid; linked by its checkout ID',
			},
		],
		default: 'dropInCheckoutSession',
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: {
			show: {
				resource: ['dropInCheckoutSession'],
			},
		},
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a drop-in checkout session and get its ID and hosted link',
				action: 'Create a drop in checkout session',
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
				resource: ['checkout'],
			},
		},
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a checkout; Digital River calculates tax, duties and totals',
				action: 'Create a checkout',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a checkout that is not an order yet',
				action: 'Delete a checkout',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Retrieve a checkout by ID',
				action: 'Get a checkout',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List checkouts, newest first, optionally filtered by time, customer, email or currency',
				action: 'Get many checkouts',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change a checkout that is not an order yet; fields not set stay unchanged',
				action: 'Update a checkout',
			},
			{
				name: 'Wait for Status',
				value: 'waitForStatus',
				description: 'Read the checkout until its status is one of the chosen ones, or the timeout ends',
				action: 'Wait for a checkout status',
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
				resource: ['order'],
			},
		},
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Retrieve an order by ID',
				action: 'Get an order',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List orders, newest first, optionally filtered by state, checkout or time',
				action: 'Get many orders',
			},
			{
				name: 'Wait for Status',
				value: 'waitForStatus',
				description: 'Read the order until its status is one of the chosen ones, or the timeout ends',
				action: 'Wait for a order status',
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
				resource: ['dropInCheckoutSession'],
				operation: ['create'],
			},
		},
		description: 'Fill the fields below, or give the whole request body as JSON',
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: '',
		required: true,
		description: 'Three-letter ISO 4217 code in capitals, e.g. USD',
		displayOptions: {
			show: {
				resource: ['dropInCheckoutSession'],
				operation: ['create'],
				bodyInput: ['fields'],
			},
		},
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
		description: 'What the shopper buys; each item needs a SKU ID or product details, and a price or an aggregate price',
		displayOptions: {
			show: {
				resource: ['dropInCheckoutSession'],
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
				resource: ['dropInCheckoutSession'],
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
				resource: ['dropInCheckoutSession'],
				operation: ['create'],
				bodyInput: ['fields'],
			},
		},
		options: [
			{
				displayName: 'Bill To',
				name: 'billTo',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: toFields,
				description: 'Billing contact and address',
			},
			{
				displayName: 'Browser IP',
				name: 'browserIp',
				type: 'string',
				default: '',
				description: 'IP address of the shopper\'s browser',
			},
			{
				displayName: 'Charge Type',
				name: 'chargeType',
				type: 'options',
				options: chargeTypeOptions,
				default: 'customer_initiated',
				description: 'Who starts the charge',
			},
			{
				displayName: 'Checkout Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Saved Addresses',
						name: 'addresses',
						type: 'json',
						default: '[]',
					},
					{
						displayName: 'Shipping Methods',
						name: 'shippingMethods',
						type: 'fixedCollection',
						typeOptions: {
							multipleValues: true,
						},
						placeholder: 'Add Shipping Method',
						default: {},
						options: [
							{
								displayName: 'Shipping Method',
								name: 'shippingMethod',
								values: [
									{
										displayName: 'Amount',
										name: 'amount',
										type: 'number',
										default: 0,
										required: true,
									},
									{
										displayName: 'Description',
										name: 'description',
										type: 'string',
										default: '',
										required: true,
									},
									{
										displayName: 'Service Level',
										name: 'serviceLevel',
										type: 'string',
										default: '',
										required: true,
										description: 'E.g. SG for standard, ND for next day.',
									},
								],
							},
						],
					},
					{
						displayName: 'Store Credits',
						name: 'storeCredits',
						type: 'json',
						default: '[]',
					},
				],
				description: 'Shipping methods and saved addresses the drop-in checkout offers',
			},
			{
				displayName: 'Customer ID',
				name: 'customerId',
				type: 'string',
				default: '',
				description: 'A registered Digital River customer',
			},
			{
				displayName: 'Customer Type',
				name: 'customerType',
				type: 'options',
				options: customerTypeOptions,
				default: 'business',
				description: 'Whom the purchase is for',
			},
			{
				displayName: 'Disclosures',
				name: 'disclosures',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Discount',
				name: 'discount',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: discountFields,
				description: 'Discount on the whole order',
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				default: '',
				placeholder: 'name@email.com',
				description: 'The customer\'s email address',
			},
			{
				displayName: 'Language',
				name: 'language',
				type: 'options',
				options: [
					{
						name: 'Ar',
						value: 'ar',
					},
					{
						name: 'Cs',
						value: 'cs',
					},
					{
						name: 'Da',
						value: 'da',
					},
					{
						name: 'De',
						value: 'de',
					},
					{
						name: 'El',
						value: 'el',
					},
					{
						name: 'En',
						value: 'en',
					},
					{
						name: 'En Gb',
						value: 'en-gb',
					},
					{
						name: 'En Us',
						value: 'en-us',
					},
					{
						name: 'Es',
						value: 'es',
					},
					{
						name: 'Es 419',
						value: 'es-419',
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
						name: 'Fr Ca',
						value: 'fr-ca',
					},
					{
						name: 'Hu',
						value: 'hu',
					},
					{
						name: 'It',
						value: 'it',
					},
					{
						name: 'Ja',
						value: 'ja',
					},
					{
						name: 'Ko',
						value: 'ko',
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
						name: 'Pl',
						value: 'pl',
					},
					{
						name: 'Pt',
						value: 'pt',
					},
					{
						name: 'Pt Br',
						value: 'pt-br',
					},
					{
						name: 'Ru',
						value: 'ru',
					},
					{
						name: 'Sk',
						value: 'sk',
					},
					{
						name: 'Sv',
						value: 'sv',
					},
					{
						name: 'Th',
						value: 'th',
					},
					{
						name: 'Tr',
						value: 'tr',
					},
					{
						name: 'Zh',
						value: 'zh',
					},
					{
						name: 'Zh Hk',
						value: 'zh-hk',
					},
					{
						name: 'Zh Tw',
						value: 'zh-tw',
					},
				],
				default: 'ar',
				description: 'Language of the drop-in checkout',
			},
			{
				displayName: 'Locale',
				name: 'locale',
				type: 'string',
				default: '',
				description: 'Language and country, e.g. en_US',
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
				description: 'Your own key-value pairs, returned unchanged',
			},
			{
				displayName: 'Redirects',
				name: 'redirects',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Cancel URL',
						name: 'cancelUrl',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Success URL',
						name: 'successUrl',
						type: 'string',
						default: '',
					},
				],
			},
			{
				displayName: 'Ship From',
				name: 'shipFrom',
				type: 'json',
				default: '{}',
				description: 'Where the goods are shipped from',
			},
			{
				displayName: 'Ship To',
				name: 'shipTo',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: toFields,
				description: 'Shipping contact and address',
			},
			{
				displayName: 'Shipping Discount',
				name: 'shippingDiscount',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: discountFields,
				description: 'Discount on shipping',
			},
			{
				displayName: 'Style',
				name: 'style',
				type: 'json',
				default: '{}',
				description: 'Look of the drop-in modal, as JSON',
			},
			{
				displayName: 'Tax Identifiers',
				name: 'taxIdentifiers',
				type: 'fixedCollection',
				typeOptions: {
					multipleValues: true,
				},
				placeholder: 'Add Tax Identifier',
				default: {},
				options: [
					{
						displayName: 'Tax Identifier',
						name: 'taxIdentifier',
						values: taxIdentifierFields,
					},
				],
			},
			{
				displayName: 'Tax Inclusive',
				name: 'taxInclusive',
				type: 'boolean',
				default: false,
				description: 'Whether the prices include tax',
			},
			{
				displayName: 'Upstream ID',
				name: 'upstreamId',
				type: 'string',
				default: '',
				description: 'Your own ID of this checkout',
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
				resource: ['dropInCheckoutSession'],
				operation: ['create'],
			},
		},
		options: runOptions(provider, { retry: 'notRetried' }),
	},
	{
		displayName: 'Specify Body',
		name: 'bodyInput',
		type: 'options',
		options: bodyInputOptions,
		default: 'fields',
		displayOptions: {
			show: {
				resource: ['checkout'],
				operation: ['create'],
			},
		},
		description: 'Fill the fields below, or give the whole request body as JSON',
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: '',
		required: true,
		description: 'Three-letter ISO 4217 code in capitals, e.g. USD',
		displayOptions: {
			show: {
				resource: ['checkout'],
				operation: ['create'],
				bodyInput: ['fields'],
			},
		},
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
		description: 'What the shopper buys; each item needs a SKU ID or product details, and a price or an aggregate price',
		displayOptions: {
			show: {
				resource: ['checkout'],
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
				resource: ['checkout'],
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
				resource: ['checkout'],
				operation: ['create'],
				bodyInput: ['fields'],
			},
		},
		options: [
			{
				displayName: 'Application ID',
				name: 'applicationId',
				type: 'string',
				default: '',
				description: 'Your identifier of the application that made the checkout',
			},
			{
				displayName: 'Bill To',
				name: 'billTo',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: toFields,
				description: 'Billing contact and address',
			},
			{
				displayName: 'Browser IP',
				name: 'browserIp',
				type: 'string',
				default: '',
				description: 'IP address of the shopper\'s browser',
			},
			{
				displayName: 'Charge Type',
				name: 'chargeType',
				type: 'options',
				options: chargeTypeOptions,
				default: 'customer_initiated',
				description: 'Who starts the charge',
			},
			{
				displayName: 'Customer ID',
				name: 'customerId',
				type: 'string',
				default: '',
				description: 'A registered Digital River customer',
			},
			{
				displayName: 'Customer Type',
				name: 'customerType',
				type: 'options',
				options: customerTypeOptions,
				default: 'business',
				description: 'Whom the purchase is for',
			},
			{
				displayName: 'Disclosures',
				name: 'disclosures',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Discount',
				name: 'discount',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: discountFields,
				description: 'Discount on the whole order',
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				default: '',
				placeholder: 'name@email.com',
				description: 'The customer\'s email address',
			},
			{
				displayName: 'Invoice Attribute ID',
				name: 'invoiceAttributeId',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Locale',
				name: 'locale',
				type: 'string',
				default: '',
				description: 'Language and country, e.g. en_US',
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
				description: 'Your own key-value pairs, returned unchanged',
			},
			{
				displayName: 'Organization',
				name: 'organization',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Purchase Location',
				name: 'purchaseLocation',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: purchaseLocationFields,
			},
			{
				displayName: 'Ship From',
				name: 'shipFrom',
				type: 'json',
				default: '{}',
				description: 'Where the goods are shipped from',
			},
			{
				displayName: 'Ship To',
				name: 'shipTo',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: toFields,
				description: 'Shipping contact and address',
			},
			{
				displayName: 'Shipping Choice',
				name: 'shippingChoice',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: shippingChoiceFields,
			},
			{
				displayName: 'Shipping Discount',
				name: 'shippingDiscount',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: discountFields,
				description: 'Discount on shipping',
			},
			{
				displayName: 'Source ID',
				name: 'sourceId',
				type: 'string',
				default: '',
				description: 'A payment source to attach',
			},
			{
				displayName: 'Tax Identifiers',
				name: 'taxIdentifiers',
				type: 'fixedCollection',
				typeOptions: {
					multipleValues: true,
				},
				placeholder: 'Add Tax Identifier',
				default: {},
				options: [
					{
						displayName: 'Tax Identifier',
						name: 'taxIdentifier',
						values: taxIdentifierFields,
					},
				],
			},
			{
				displayName: 'Tax Inclusive',
				name: 'taxInclusive',
				type: 'boolean',
				default: false,
				description: 'Whether the prices include tax',
			},
			{
				displayName: 'Upstream ID',
				name: 'upstreamId',
				type: 'string',
				default: '',
				description: 'Your own ID of this checkout',
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
				resource: ['checkout'],
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
				resource: ['checkout'],
				operation: ['create'],
			},
		},
		options: runOptions(provider, { retry: 'notRetried' }),
	},
	{
		displayName: 'Checkout ID',
		name: 'checkoutId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkout'],
				operation: ['get'],
			},
		},
		description: 'ID of the checkout',
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
				placeholder: 'Select a checkout...',
				typeOptions: {
					searchListMethod: 'searchCheckouts',
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
				resource: ['checkout'],
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
				resource: ['checkout'],
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
				resource: ['checkout'],
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
				resource: ['checkout'],
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
				resource: ['checkout'],
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
				resource: ['checkout'],
				operation: ['getAll'],
			},
		},
		options: [
			{
				displayName: 'Application ID',
				name: 'applicationId',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Browser IP',
				name: 'browserIp',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Charge Type',
				name: 'chargeType',
				type: 'string',
				default: '',
				description: 'Who starts the charge',
			},
			{
				displayName: 'Created Time',
				name: 'createdTime',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: timeFields,
				description: 'Creation time range (ISO 8601, UTC)',
			},
			{
				displayName: 'Currency',
				name: 'currency',
				type: 'string',
				default: '',
				description: 'Three-letter ISO 4217 code in capitals, e.g. USD',
			},
			{
				displayName: 'Customer ID',
				name: 'customerId',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Customer Type',
				name: 'customerType',
				type: 'string',
				default: '',
				description: 'Whom the purchase is for',
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				default: '',
				placeholder: 'name@email.com',
				description: 'The customer\'s email address',
			},
			{
				displayName: 'IDs',
				name: 'ids',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Only these IDs, comma-separated',
			},
			{
				displayName: 'Locale',
				name: 'locale',
				type: 'string',
				default: '',
				description: 'Language and country, e.g. en_US',
			},
			{
				displayName: 'Subscription ID',
				name: 'subscriptionId',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Total Amount',
				name: 'totalAmount',
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
			},
			{
				displayName: 'Updated Time',
				name: 'lastChangedTime',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: timeFields,
				description: 'Last-update time range (ISO 8601, UTC)',
			},
			{
				displayName: 'Upstream IDs',
				name: 'upstreamIds',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Only these upstream IDs, comma-separated',
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
				resource: ['checkout'],
				operation: ['getAll'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent', list: true }),
	},
	{
		displayName: 'Checkout ID',
		name: 'checkoutId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkout'],
				operation: ['update'],
			},
		},
		description: 'ID of the checkout',
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
				placeholder: 'Select a checkout...',
				typeOptions: {
					searchListMethod: 'searchCheckouts',
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
		displayName: 'Specify Body',
		name: 'bodyInput',
		type: 'options',
		options: bodyInputOptions,
		default: 'fields',
		displayOptions: {
			show: {
				resource: ['checkout'],
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
				resource: ['checkout'],
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
				resource: ['checkout'],
				operation: ['update'],
				bodyInput: ['fields'],
			},
		},
		options: [
			{
				displayName: 'Bill To',
				name: 'billTo',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: toFields,
				description: 'Billing contact and address',
			},
			{
				displayName: 'Browser IP',
				name: 'browserIp',
				type: 'string',
				default: '',
				description: 'IP address of the shopper\'s browser',
			},
			{
				displayName: 'Charge Type',
				name: 'chargeType',
				type: 'options',
				options: chargeTypeOptions,
				default: 'customer_initiated',
				description: 'Who starts the charge',
			},
			{
				displayName: 'Currency',
				name: 'currency',
				type: 'string',
				default: '',
				description: 'Three-letter ISO 4217 code in capitals, e.g. USD',
			},
			{
				displayName: 'Customer ID',
				name: 'customerId',
				type: 'string',
				default: '',
				description: 'A registered Digital River customer',
			},
			{
				displayName: 'Customer Type',
				name: 'customerType',
				type: 'options',
				options: customerTypeOptions,
				default: 'business',
				description: 'Whom the purchase is for',
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				default: '',
				placeholder: 'name@email.com',
				description: 'The customer\'s email address',
			},
			{
				displayName: 'Invoice Attribute ID',
				name: 'invoiceAttributeId',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Items',
				name: 'items',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Locale',
				name: 'locale',
				type: 'string',
				default: '',
				description: 'Language and country, e.g. en_US',
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
				description: 'Your own key-value pairs, returned unchanged',
			},
			{
				displayName: 'Organization',
				name: 'organization',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Purchase Location',
				name: 'purchaseLocation',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: purchaseLocationFields,
			},
			{
				displayName: 'Ship From',
				name: 'shipFrom',
				type: 'json',
				default: '{}',
				description: 'Where the goods are shipped from',
			},
			{
				displayName: 'Ship To',
				name: 'shipTo',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: toFields,
				description: 'Shipping contact and address',
			},
			{
				displayName: 'Shipping Choice',
				name: 'shippingChoice',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: shippingChoiceFields,
			},
			{
				displayName: 'Shipping Discount',
				name: 'shippingDiscount',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: discountFields,
				description: 'Discount on shipping',
			},
			{
				displayName: 'Source ID',
				name: 'sourceId',
				type: 'string',
				default: '',
				description: 'A payment source to attach',
			},
			{
				displayName: 'Tax Identifiers',
				name: 'taxIdentifiers',
				type: 'fixedCollection',
				typeOptions: {
					multipleValues: true,
				},
				placeholder: 'Add Tax Identifier',
				default: {},
				options: [
					{
						displayName: 'Tax Identifier',
						name: 'taxIdentifier',
						values: taxIdentifierFields,
					},
				],
			},
			{
				displayName: 'Upstream ID',
				name: 'upstreamId',
				type: 'string',
				default: '',
				description: 'Your own ID of this checkout',
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
				resource: ['checkout'],
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
				resource: ['checkout'],
				operation: ['update'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent' }),
	},
	{
		displayName: 'Checkout ID',
		name: 'checkoutId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkout'],
				operation: ['delete'],
			},
		},
		description: 'ID of the checkout',
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
				placeholder: 'Select a checkout...',
				typeOptions: {
					searchListMethod: 'searchCheckouts',
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
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkout'],
				operation: ['delete'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent' }),
	},
	{
		displayName: 'Checkout ID',
		name: 'checkoutId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkout'],
				operation: ['waitForStatus'],
			},
		},
		description: 'ID of the checkout',
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
				placeholder: 'Select a checkout...',
				typeOptions: {
					searchListMethod: 'searchCheckouts',
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
				name: 'Cancelled',
				value: 'cancelled',
				description: 'The payment session was cancelled; final',
			},
			{
				name: 'Chargeable',
				value: 'chargeable',
				description: 'The payment is authorized and can be charged',
			},
			{
				name: 'Complete',
				value: 'complete',
				description: 'The payment is charged; final',
			},
			{
				name: 'Confirmed',
				value: 'confirmed',
				description: 'The order was created from the checkout',
			},
			{
				name: 'Failed',
				value: 'failed',
				description: 'The payment failed; another source can be added',
			},
			{
				name: 'Pending',
				value: 'pending',
				description: 'The payment is being processed',
			},
			{
				name: 'Pending Funds',
				value: 'pending_funds',
				description: 'Waiting for the funds to arrive, e.g. a bank transfer',
			},
			{
				name: 'Pending Redirect',
				value: 'pending_redirect',
				description: 'Waiting for the customer to come back from a redirect',
			},
			{
				name: 'Processing',
				value: 'processing',
				description: 'The payment is being processed',
			},
			{
				name: 'Requires Action',
				value: 'requires_action',
				description: 'Waiting for the customer, e.g. a redirect or 3-D Secure',
			},
			{
				name: 'Requires Confirmation',
				value: 'requires_confirmation',
				description: 'The payment sources cover the amount; the order can be created',
			},
			{
				name: 'Requires Source',
				value: 'requires_source',
				description: 'Waiting for the customer to add a payment source',
			},
		],
		default: [],
		displayOptions: {
			show: {
				resource: ['checkout'],
				operation: ['waitForStatus'],
			},
		},
		description: 'Continue when the checkout has one of these statuses',
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
				resource: ['checkout'],
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
		options: onTimeoutOptions,
		default: 'error',
		displayOptions: {
			show: {
				resource: ['checkout'],
				operation: ['waitForStatus'],
			},
		},
		description: 'What happens when the checkout has none of the statuses when the timeout ends',
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description: 'Whether to return the common session view (the same fields on every platform: status, state, amount, currency, customer email, URL, dates and linked IDs) instead of the raw data',
		displayOptions: {
			show: {
				resource: ['checkout'],
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
				resource: ['checkout'],
				operation: ['waitForStatus'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent', wait: true }),
	},
	{
		displayName: 'Order ID',
		name: 'orderId',
		required: true,
		displayOptions: {
			show: {
				resource: ['order'],
				operation: ['get'],
			},
		},
		description: 'ID of the order',
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
				placeholder: 'Select an order...',
				typeOptions: {
					searchListMethod: 'searchOrders',
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
				resource: ['order'],
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
				resource: ['order'],
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
				resource: ['order'],
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
				resource: ['order'],
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
				resource: ['order'],
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
				resource: ['order'],
				operation: ['getAll'],
			},
		},
		options: [
			{
				displayName: 'Accepted',
				name: 'accepted',
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
			},
			{
				displayName: 'Application ID',
				name: 'applicationId',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Blocked',
				name: 'blocked',
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
			},
			{
				displayName: 'Browser IP',
				name: 'browserIp',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Cancelled',
				name: 'cancelled',
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
			},
			{
				displayName: 'Charge Type',
				name: 'chargeType',
				type: 'string',
				default: '',
				description: 'Who starts the charge',
			},
			{
				displayName: 'Checkout ID',
				name: 'checkoutId',
				type: 'string',
				default: '',
				description: 'Only the orders of this checkout',
			},
			{
				displayName: 'Complete',
				name: 'complete',
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
			},
			{
				displayName: 'Created Time',
				name: 'createdTime',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: timeFields,
				description: 'Creation time range (ISO 8601, UTC)',
			},
			{
				displayName: 'Currency',
				name: 'currency',
				type: 'string',
				default: '',
				description: 'Three-letter ISO 4217 code in capitals, e.g. USD',
			},
			{
				displayName: 'Customer ID',
				name: 'customerId',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Customer Type',
				name: 'customerType',
				type: 'string',
				default: '',
				description: 'Whom the purchase is for',
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				default: '',
				placeholder: 'name@email.com',
				description: 'The customer\'s email address',
			},
			{
				displayName: 'Fraud State',
				name: 'fraudState',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Fraud State Transitions Blocked',
				name: 'fraudStateTransitions.blocked',
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
			},
			{
				displayName: 'Fraud State Transitions Passed',
				name: 'fraudStateTransitions.passed',
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
			},
			{
				displayName: 'Fraud State Transitions Review Opened',
				name: 'fraudStateTransitions.review_opened',
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
			},
			{
				displayName: 'Fulfilled',
				name: 'fulfilled',
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
			},
			{
				displayName: 'IDs',
				name: 'ids',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Only these IDs, comma-separated',
			},
			{
				displayName: 'In Review',
				name: 'in_review',
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
			},
			{
				displayName: 'Locale',
				name: 'locale',
				type: 'string',
				default: '',
				description: 'Language and country, e.g. en_US',
			},
			{
				displayName: 'Pending Payment',
				name: 'pending_payment',
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
			},
			{
				displayName: 'Refunded Amount',
				name: 'refundedAmount',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Returned',
				name: 'returned',
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
			},
			{
				displayName: 'SKU ID',
				name: 'skuId',
				type: 'string',
				default: '',
				description: 'Only orders containing this SKU',
			},
			{
				displayName: 'State',
				name: 'state',
				type: 'options',
				options: [
					{
						name: 'Accepted',
						value: 'accepted',
					},
					{
						name: 'Blocked',
						value: 'blocked',
					},
					{
						name: 'Cancelled',
						value: 'cancelled',
					},
					{
						name: 'Complete',
						value: 'complete',
					},
					{
						name: 'Dispute',
						value: 'dispute',
					},
					{
						name: 'Fulfilled',
						value: 'fulfilled',
					},
					{
						name: 'In Review',
						value: 'in_review',
					},
					{
						name: 'Pending Payment',
						value: 'pending_payment',
					},
					{
						name: 'Returned',
						value: 'returned',
					},
				],
				default: 'accepted',
				description: 'Only orders in this state',
			},
			{
				displayName: 'Subscription ID',
				name: 'subscriptionId',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Total Amount',
				name: 'totalAmount',
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
			},
			{
				displayName: 'Updated Time',
				name: 'lastChangedTime',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: timeFields,
				description: 'Last-update time range (ISO 8601, UTC)',
			},
			{
				displayName: 'Upstream IDs',
				name: 'upstreamIds',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Only these upstream IDs, comma-separated',
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
				resource: ['order'],
				operation: ['getAll'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent', list: true }),
	},
	{
		displayName: 'Order ID',
		name: 'orderId',
		required: true,
		displayOptions: {
			show: {
				resource: ['order'],
				operation: ['waitForStatus'],
			},
		},
		description: 'ID of the order',
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
				placeholder: 'Select an order...',
				typeOptions: {
					searchListMethod: 'searchOrders',
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
				name: 'Accepted',
				value: 'accepted',
				description: 'Payment authorized and fraud checks passed; ready to fulfil',
			},
			{
				name: 'Blocked',
				value: 'blocked',
				description: 'Stopped by fraud review; final',
			},
			{
				name: 'Cancelled',
				value: 'cancelled',
				description: 'Cancelled before fulfilment; final',
			},
			{
				name: 'Complete',
				value: 'complete',
				description: 'Fulfilled and charged; final',
			},
			{
				name: 'Dispute',
				value: 'dispute',
				description: 'The customer disputed the charge',
			},
			{
				name: 'Fulfilled',
				value: 'fulfilled',
				description: 'Every item was fulfilled or cancelled',
			},
			{
				name: 'In Review',
				value: 'in_review',
				description: 'Held for fraud review',
			},
			{
				name: 'Pending Payment',
				value: 'pending_payment',
				description: 'Waiting for the payment to be authorized',
			},
			{
				name: 'Returned',
				value: 'returned',
				description: 'Items were returned; final',
			},
		],
		default: [],
		displayOptions: {
			show: {
				resource: ['order'],
				operation: ['waitForStatus'],
			},
		},
		description: 'Continue when the order has one of these statuses',
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
				resource: ['order'],
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
		options: onTimeoutOptions,
		default: 'error',
		displayOptions: {
			show: {
				resource: ['order'],
				operation: ['waitForStatus'],
			},
		},
		description: 'What happens when the order has none of the statuses when the timeout ends',
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description: 'Whether to return the common session view (the same fields on every platform: status, state, amount, currency, customer email, URL, dates and linked IDs) instead of the raw data',
		displayOptions: {
			show: {
				resource: ['order'],
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
				resource: ['order'],
				operation: ['waitForStatus'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent', wait: true }),
	},
];
