// GENERATED from schemas/stripe/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import { hooks } from '../hooks';
import type { FieldSpec, ProviderSpec, ValidatorTable } from '../../shared/types';
import * as compiled from './validators';

const validators: ValidatorTable = compiled;

const adjustableQuantityFields: FieldSpec[] = [
	{
		field: 'enabled',
		param: 'enabled',
		displayName: 'Enabled',
		kind: 'value',
	},
	{
		field: 'maximum',
		param: 'maximum',
		displayName: 'Maximum',
		kind: 'value',
	},
	{
		field: 'minimum',
		param: 'minimum',
		displayName: 'Minimum',
		kind: 'value',
	},
];

const priceDataFields: FieldSpec[] = [
	{
		field: 'currency',
		param: 'currency',
		displayName: 'Currency',
		kind: 'value',
	},
	{
		field: 'product_data',
		param: 'product_data',
		displayName: 'Product Data',
		kind: 'object',
		fields: [
			{
				field: 'description',
				param: 'description',
				displayName: 'Description',
				kind: 'value',
			},
			{
				field: 'images',
				param: 'images',
				displayName: 'Images',
				kind: 'value',
				split: true,
			},
			{
				field: 'metadata',
				param: 'metadata',
				displayName: 'Metadata',
				kind: 'map',
				group: 'entry',
			},
			{
				field: 'name',
				param: 'name',
				displayName: 'Name',
				kind: 'value',
			},
			{
				field: 'tax_code',
				param: 'tax_code',
				displayName: 'Tax Code',
				kind: 'value',
			},
			{
				field: 'tax_details',
				param: 'tax_details',
				displayName: 'Tax Details',
				kind: 'json',
			},
			{
				field: 'unit_label',
				param: 'unit_label',
				displayName: 'Unit Label',
				kind: 'value',
			},
		],
	},
	{
		field: 'product',
		param: 'product',
		displayName: 'Product ID',
		kind: 'value',
	},
	{
		field: 'recurring',
		param: 'recurring',
		displayName: 'Recurring',
		kind: 'object',
		fields: [
			{
				field: 'interval',
				param: 'interval',
				displayName: 'Interval',
				kind: 'value',
			},
			{
				field: 'interval_count',
				param: 'interval_count',
				displayName: 'Interval Count',
				kind: 'value',
			},
		],
	},
	{
		field: 'tax_behavior',
		param: 'tax_behavior',
		displayName: 'Tax Behavior',
		kind: 'value',
	},
	{
		field: 'unit_amount',
		param: 'unit_amount',
		displayName: 'Unit Amount',
		kind: 'value',
	},
	{
		field: 'unit_amount_decimal',
		param: 'unit_amount_decimal',
		displayName: 'Unit Amount Decimal',
		kind: 'value',
	},
];

// Shared by phone_number_collection, buy_button, pricing_table.
const phoneNumberCollectionFields: FieldSpec[] = [
	{
		field: 'enabled',
		param: 'enabled',
		displayName: 'Enabled',
		kind: 'value',
	},
];

const shippingOptionFields: FieldSpec[] = [
	{
		field: 'shipping_rate_data',
		param: 'shipping_rate_data',
		displayName: 'Shipping Rate Data',
		kind: 'object',
		fields: [
			{
				field: 'delivery_estimate',
				param: 'delivery_estimate',
				displayName: 'Delivery Estimate',
				kind: 'json',
			},
			{
				field: 'display_name',
				param: 'display_name',
				displayName: 'Display Name',
				kind: 'value',
			},
			{
				field: 'fixed_amount',
				param: 'fixed_amount',
				displayName: 'Fixed Amount',
				kind: 'object',
				fields: [
					{
						field: 'amount',
						param: 'amount',
						displayName: 'Amount',
						kind: 'value',
					},
					{
						field: 'currency',
						param: 'currency',
						displayName: 'Currency',
						kind: 'value',
					},
					{
						field: 'currency_options',
						param: 'currency_options',
						displayName: 'Currency Options',
						kind: 'json',
					},
				],
			},
			{
				field: 'metadata',
				param: 'metadata',
				displayName: 'Metadata',
				kind: 'map',
				group: 'entry',
			},
			{
				field: 'tax_behavior',
				param: 'tax_behavior',
				displayName: 'Tax Behavior',
				kind: 'value',
			},
			{
				field: 'tax_code',
				param: 'tax_code',
				displayName: 'Tax Code',
				kind: 'value',
			},
			{
				field: 'type',
				param: 'type',
				displayName: 'Type',
				kind: 'value',
			},
		],
	},
	{
		field: 'shipping_rate',
		param: 'shipping_rate',
		displayName: 'Shipping Rate ID',
		kind: 'value',
	},
];

