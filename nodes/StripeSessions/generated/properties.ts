// GENERATED from schemas/stripe/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
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

// Shared by customer_creation, payment_method_collection.
const customerCreationOptions: INodePropertyOptions[] = [
	{
		name: 'Always',
		value: 'always',
	},
	{
		name: 'If Required',
		value: 'if_required',
	},
];

const adjustableQuantityFields: INodeProperties[] = [
	{
		displayName: 'Enabled',
		name: 'enabled',
		type: 'boolean',
		default: false,
		description: 'Whether the customer can change the quantity',
	},
	{
		displayName: 'Maximum',
		name: 'maximum',
		type: 'number',
		default: 0,
		typeOptions: {
			numberPrecision: 0,
		},
	},
	{
		displayName: 'Minimum',
		name: 'minimum',
		type: 'number',
		default: 0,
		typeOptions: {
			numberPrecision: 0,
		},
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

const taxBehaviorOptions: INodePropertyOptions[] = [
	{
		name: 'Exclusive',
		value: 'exclusive',
	},
	{
		name: 'Inclusive',
		value: 'inclusive',
	},
	{
		name: 'Unspecified',
		value: 'unspecified',
	},
];

const priceDataFields: INodeProperties[] = [
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: '',
		description: 'Three-letter ISO currency code in lowercase, e.g. usd',
	},
	{
		displayName: 'Product Data',
		name: 'product_data',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Images',
				name: 'images',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Image URLs, comma-separated',
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
				description: 'Key-value pairs stored with the object; an empty value removes that key',
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Tax Code',
				name: 'tax_code',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Tax Details',
				name: 'tax_details',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Unit Label',
				name: 'unit_label',
				type: 'string',
				default: '',
			},
		],
		description: 'An ad-hoc product instead of a product ID',
	},
	{
		displayName: 'Product ID',
		name: 'product',
		type: 'string',
		default: '',
		description: 'ID of an existing product; or use Product Data',
	},
	{
		displayName: 'Recurring',
		name: 'recurring',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Interval',
				name: 'interval',
				type: 'options',
				options: [
					{
						name: 'Day',
						value: 'day',
					},
					{
						name: 'Month',
						value: 'month',
					},
					{
						name: 'Week',
						value: 'week',
					},
					{
						name: 'Year',
						value: 'year',
					},
				],
				default: 'day',
			},
			{
				displayName: 'Interval Count',
				name: 'interval_count',
				type: 'number',
				default: 0,
				typeOptions: {
					numberPrecision: 0,
				},
				description: 'Number of intervals between charges',
			},
		],
		description: 'Billing interval, for subscription mode',
	},
	{
		displayName: 'Tax Behavior',
		name: 'tax_behavior',
		type: 'options',
		options: taxBehaviorOptions,
		default: 'exclusive',
	},
	{
		displayName: 'Unit Amount',
		name: 'unit_amount',
		type: 'number',
		default: 0,
		typeOptions: {
			numberPrecision: 0,
		},
		description: 'Price in the smallest currency unit, e.g. 1000 for 10.00 USD',
	},
	{
		displayName: 'Unit Amount Decimal',
		name: 'unit_amount_decimal',
		type: 'string',
		default: '',
	},
];

const shippingOptionFields: INodeProperties[] = [
	{
		displayName: 'Shipping Rate Data',
		name: 'shipping_rate_data',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Delivery Estimate',
				name: 'delivery_estimate',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Display Name',
				name: 'display_name',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Fixed Amount',
				name: 'fixed_amount',
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
							numberPrecision: 0,
						},
						description: 'In the smallest currency unit',
					},
					{
						displayName: 'Currency',
						name: 'currency',
						type: 'string',
						default: '',
						description: 'Lowercase ISO code, e.g. usd',
					},
					{
						displayName: 'Currency Options',
						name: 'currency_options',
						type: 'json',
						default: '{}',
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
			},
			{
				displayName: 'Tax Behavior',
				name: 'tax_behavior',
				type: 'options',
				options: taxBehaviorOptions,
				default: 'exclusive',
			},
			{
				displayName: 'Tax Code',
				name: 'tax_code',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: [
					{
						name: 'Fixed Amount',
						value: 'fixed_amount',
					},
				],
				default: 'fixed_amount',
			},
		],
		description: 'An ad-hoc shipping rate',
	},
	{
		displayName: 'Shipping Rate ID',
		name: 'shipping_rate',
		type: 'string',
		default: '',
		description: 'ID of an existing shipping rate (shr_...)',
	},
];

// Shared by payment_method_allow_redisplay_filters, payment_method_save_allow_redisplay_override.
const paymentMethodAllowRedisplayFiltersOptions: INodePropertyOptions[] = [
	{
		name: 'Always',
		value: 'always',
	},
	{
		name: 'Limited',
		value: 'limited',
	},
	{
		name: 'Unspecified',
		value: 'unspecified',
	},
];

// Shared by payment_method_remove, payment_method_redisplay, payment_method_save.
const paymentMethodRemoveOptions: INodePropertyOptions[] = [
	{
		name: 'Disabled',
		value: 'disabled',
	},
	{
		name: 'Enabled',
		value: 'enabled',
	},
];

/** Parameters of the Stripe Sessions node. */
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
				description: 'A Stripe-hosted or embedded payment page for one purchase or subscription',
			},
			{
				name: 'Customer Session',
				value: 'customerSession',
				description: 'Short-lived client-side access to a customer\'s saved payment methods',
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
				description: 'Create a checkout session and get the URL to send the customer to',
				action: 'Create a checkout session',
			},
			{
				name: 'Expire',
				value: 'expire',
				description: 'Close an open session so it can no longer be paid',
				action: 'Expire a checkout session',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Retrieve a checkout session by ID',
				action: 'Get a checkout session',
			},
			{
				name: 'Get Line Items',
				value: 'getLineItems',
				description: 'List the line items of a checkout session',
				action: 'Get line items of a checkout session',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List checkout sessions, newest first, with optional filters',
				action: 'Get many checkout sessions',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change metadata, line items, shipping options or collected details of an open session',
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
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: {
			show: {
				resource: ['customerSession'],
			},
		},
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a customer session and get its client secret for Stripe.js components',
				action: 'Create a customer session',
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
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		options: [
			{
				name: 'Payment',
				value: 'payment',
			},
			{
				name: 'Setup',
				value: 'setup',
			},
			{
				name: 'Subscription',
				value: 'subscription',
			},
		],
		default: 'payment',
		required: true,
		description: 'One-time payment, saving a payment method, or a subscription',
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
				displayName: 'Adaptive Pricing',
				name: 'adaptive_pricing',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'After Expiration',
				name: 'after_expiration',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Allow Promotion Codes',
				name: 'allow_promotion_codes',
				type: 'boolean',
				default: false,
				description: 'Whether the customer can enter promotion codes',
			},
			{
				displayName: 'Allowed Payment Method Types',
				name: 'allowed_payment_method_types',
				type: 'string',
				default: '',
				placeholder: 'acss_debit, affirm',
				description: 'Payment method types offered, e.g. card, link; the dashboard settings apply when empty, comma-separated',
			},
			{
				displayName: 'Automatic Tax',
				name: 'automatic_tax',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Address Collection Precision',
						name: 'address_collection_precision',
						type: 'options',
						options: [
							{
								name: 'Full',
								value: 'full',
							},
							{
								name: 'Minimal',
								value: 'minimal',
							},
						],
						default: 'full',
					},
					{
						displayName: 'Enabled',
						name: 'enabled',
						type: 'boolean',
						default: true,
						description: 'Whether this feature is on',
					},
					{
						displayName: 'Liability',
						name: 'liability',
						type: 'json',
						default: '{}',
					},
				],
			},
			{
				displayName: 'Billing Address Collection',
				name: 'billing_address_collection',
				type: 'options',
				options: [
					{
						name: 'Auto',
						value: 'auto',
					},
					{
						name: 'Required',
						value: 'required',
					},
				],
				default: 'auto',
			},
			{
				displayName: 'Branding Settings',
				name: 'branding_settings',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Cancel URL',
				name: 'cancel_url',
				type: 'string',
				default: '',
				description: 'Where the customer goes when they go back; hosted UI mode only',
			},
			{
				displayName: 'Client Reference ID',
				name: 'client_reference_id',
				type: 'string',
				default: '',
				description: 'Your own reference, e.g. a cart or order ID',
			},
			{
				displayName: 'Consent Collection',
				name: 'consent_collection',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Currency',
				name: 'currency',
				type: 'string',
				default: '',
				description: 'Three-letter ISO currency code in lowercase, e.g. usd',
			},
			{
				displayName: 'Custom Fields',
				name: 'custom_fields',
				type: 'json',
				default: '[]',
			},
			{
				displayName: 'Custom Text',
				name: 'custom_text',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Customer Account',
				name: 'customer_account',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Customer Creation',
				name: 'customer_creation',
				type: 'options',
				options: customerCreationOptions,
				default: 'always',
				description: 'Whether a customer is created; payment and setup mode only',
			},
			{
				displayName: 'Customer Email',
				name: 'customer_email',
				type: 'string',
				default: '',
				placeholder: 'name@email.com',
				description: 'Prefills the email when no customer ID is given',
			},
			{
				displayName: 'Customer ID',
				name: 'customer',
				type: 'string',
				default: '',
				description: 'ID of an existing customer (cus_...)',
			},
			{
				displayName: 'Customer Update',
				name: 'customer_update',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Discounts',
				name: 'discounts',
				type: 'fixedCollection',
				typeOptions: {
					multipleValues: true,
				},
				placeholder: 'Add Discount',
				default: {},
				options: [
					{
						displayName: 'Discount',
						name: 'discount',
						values: [
							{
								displayName: 'Coupon ID',
								name: 'coupon',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Promotion Code ID',
								name: 'promotion_code',
								type: 'string',
								default: '',
							},
						],
					},
				],
				description: 'A coupon or promotion code to apply',
			},
			{
				displayName: 'Excluded Payment Method Types',
				name: 'excluded_payment_method_types',
				type: 'string',
				default: '',
				placeholder: 'acss_debit, affirm',
				description: 'Excluded Payment Method Types, comma-separated',
			},
			{
				displayName: 'Expand',
				name: 'expand',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Expand, comma-separated',
			},
			{
				displayName: 'Expires At',
				name: 'expires_at',
				type: 'number',
				default: 0,
				typeOptions: {
					numberPrecision: 0,
				},
				description: 'Unix time (seconds) when the session expires: 30 minutes to 24 hours after creation',
			},
			{
				displayName: 'Integration Identifier',
				name: 'integration_identifier',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Invoice Creation',
				name: 'invoice_creation',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Line Items',
				name: 'line_items',
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
								displayName: 'Adjustable Quantity',
								name: 'adjustable_quantity',
								type: 'collection',
								placeholder: 'Add Field',
								default: {},
								options: adjustableQuantityFields,
								description: 'Lets the customer change the quantity in Checkout',
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
							},
							{
								displayName: 'Price Data',
								name: 'price_data',
								type: 'collection',
								placeholder: 'Add Field',
								default: {},
								options: priceDataFields,
								description: 'An ad-hoc price instead of a price ID',
							},
							{
								displayName: 'Price ID',
								name: 'price',
								type: 'string',
								default: '',
								description: 'ID of an existing price (price_...)',
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
								displayName: 'Tax Rate IDs',
								name: 'tax_rates',
								type: 'string',
								default: '',
								placeholder: 'first, second',
								description: 'IDs of tax rates applied to this item, comma-separated',
							},
						],
					},
				],
				description: 'What the customer buys; required in payment and subscription mode',
			},
			{
				displayName: 'Locale',
				name: 'locale',
				type: 'options',
				options: [
					{
						name: 'Auto',
						value: 'auto',
					},
					{
						name: 'Bg',
						value: 'bg',
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
						name: 'En GB',
						value: 'en-GB',
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
						name: 'Et',
						value: 'et',
					},
					{
						name: 'Fi',
						value: 'fi',
					},
					{
						name: 'Fil',
						value: 'fil',
					},
					{
						name: 'Fr',
						value: 'fr',
					},
					{
						name: 'Fr CA',
						value: 'fr-CA',
					},
					{
						name: 'Hi IN',
						value: 'hi-IN',
					},
					{
						name: 'Hr',
						value: 'hr',
					},
					{
						name: 'Hu',
						value: 'hu',
					},
					{
						name: 'ID',
						value: 'id',
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
						name: 'Lt',
						value: 'lt',
					},
					{
						name: 'Lv',
						value: 'lv',
					},
					{
						name: 'Ms',
						value: 'ms',
					},
					{
						name: 'Mt',
						value: 'mt',
					},
					{
						name: 'Nb',
						value: 'nb',
					},
					{
						name: 'Nl',
						value: 'nl',
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
						name: 'Pt BR',
						value: 'pt-BR',
					},
					{
						name: 'Ro',
						value: 'ro',
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
						name: 'Sl',
						value: 'sl',
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
						name: 'Vi',
						value: 'vi',
					},
					{
						name: 'Zh',
						value: 'zh',
					},
					{
						name: 'Zh HK',
						value: 'zh-HK',
					},
					{
						name: 'Zh TW',
						value: 'zh-TW',
					},
				],
				default: 'auto',
			},
			{
				displayName: 'Managed Payments',
				name: 'managed_payments',
				type: 'json',
				default: '{}',
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
				description: 'Key-value pairs stored with the object; an empty value removes that key',
			},
			{
				displayName: 'Name Collection',
				name: 'name_collection',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Optional Items',
				name: 'optional_items',
				type: 'json',
				default: '[]',
			},
			{
				displayName: 'Origin Context',
				name: 'origin_context',
				type: 'options',
				options: [
					{
						name: 'Mobile App',
						value: 'mobile_app',
					},
					{
						name: 'Web',
						value: 'web',
					},
				],
				default: 'mobile_app',
			},
			{
				displayName: 'Payment Intent Data',
				name: 'payment_intent_data',
				type: 'json',
				default: '{}',
				description: 'Options of the payment, in payment mode',
			},
			{
				displayName: 'Payment Method Collection',
				name: 'payment_method_collection',
				type: 'options',
				options: customerCreationOptions,
				default: 'always',
			},
			{
				displayName: 'Payment Method Configuration',
				name: 'payment_method_configuration',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Payment Method Data',
				name: 'payment_method_data',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Payment Method Options',
				name: 'payment_method_options',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Permissions',
				name: 'permissions',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Phone Number Collection',
				name: 'phone_number_collection',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Enabled',
						name: 'enabled',
						type: 'boolean',
						default: true,
						description: 'Whether this feature is on',
					},
				],
			},
			{
				displayName: 'Redirect On Completion',
				name: 'redirect_on_completion',
				type: 'options',
				options: [
					{
						name: 'Always',
						value: 'always',
					},
					{
						name: 'If Required',
						value: 'if_required',
					},
					{
						name: 'Never',
						value: 'never',
					},
				],
				default: 'always',
			},
			{
				displayName: 'Return URL',
				name: 'return_url',
				type: 'string',
				default: '',
				description: 'Where the customer goes after an embedded, Elements or form checkout that needs a redirect',
			},
			{
				displayName: 'Saved Payment Method Options',
				name: 'saved_payment_method_options',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Setup Intent Data',
				name: 'setup_intent_data',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Shipping Address Collection',
				name: 'shipping_address_collection',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Allowed Countries',
						name: 'allowed_countries',
						type: 'string',
						default: '',
						placeholder: 'AC, AD',
						description: 'Two-letter country codes, e.g. US, DE, comma-separated',
					},
				],
			},
			{
				displayName: 'Shipping Options',
				name: 'shipping_options',
				type: 'fixedCollection',
				typeOptions: {
					multipleValues: true,
				},
				placeholder: 'Add Shipping Option',
				default: {},
				options: [
					{
						displayName: 'Shipping Option',
						name: 'shippingOption',
						values: shippingOptionFields,
					},
				],
				description: 'Shipping rates offered in checkout, by ID or as ad-hoc fixed amounts',
			},
			{
				displayName: 'Submit Type',
				name: 'submit_type',
				type: 'options',
				options: [
					{
						name: 'Auto',
						value: 'auto',
					},
					{
						name: 'Book',
						value: 'book',
					},
					{
						name: 'Donate',
						value: 'donate',
					},
					{
						name: 'Pay',
						value: 'pay',
					},
					{
						name: 'Subscribe',
						value: 'subscribe',
					},
				],
				default: 'auto',
				description: 'Wording of the pay button; payment mode only',
			},
			{
				displayName: 'Subscription Data',
				name: 'subscription_data',
				type: 'json',
				default: '{}',
				description: 'Options of the subscription, in subscription mode',
			},
			{
				displayName: 'Success URL',
				name: 'success_url',
				type: 'string',
				default: '',
				description: 'Where the customer goes after paying; not allowed for embedded pages, Elements or forms. Without it the hosted page shows its own confirmation.',
			},
			{
				displayName: 'Tax ID Collection',
				name: 'tax_id_collection',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Enabled',
						name: 'enabled',
						type: 'boolean',
						default: true,
						description: 'Whether this feature is on',
					},
					{
						displayName: 'Required',
						name: 'required',
						type: 'options',
						options: [
							{
								name: 'If Supported',
								value: 'if_supported',
							},
							{
								name: 'Never',
								value: 'never',
							},
						],
						default: 'if_supported',
					},
				],
			},
			{
				displayName: 'UI Mode',
				name: 'ui_mode',
				type: 'options',
				options: [
					{
						name: 'Elements',
						value: 'elements',
					},
					{
						name: 'Embedded Page',
						value: 'embedded_page',
					},
					{
						name: 'Form',
						value: 'form',
					},
					{
						name: 'Hosted Page',
						value: 'hosted_page',
					},
				],
				default: 'hosted_page',
				description: 'Stripe-hosted page, a page embedded in your site (then Return URL instead of Success URL), or your own UI built with Elements or a form',
			},
			{
				displayName: 'Wallet Options',
				name: 'wallet_options',
				type: 'json',
				default: '{}',
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
		options: runOptions(provider, { retry: 'idempotencyKey' }),
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
		description: 'ID of the checkout session (cs_...)',
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
				displayName: 'Created',
				name: 'created',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'After (Unix Seconds)',
						name: 'gt',
						type: 'number',
						default: 0,
						typeOptions: {
							numberPrecision: 0,
						},
					},
					{
						displayName: 'At or After (Unix Seconds)',
						name: 'gte',
						type: 'number',
						default: 0,
						typeOptions: {
							numberPrecision: 0,
						},
					},
					{
						displayName: 'At or Before (Unix Seconds)',
						name: 'lte',
						type: 'number',
						default: 0,
						typeOptions: {
							numberPrecision: 0,
						},
					},
					{
						displayName: 'Before (Unix Seconds)',
						name: 'lt',
						type: 'number',
						default: 0,
						typeOptions: {
							numberPrecision: 0,
						},
					},
				],
				description: 'Creation time range, in Unix seconds',
			},
			{
				displayName: 'Customer Account',
				name: 'customer_account',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Customer Details',
				name: 'customer_details',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Email',
						name: 'email',
						type: 'string',
						default: '',
						placeholder: 'name@email.com',
						description: 'Only sessions whose customer entered this email',
					},
				],
			},
			{
				displayName: 'Customer ID',
				name: 'customer',
				type: 'string',
				default: '',
				description: 'Only sessions of this customer',
			},
			{
				displayName: 'Expand',
				name: 'expand',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Expand, comma-separated',
			},
			{
				displayName: 'Payment Intent ID',
				name: 'payment_intent',
				type: 'string',
				default: '',
				description: 'Only the session of this payment intent',
			},
			{
				displayName: 'Payment Link ID',
				name: 'payment_link',
				type: 'string',
				default: '',
				description: 'Only sessions created from this payment link',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{
						name: 'Complete',
						value: 'complete',
					},
					{
						name: 'Expired',
						value: 'expired',
					},
					{
						name: 'Open',
						value: 'open',
					},
				],
				default: 'complete',
				description: 'Only sessions with this status',
			},
			{
				displayName: 'Subscription ID',
				name: 'subscription',
				type: 'string',
				default: '',
				description: 'Only the session of this subscription',
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
		displayName: 'Checkout Session ID',
		name: 'checkoutSessionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['update'],
			},
		},
		description: 'ID of the open checkout session (cs_...)',
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
				displayName: 'Collected Information',
				name: 'collected_information',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
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
										description: 'Two-letter ISO country code, e.g. US',
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
								],
							},
							{
								displayName: 'Name',
								name: 'name',
								type: 'string',
								default: '',
							},
						],
					},
				],
				description: 'Customer details collected by your own UI; embedded and custom sessions only',
			},
			{
				displayName: 'Expand',
				name: 'expand',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Expand, comma-separated',
			},
			{
				displayName: 'Line Items',
				name: 'line_items',
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
								displayName: 'Adjustable Quantity',
								name: 'adjustable_quantity',
								type: 'collection',
								placeholder: 'Add Field',
								default: {},
								options: adjustableQuantityFields,
								description: 'Lets the customer change the quantity in Checkout',
							},
							{
								displayName: 'Line Item ID',
								name: 'id',
								type: 'string',
								default: '',
								description: 'On update only: ID of an existing line item to keep or change',
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
								description: 'To clear it, send "" for it in a JSON body',
							},
							{
								displayName: 'Price Data',
								name: 'price_data',
								type: 'collection',
								placeholder: 'Add Field',
								default: {},
								options: priceDataFields,
								description: 'An ad-hoc price instead of a price ID',
							},
							{
								displayName: 'Price ID',
								name: 'price',
								type: 'string',
								default: '',
								description: 'ID of an existing price (price_...)',
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
								displayName: 'Tax Rate IDs',
								name: 'tax_rates',
								type: 'string',
								default: '',
								placeholder: 'first, second',
								description: 'IDs of tax rates applied to this item, comma-separated. To clear it, send "" for it in a JSON body.',
							},
						],
					},
				],
				description: 'The whole new list: keep an item by its ID, add one with a price or price data, leave one out to remove it',
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
				description: 'Key-value pairs stored with the object; an empty value removes that key. To clear it, send "" for it in a JSON body.',
			},
			{
				displayName: 'Payment Intent Data',
				name: 'payment_intent_data',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Shipping Options',
				name: 'shipping_options',
				type: 'fixedCollection',
				typeOptions: {
					multipleValues: true,
				},
				placeholder: 'Add Shipping Option',
				default: {},
				options: [
					{
						displayName: 'Shipping Option',
						name: 'shippingOption',
						values: shippingOptionFields,
					},
				],
				description: 'Shipping rates offered in checkout, by ID or as ad-hoc fixed amounts. To clear it, send "" for it in a JSON body.',
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
		options: runOptions(provider, { retry: 'idempotencyKey' }),
	},
	{
		displayName: 'Checkout Session ID',
		name: 'checkoutSessionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['expire'],
			},
		},
		description: 'ID of the open checkout session (cs_...)',
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
				resource: ['checkoutSession'],
				operation: ['expire'],
			},
		},
		options: runOptions(provider, { retry: 'idempotencyKey' }),
	},
	{
		displayName: 'Checkout Session ID',
		name: 'checkoutSessionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['getLineItems'],
			},
		},
		description: 'ID of the checkout session (cs_...)',
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
				placeholder: 'e.g. abc123',
			},
		],
	},
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['getLineItems'],
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
				operation: ['getLineItems'],
				returnAll: [
					false,
				],
			},
		},
		description: 'Max number of results to return',
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
				operation: ['getLineItems'],
			},
		},
		options: runOptions(provider, { retry: 'idempotent', list: true }),
	},
	{
		displayName: 'Checkout Session ID',
		name: 'checkoutSessionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['waitForStatus'],
			},
		},
		description: 'ID of the checkout session (cs_...)',
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
				name: 'Completed',
				value: 'complete',
				description: 'The customer finished checkout; the payment may still be pending',
			},
			{
				name: 'Expired',
				value: 'expired',
				description: 'Expired or expired by an API call; final',
			},
			{
				name: 'No Payment Required',
				value: 'no_payment_required',
				description: 'Completed with nothing to collect now (setup mode, a free trial or a fully discounted order): ready to fulfil, as Stripe advises for paid sessions; final',
			},
			{
				name: 'Open',
				value: 'open',
				description: 'Created, waiting for the customer',
			},
			{
				name: 'Paid',
				value: 'paid',
				description: 'Payment status is paid (funds are available); final',
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
	{
		displayName: 'Specify Body',
		name: 'bodyInput',
		type: 'options',
		options: bodyInputOptions,
		default: 'fields',
		displayOptions: {
			show: {
				resource: ['customerSession'],
				operation: ['create'],
			},
		},
		description: 'Fill the fields below, or give the whole request body as JSON',
	},
	{
		displayName: 'Components',
		name: 'components',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Active Entitlements',
				name: 'active_entitlements',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Buy Button',
				name: 'buy_button',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Enabled',
						name: 'enabled',
						type: 'boolean',
						default: true,
						description: 'Whether the buy button may use this customer',
					},
				],
			},
			{
				displayName: 'Customer Portal',
				name: 'customer_portal',
				type: 'json',
				default: '{}',
			},
			{
				displayName: 'Customer Sheet',
				name: 'customer_sheet',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Enabled',
						name: 'enabled',
						type: 'boolean',
						default: true,
						description: 'Whether the customer sheet may use this customer',
					},
					{
						displayName: 'Features',
						name: 'features',
						type: 'collection',
						placeholder: 'Add Field',
						default: {},
						options: [
							{
								displayName: 'Payment Method Allow Redisplay Filters',
								name: 'payment_method_allow_redisplay_filters',
								type: 'multiOptions',
								options: paymentMethodAllowRedisplayFiltersOptions,
								default: [],
								description: 'Saved payment methods shown, by their allow_redisplay value',
							},
							{
								displayName: 'Payment Method Remove',
								name: 'payment_method_remove',
								type: 'options',
								options: paymentMethodRemoveOptions,
								default: 'disabled',
								description: 'Whether the customer may remove saved payment methods',
							},
						],
					},
				],
			},
			{
				displayName: 'Mobile Payment Element',
				name: 'mobile_payment_element',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Enabled',
						name: 'enabled',
						type: 'boolean',
						default: true,
						description: 'Whether the mobile Payment Element may use this customer',
					},
					{
						displayName: 'Features',
						name: 'features',
						type: 'collection',
						placeholder: 'Add Field',
						default: {},
						options: [
							{
								displayName: 'Payment Method Allow Redisplay Filters',
								name: 'payment_method_allow_redisplay_filters',
								type: 'multiOptions',
								options: paymentMethodAllowRedisplayFiltersOptions,
								default: [],
								description: 'Saved payment methods shown, by their allow_redisplay value',
							},
							{
								displayName: 'Payment Method Redisplay',
								name: 'payment_method_redisplay',
								type: 'options',
								options: paymentMethodRemoveOptions,
								default: 'disabled',
								description: 'Whether saved payment methods are shown',
							},
							{
								displayName: 'Payment Method Remove',
								name: 'payment_method_remove',
								type: 'options',
								options: paymentMethodRemoveOptions,
								default: 'disabled',
								description: 'Whether the customer may remove saved payment methods',
							},
							{
								displayName: 'Payment Method Save',
								name: 'payment_method_save',
								type: 'options',
								options: paymentMethodRemoveOptions,
								default: 'disabled',
								description: 'Whether the customer may save a new payment method',
							},
							{
								displayName: 'Payment Method Save Allow Redisplay Override',
								name: 'payment_method_save_allow_redisplay_override',
								type: 'options',
								options: paymentMethodAllowRedisplayFiltersOptions,
								default: 'always',
								description: 'The allow_redisplay value given to a newly saved payment method',
							},
						],
					},
				],
			},
			{
				displayName: 'Payment Element',
				name: 'payment_element',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Enabled',
						name: 'enabled',
						type: 'boolean',
						default: true,
						description: 'Whether the Payment Element may use this customer',
					},
					{
						displayName: 'Features',
						name: 'features',
						type: 'collection',
						placeholder: 'Add Field',
						default: {},
						options: [
							{
								displayName: 'Payment Method Allow Redisplay Filters',
								name: 'payment_method_allow_redisplay_filters',
								type: 'multiOptions',
								options: paymentMethodAllowRedisplayFiltersOptions,
								default: [],
								description: 'Saved payment methods shown, by their allow_redisplay value',
							},
							{
								displayName: 'Payment Method Redisplay',
								name: 'payment_method_redisplay',
								type: 'options',
								options: paymentMethodRemoveOptions,
								default: 'disabled',
								description: 'Whether saved payment methods are shown',
							},
							{
								displayName: 'Payment Method Redisplay Limit',
								name: 'payment_method_redisplay_limit',
								type: 'number',
								default: 3,
								typeOptions: {
									numberPrecision: 0,
								},
								description: 'How many saved payment methods are shown at most',
							},
							{
								displayName: 'Payment Method Remove',
								name: 'payment_method_remove',
								type: 'options',
								options: paymentMethodRemoveOptions,
								default: 'disabled',
								description: 'Whether the customer may remove saved payment methods',
							},
							{
								displayName: 'Payment Method Save',
								name: 'payment_method_save',
								type: 'options',
								options: paymentMethodRemoveOptions,
								default: 'disabled',
								description: 'Whether the customer may save a new payment method',
							},
							{
								displayName: 'Payment Method Save Usage',
								name: 'payment_method_save_usage',
								type: 'options',
								options: [
									{
										name: 'Off Session',
										value: 'off_session',
									},
									{
										name: 'On Session',
										value: 'on_session',
									},
								],
								default: 'off_session',
								description: 'How a newly saved payment method will be used',
							},
						],
					},
				],
			},
			{
				displayName: 'Pricing Table',
				name: 'pricing_table',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Enabled',
						name: 'enabled',
						type: 'boolean',
						default: true,
						description: 'Whether the pricing table may use this customer',
					},
				],
			},
		],
		required: true,
		description: 'Which client-side components the session grants access to; at least one must be enabled',
		displayOptions: {
			show: {
				resource: ['customerSession'],
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
				resource: ['customerSession'],
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
				resource: ['customerSession'],
				operation: ['create'],
				bodyInput: ['fields'],
			},
		},
		options: [
			{
				displayName: 'Customer Account ID',
				name: 'customer_account',
				type: 'string',
				default: '',
				description: 'ID of an existing account (acct_...) the session is for, instead of a customer',
			},
			{
				displayName: 'Customer ID',
				name: 'customer',
				type: 'string',
				default: '',
				description: 'ID of an existing customer (cus_...) the session is for',
			},
			{
				displayName: 'Expand',
				name: 'expand',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Expand, comma-separated',
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
				resource: ['customerSession'],
				operation: ['create'],
			},
		},
		options: runOptions(provider, { retry: 'idempotencyKey' }),
	},
];