/** Operation table of Stripe: what the shared runtime needs to call the API. */
export const provider: ProviderSpec = {
	id: 'stripe',
	displayName: 'Stripe',
	credentials: [
		{
			name: 'stripeSessionsApi',
			baseUrl: {
				values: {
					default: 'https://api.stripe.com',
				},
				override: 'baseUrl',
			},
			secrets: ['secretKey'],
			auth: {
				headers: [
					{
						name: 'Authorization',
						value: 'Bearer {secretKey}',
					},
					{
						name: 'Stripe-Version',
						value: '{apiVersion}',
						when: 'apiVersion',
					},
				],
			},
			test: {
				method: 'GET',
				path: '/v1/checkout/sessions',
				qs: {
					limit: 1,
				},
			},
		},
	],
	transport: {
		rateLimit: {
			requests: 25,
			perSeconds: 1,
		},
		idempotencyHeader: 'Idempotency-Key',
	},
	hooks: hooks,
	operations: {
		'checkoutSession.create': {
			resource: 'checkoutSession',
			name: 'create',
			method: 'POST',
			path: '/v1/checkout/sessions',
			pathParams: [],
			idempotent: false,
			idempotencyKey: true,
			body: {
				required: [
					{
						field: 'mode',
						param: 'mode',
						displayName: 'Mode',
						kind: 'value',
					},
				],
				optional: [
					{
						field: 'adaptive_pricing',
						param: 'adaptive_pricing',
						displayName: 'Adaptive Pricing',
						kind: 'json',
					},
					{
						field: 'after_expiration',
						param: 'after_expiration',
						displayName: 'After Expiration',
						kind: 'json',
					},
					{
						field: 'allow_promotion_codes',
						param: 'allow_promotion_codes',
						displayName: 'Allow Promotion Codes',
						kind: 'value',
					},
					{
						field: 'allowed_payment_method_types',
						param: 'allowed_payment_method_types',
						displayName: 'Allowed Payment Method Types',
						kind: 'value',
						split: true,
					},
					{
						field: 'automatic_tax',
						param: 'automatic_tax',
						displayName: 'Automatic Tax',
						kind: 'object',
						fields: [
							{
								field: 'address_collection_precision',
								param: 'address_collection_precision',
								displayName: 'Address Collection Precision',
								kind: 'value',
							},
							{
								field: 'enabled',
								param: 'enabled',
								displayName: 'Enabled',
								kind: 'value',
							},
							{
								field: 'liability',
								param: 'liability',
								displayName: 'Liability',
								kind: 'json',
							},
						],
					},
					{
						field: 'billing_address_collection',
						param: 'billing_address_collection',
						displayName: 'Billing Address Collection',
						kind: 'value',
					},
					{
						field: 'branding_settings',
						param: 'branding_settings',
						displayName: 'Branding Settings',
						kind: 'json',
					},
					{
						field: 'cancel_url',
						param: 'cancel_url',
						displayName: 'Cancel URL',
						kind: 'value',
					},
					{
						field: 'client_reference_id',
						param: 'client_reference_id',
						displayName: 'Client Reference ID',
						kind: 'value',
					},
					{
						field: 'consent_collection',
						param: 'consent_collection',
						displayName: 'Consent Collection',
						kind: 'json',
					},
					{
						field: 'currency',
						param: 'currency',
						displayName: 'Currency',
						kind: 'value',
					},
					{
						field: 'custom_fields',
						param: 'custom_fields',
						displayName: 'Custom Fields',
						kind: 'json',
					},
					{
						field: 'custom_text',
						param: 'custom_text',
						displayName: 'Custom Text',
						kind: 'json',
					},
					{
						field: 'customer_account',
						param: 'customer_account',
						displayName: 'Customer Account',
						kind: 'value',
					},
					{
						field: 'customer_creation',
						param: 'customer_creation',
						displayName: 'Customer Creation',
						kind: 'value',
					},
					{
						field: 'customer_email',
						param: 'customer_email',
						displayName: 'Customer Email',
						kind: 'value',
					},
					{
						field: 'customer',
						param: 'customer',
						displayName: 'Customer ID',
						kind: 'value',
					},
					{
						field: 'customer_update',
						param: 'customer_update',
						displayName: 'Customer Update',
						kind: 'json',
					},
					{
						field: 'discounts',
						param: 'discounts',
						displayName: 'Discounts',
						kind: 'list',
						group: 'discount',
						fields: [
							{
								field: 'coupon',
								param: 'coupon',
								displayName: 'Coupon ID',
								kind: 'value',
							},
							{
								field: 'promotion_code',
								param: 'promotion_code',
								displayName: 'Promotion Code ID',
								kind: 'value',
							},
						],
					},
					{
						field: 'excluded_payment_method_types',
						param: 'excluded_payment_method_types',
						displayName: 'Excluded Payment Method Types',
						kind: 'value',
						split: true,
					},
					{
						field: 'expand',
						param: 'expand',
						displayName: 'Expand',
						kind: 'value',
						split: true,
					},
					{
						field: 'expires_at',
						param: 'expires_at',
						displayName: 'Expires At',
						kind: 'value',
					},
					{
						field: 'integration_identifier',
						param: 'integration_identifier',
						displayName: 'Integration Identifier',
						kind: 'value',
					},
					{
						field: 'invoice_creation',
						param: 'invoice_creation',
						displayName: 'Invoice Creation',
						kind: 'json',
					},
					{
						field: 'line_items',
						param: 'line_items',
						displayName: 'Line Items',
						kind: 'list',
						group: 'lineItem',
						fields: [
							{
								field: 'adjustable_quantity',
								param: 'adjustable_quantity',
								displayName: 'Adjustable Quantity',
								kind: 'object',
								fields: adjustableQuantityFields,
							},
							{
								field: 'metadata',
								param: 'metadata',
								displayName: 'Metadata',
								kind: 'map',
								group: 'entry',
							},
							{
								field: 'price_data',
								param: 'price_data',
								displayName: 'Price Data',
								kind: 'object',
								fields: priceDataFields,
							},
							{
								field: 'price',
								param: 'price',
								displayName: 'Price ID',
								kind: 'value',
							},
							{
								field: 'quantity',
								param: 'quantity',
								displayName: 'Quantity',
								kind: 'json',
							},
							{
								field: 'tax_rates',
								param: 'tax_rates',
								displayName: 'Tax Rate IDs',
								kind: 'value',
								split: true,
							},
						],
					},
					{
						field: 'locale',
						param: 'locale',
						displayName: 'Locale',
						kind: 'value',
					},
					{
						field: 'managed_payments',
						param: 'managed_payments',
						displayName: 'Managed Payments',
						kind: 'json',
					},
					{
						field: 'metadata',
						param: 'metadata',
						displayName: 'Metadata',
						kind: 'map',
						group: 'entry',
					},
					{
						field: 'name_collection',
						param: 'name_collection',
						displayName: 'Name Collection',
						kind: 'json',
					},
					{
						field: 'optional_items',
						param: 'optional_items',
						displayName: 'Optional Items',
						kind: 'json',
					},
					{
						field: 'origin_context',
						param: 'origin_context',
						displayName: 'Origin Context',
						kind: 'value',
					},
					{
						field: 'payment_intent_data',
						param: 'payment_intent_data',
						displayName: 'Payment Intent Data',
						kind: 'json',
					},
					{
						field: 'payment_method_collection',
						param: 'payment_method_collection',
						displayName: 'Payment Method Collection',
						kind: 'value',
					},
					{
						field: 'payment_method_configuration',
						param: 'payment_method_configuration',
						displayName: 'Payment Method Configuration',
						kind: 'value',
					},
					{
						field: 'payment_method_data',
						param: 'payment_method_data',
						displayName: 'Payment Method Data',
						kind: 'json',
					},
					{
						field: 'payment_method_options',
						param: 'payment_method_options',
						displayName: 'Payment Method Options',
						kind: 'json',
					},
					{
						field: 'permissions',
						param: 'permissions',
						displayName: 'Permissions',
						kind: 'json',
					},
					{
						field: 'phone_number_collection',
						param: 'phone_number_collection',
						displayName: 'Phone Number Collection',
						kind: 'object',
						fields: phoneNumberCollectionFields,
					},
					{
						field: 'redirect_on_completion',
						param: 'redirect_on_completion',
						displayName: 'Redirect On Completion',
						kind: 'value',
					},
					{
						field: 'return_url',
						param: 'return_url',
						displayName: 'Return URL',
						kind: 'value',
					},
					{
						field: 'saved_payment_method_options',
						param: 'saved_payment_method_options',
						displayName: 'Saved Payment Method Options',
						kind: 'json',
					},
					{
						field: 'setup_intent_data',
						param: 'setup_intent_data',
						displayName: 'Setup Intent Data',
						kind: 'json',
					},
					{
						field: 'shipping_address_collection',
						param: 'shipping_address_collection',
						displayName: 'Shipping Address Collection',
						kind: 'object',
						fields: [
							{
								field: 'allowed_countries',
								param: 'allowed_countries',
								displayName: 'Allowed Countries',
								kind: 'value',
								split: true,
							},
						],
					},
					{
						field: 'shipping_options',
						param: 'shipping_options',
						displayName: 'Shipping Options',
						kind: 'list',
						group: 'shippingOption',
						fields: shippingOptionFields,
					},
					{
						field: 'submit_type',
						param: 'submit_type',
						displayName: 'Submit Type',
						kind: 'value',
					},
					{
						field: 'subscription_data',
						param: 'subscription_data',
						displayName: 'Subscription Data',
						kind: 'json',
					},
					{
						field: 'success_url',
						param: 'success_url',
						displayName: 'Success URL',
						kind: 'value',
					},
					{
						field: 'tax_id_collection',
						param: 'tax_id_collection',
						displayName: 'Tax ID Collection',
						kind: 'object',
						fields: [
							{
								field: 'enabled',
								param: 'enabled',
								displayName: 'Enabled',
								kind: 'value',
							},
							{
								field: 'required',
								param: 'required',
								displayName: 'Required',
								kind: 'value',
							},
						],
					},
					{
						field: 'ui_mode',
						param: 'ui_mode',
						displayName: 'UI Mode',
						kind: 'value',
					},
					{
						field: 'wallet_options',
						param: 'wallet_options',
						displayName: 'Wallet Options',
						kind: 'json',
					},
				],
				collection: 'additionalFields',
				encoding: 'form',
				validator: 'checkoutSession_create_body',
			},
		},
		'checkoutSession.get': {
			resource: 'checkoutSession',
			name: 'get',
			method: 'GET',
			path: '/v1/checkout/sessions/{session}',
			pathParams: [
				{
					name: 'session',
					param: 'checkoutSessionId',
					displayName: 'Checkout Session ID',
					valueType: 'string',
				},
			],
			idempotent: true,
		},
		'checkoutSession.getAll': {
			resource: 'checkoutSession',
			name: 'getAll',
			method: 'GET',
			path: '/v1/checkout/sessions',
			pathParams: [],
			idempotent: true,
			query: {
				fields: [
					{
						field: 'created',
						param: 'created',
						displayName: 'Created',
						kind: 'object',
						fields: [
							{
								field: 'gt',
								param: 'gt',
								displayName: 'After (Unix Seconds)',
								kind: 'value',
							},
							{
								field: 'gte',
								param: 'gte',
								displayName: 'At or After (Unix Seconds)',
								kind: 'value',
							},
							{
								field: 'lte',
								param: 'lte',
								displayName: 'At or Before (Unix Seconds)',
								kind: 'value',
							},
							{
								field: 'lt',
								param: 'lt',
								displayName: 'Before (Unix Seconds)',
								kind: 'value',
							},
						],
					},
					{
						field: 'customer_account',
						param: 'customer_account',
						displayName: 'Customer Account',
						kind: 'value',
					},
					{
						field: 'customer_details',
						param: 'customer_details',
						displayName: 'Customer Details',
						kind: 'object',
						fields: [
							{
								field: 'email',
								param: 'email',
								displayName: 'Email',
								kind: 'value',
							},
						],
					},
					{
						field: 'customer',
						param: 'customer',
						displayName: 'Customer ID',
						kind: 'value',
					},
					{
						field: 'expand',
						param: 'expand',
						displayName: 'Expand',
						kind: 'value',
						split: true,
					},
					{
						field: 'payment_intent',
						param: 'payment_intent',
						displayName: 'Payment Intent ID',
						kind: 'value',
					},
					{
						field: 'payment_link',
						param: 'payment_link',
						displayName: 'Payment Link ID',
						kind: 'value',
					},
					{
						field: 'status',
						param: 'status',
						displayName: 'Status',
						kind: 'value',
					},
					{
						field: 'subscription',
						param: 'subscription',
						displayName: 'Subscription ID',
						kind: 'value',
					},
				],
				validator: 'checkoutSession_getAll_query',
			},
			pagination: {
				style: 'idCursor',
				itemsPath: 'data',
				limitParam: 'limit',
				maxLimit: 100,
				cursorParam: 'starting_after',
				cursorField: 'id',
				hasMore: {
					path: 'has_more',
				},
				idField: 'id',
			},
		},
		'checkoutSession.update': {
			resource: 'checkoutSession',
			name: 'update',
			method: 'POST',
			path: '/v1/checkout/sessions/{session}',
			pathParams: [
				{
					name: 'session',
					param: 'checkoutSessionId',
					displayName: 'Checkout Session ID',
					valueType: 'string',
				},
			],
			idempotent: false,
			idempotencyKey: true,
			body: {
				required: [],
				optional: [
					{
						field: 'collected_information',
						param: 'collected_information',
						displayName: 'Collected Information',
						kind: 'object',
						fields: [
							{
								field: 'shipping_details',
								param: 'shipping_details',
								displayName: 'Shipping Details',
								kind: 'object',
								fields: [
									{
										field: 'address',
										param: 'address',
										displayName: 'Address',
										kind: 'object',
										fields: [
											{
												field: 'city',
												param: 'city',
												displayName: 'City',
												kind: 'value',
											},
											{
												field: 'country',
												param: 'country',
												displayName: 'Country',
												kind: 'value',
											},
											{
												field: 'line1',
												param: 'line1',
												displayName: 'Line 1',
												kind: 'value',
											},
											{
												field: 'line2',
												param: 'line2',
												displayName: 'Line 2',
												kind: 'value',
											},
											{
												field: 'postal_code',
												param: 'postal_code',
												displayName: 'Postal Code',
												kind: 'value',
											},
											{
												field: 'state',
												param: 'state',
												displayName: 'State',
												kind: 'value',
											},
										],
									},
									{
										field: 'name',
										param: 'name',
										displayName: 'Name',
										kind: 'value',
									},
								],
							},
						],
					},
					{
						field: 'expand',
						param: 'expand',
						displayName: 'Expand',
						kind: 'value',
						split: true,
					},
					{
						field: 'line_items',
						param: 'line_items',
						displayName: 'Line Items',
						kind: 'list',
						group: 'lineItem',
						fields: [
							{
								field: 'adjustable_quantity',
								param: 'adjustable_quantity',
								displayName: 'Adjustable Quantity',
								kind: 'object',
								fields: adjustableQuantityFields,
							},
							{
								field: 'id',
								param: 'id',
								displayName: 'Line Item ID',
								kind: 'value',
							},
							{
								field: 'metadata',
								param: 'metadata',
								displayName: 'Metadata',
								kind: 'map',
								group: 'entry',
							},
							{
								field: 'price_data',
								param: 'price_data',
								displayName: 'Price Data',
								kind: 'object',
								fields: priceDataFields,
							},
							{
								field: 'price',
								param: 'price',
								displayName: 'Price ID',
								kind: 'value',
							},
							{
								field: 'quantity',
								param: 'quantity',
								displayName: 'Quantity',
								kind: 'json',
							},
							{
								field: 'tax_rates',
								param: 'tax_rates',
								displayName: 'Tax Rate IDs',
								kind: 'value',
								split: true,
							},
						],
					},
					{
						field: 'metadata',
						param: 'metadata',
						displayName: 'Metadata',
						kind: 'map',
						group: 'entry',
					},
					{
						field: 'payment_intent_data',
						param: 'payment_intent_data',
						displayName: 'Payment Intent Data',
						kind: 'json',
					},
					{
						field: 'shipping_options',
						param: 'shipping_options',
						displayName: 'Shipping Options',
						kind: 'list',
						group: 'shippingOption',
						fields: shippingOptionFields,
					},
				],
				collection: 'updateFields',
				encoding: 'form',
				validator: 'checkoutSession_update_body',
			},
		},
		'checkoutSession.expire': {
			resource: 'checkoutSession',
			name: 'expire',
			method: 'POST',
			path: '/v1/checkout/sessions/{session}/expire',
			pathParams: [
				{
					name: 'session',
					param: 'checkoutSessionId',
					displayName: 'Checkout Session ID',
					valueType: 'string',
				},
			],
			idempotent: false,
			idempotencyKey: true,
		},
		'checkoutSession.getLineItems': {
			resource: 'checkoutSession',
			name: 'getLineItems',
			method: 'GET',
			path: '/v1/checkout/sessions/{session}/line_items',
			pathParams: [
				{
					name: 'session',
					param: 'checkoutSessionId',
					displayName: 'Checkout Session ID',
					valueType: 'string',
				},
			],
			idempotent: true,
			pagination: {
				style: 'idCursor',
				itemsPath: 'data',
				limitParam: 'limit',
				maxLimit: 100,
				cursorParam: 'starting_after',
				cursorField: 'id',
				hasMore: {
					path: 'has_more',
				},
				idField: 'id',
			},
		},
		'checkoutSession.waitForStatus': {
			resource: 'checkoutSession',
			name: 'waitForStatus',
			method: 'GET',
			path: '/v1/checkout/sessions/{session}',
			pathParams: [
				{
					name: 'session',
					param: 'checkoutSessionId',
					displayName: 'Checkout Session ID',
					valueType: 'string',
				},
			],
			idempotent: true,
			wait: {
				get: 'checkoutSession.get',
			},
		},
		'customerSession.create': {
			resource: 'customerSession',
			name: 'create',
			method: 'POST',
			path: '/v1/customer_sessions',
			pathParams: [],
			idempotent: false,
			idempotencyKey: true,
			body: {
				required: [
					{
						field: 'components',
						param: 'components',
						displayName: 'Components',
						kind: 'object',
						fields: [
							{
								field: 'active_entitlements',
								param: 'active_entitlements',
								displayName: 'Active Entitlements',
								kind: 'json',
							},
							{
								field: 'buy_button',
								param: 'buy_button',
								displayName: 'Buy Button',
								kind: 'object',
								fields: phoneNumberCollectionFields,
							},
							{
								field: 'customer_portal',
								param: 'customer_portal',
								displayName: 'Customer Portal',
								kind: 'json',
							},
							{
								field: 'customer_sheet',
								param: 'customer_sheet',
								displayName: 'Customer Sheet',
								kind: 'object',
								fields: [
									{
										field: 'enabled',
										param: 'enabled',
										displayName: 'Enabled',
										kind: 'value',
									},
									{
										field: 'features',
										param: 'features',
										displayName: 'Features',
										kind: 'object',
										fields: [
											{
												field: 'payment_method_allow_redisplay_filters',
												param: 'payment_method_allow_redisplay_filters',
												displayName: 'Payment Method Allow Redisplay Filters',
												kind: 'value',
											},
											{
												field: 'payment_method_remove',
												param: 'payment_method_remove',
												displayName: 'Payment Method Remove',
												kind: 'value',
											},
										],
									},
								],
							},
							{
								field: 'mobile_payment_element',
								param: 'mobile_payment_element',
								displayName: 'Mobile Payment Element',
								kind: 'object',
								fields: [
									{
										field: 'enabled',
										param: 'enabled',
										displayName: 'Enabled',
										kind: 'value',
									},
									{
										field: 'features',
										param: 'features',
										displayName: 'Features',
										kind: 'object',
										fields: [
											{
												field: 'payment_method_allow_redisplay_filters',
												param: 'payment_method_allow_redisplay_filters',
												displayName: 'Payment Method Allow Redisplay Filters',
												kind: 'value',
											},
											{
												field: 'payment_method_redisplay',
												param: 'payment_method_redisplay',
												displayName: 'Payment Method Redisplay',
												kind: 'value',
											},
											{
												field: 'payment_method_remove',
												param: 'payment_method_remove',
												displayName: 'Payment Method Remove',
												kind: 'value',
											},
											{
												field: 'payment_method_save',
												param: 'payment_method_save',
												displayName: 'Payment Method Save',
												kind: 'value',
											},
											{
												field: 'payment_method_save_allow_redisplay_override',
												param: 'payment_method_save_allow_redisplay_override',
												displayName: 'Payment Method Save Allow Redisplay Override',
												kind: 'value',
											},
										],
									},
								],
							},
							{
								field: 'payment_element',
								param: 'payment_element',
								displayName: 'Payment Element',
								kind: 'object',
								fields: [
									{
										field: 'enabled',
										param: 'enabled',
										displayName: 'Enabled',
										kind: 'value',
									},
									{
										field: 'features',
										param: 'features',
										displayName: 'Features',
										kind: 'object',
										fields: [
											{
												field: 'payment_method_allow_redisplay_filters',
												param: 'payment_method_allow_redisplay_filters',
												displayName: 'Payment Method Allow Redisplay Filters',
												kind: 'value',
											},
											{
												field: 'payment_method_redisplay',
												param: 'payment_method_redisplay',
												displayName: 'Payment Method Redisplay',
												kind: 'value',
											},
											{
												field: 'payment_method_redisplay_limit',
												param: 'payment_method_redisplay_limit',
												displayName: 'Payment Method Redisplay Limit',
												kind: 'value',
											},
											{
												field: 'payment_method_remove',
												param: 'payment_method_remove',
												displayName: 'Payment Method Remove',
												kind: 'value',
											},
											{
												field: 'payment_method_save',
												param: 'payment_method_save',
												displayName: 'Payment Method Save',
												kind: 'value',
											},
											{
												field: 'payment_method_save_usage',
												param: 'payment_method_save_usage',
												displayName: 'Payment Method Save Usage',
												kind: 'value',
											},
										],
									},
								],
							},
							{
								field: 'pricing_table',
								param: 'pricing_table',
								displayName: 'Pricing Table',
								kind: 'object',
								fields: phoneNumberCollectionFields,
							},
						],
					},
				],
				optional: [
					{
						field: 'customer_account',
						param: 'customer_account',
						displayName: 'Customer Account ID',
						kind: 'value',
					},
					{
						field: 'customer',
						param: 'customer',
						displayName: 'Customer ID',
						kind: 'value',
					},
					{
						field: 'expand',
						param: 'expand',
						displayName: 'Expand',
						kind: 'value',
						split: true,
					},
				],
				collection: 'additionalFields',
				encoding: 'form',
				validator: 'customerSession_create_body',
			},
		},
	},
	locators: {
		searchCheckoutSessions: {
			operation: 'checkoutSession.getAll',
			idField: 'id',
			labelField: 'id',
			statusField: 'status',
		},
	},
	trigger: {
		resource: 'checkoutSession',
		list: 'checkoutSession.getAll',
		get: 'checkoutSession.get',
		strategy: 'snapshot',
		order: {
			field: 'created',
			kind: 'unixSeconds',
		},
		idField: 'id',
		statusField: 'status',
		statusFilterParam: 'status',
		statuses: [
			{
				value: 'open',
				name: 'Open',
			},
			{
				value: 'complete',
				name: 'Completed',
			},
			{
				value: 'expired',
				name: 'Expired',
			},
			{
				value: 'paid',
				name: 'Paid',
				field: 'payment_status',
			},
		],
		terminalStatuses: ['expired', 'paid'],
		openHorizonHours: 72,
	},
	statuses: {
		checkoutSession: {
			field: 'status',
			values: [
				{
					value: 'open',
					name: 'Open',
					state: 'open',
				},
				{
					value: 'complete',
					name: 'Completed',
					state: 'processing',
				},
				{
					value: 'expired',
					name: 'Expired',
					state: 'expired',
					final: true,
				},
				{
					value: 'paid',
					name: 'Paid',
					state: 'paid',
					field: 'payment_status',
					final: true,
				},
			],
		},
	},
	validators: validators,
};
