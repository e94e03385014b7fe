// GENERATED from schemas/digitalriver/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import { hooks } from '../hooks';
import type { FieldSpec, ProviderSpec, ValidatorTable } from '../../shared/types';
import * as compiled from './validators';

const validators: ValidatorTable = compiled;

const addressFields: FieldSpec[] = [
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
		field: 'postalCode',
		param: 'postalCode',
		displayName: 'Postal Code',
		kind: 'value',
	},
	{
		field: 'state',
		param: 'state',
		displayName: 'State',
		kind: 'value',
	},
];

const shipFromFields: FieldSpec[] = [
	{
		field: 'address',
		param: 'address',
		displayName: 'Address',
		kind: 'object',
		fields: addressFields,
	},
];

// Shared by dropInCheckoutSession.create, checkout.create.
const requiredFields: FieldSpec[] = [
	{
		field: 'currency',
		param: 'currency',
		displayName: 'Currency',
		kind: 'value',
	},
	{
		field: 'items',
		param: 'items',
		displayName: 'Items',
		kind: 'list',
		group: 'item',
		fields: [
			{
				field: 'aggregatePrice',
				param: 'aggregatePrice',
				displayName: 'Aggregate Price',
				kind: 'value',
				omitIf: 0,
			},
			{
				field: 'discount',
				param: 'discount',
				displayName: 'Discount',
				kind: 'object',
				fields: [
					{
						field: 'amountOff',
						param: 'amountOff',
						displayName: 'Amount Off',
						kind: 'value',
					},
					{
						field: 'percentOff',
						param: 'percentOff',
						displayName: 'Percent Off',
						kind: 'value',
					},
					{
						field: 'quantity',
						param: 'quantity',
						displayName: 'Quantity',
						kind: 'value',
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
				field: 'price',
				param: 'price',
				displayName: 'Price',
				kind: 'value',
				omitIf: 0,
			},
			{
				field: 'productDetails',
				param: 'productDetails',
				displayName: 'Product Details',
				kind: 'object',
				fields: [
					{
						field: 'countryOfOrigin',
						param: 'countryOfOrigin',
						displayName: 'Country of Origin',
						kind: 'value',
					},
					{
						field: 'id',
						param: 'id',
						displayName: 'ID',
						kind: 'value',
					},
					{
						field: 'image',
						param: 'image',
						displayName: 'Image URL',
						kind: 'value',
					},
					{
						field: 'name',
						param: 'name',
						displayName: 'Name',
						kind: 'value',
					},
					{
						field: 'partNumber',
						param: 'partNumber',
						displayName: 'Part Number',
						kind: 'value',
					},
					{
						field: 'skuGroupId',
						param: 'skuGroupId',
						displayName: 'SKU Group ID',
						kind: 'value',
					},
					{
						field: 'url',
						param: 'url',
						displayName: 'URL',
						kind: 'value',
					},
					{
						field: 'weight',
						param: 'weight',
						displayName: 'Weight',
						kind: 'value',
					},
					{
						field: 'weightUnit',
						param: 'weightUnit',
						displayName: 'Weight Unit',
						kind: 'value',
					},
				],
			},
			{
				field: 'quantity',
				param: 'quantity',
				displayName: 'Quantity',
				kind: 'value',
				omitIf: 1,
			},
			{
				field: 'shipFrom',
				param: 'shipFrom',
				displayName: 'Ship From',
				kind: 'object',
				fields: shipFromFields,
			},
			{
				field: 'skuId',
				param: 'skuId',
				displayName: 'SKU ID',
				kind: 'value',
			},
			{
				field: 'subscriptionInfo',
				param: 'subscriptionInfo',
				displayName: 'Subscription Info',
				kind: 'object',
				fields: [
					{
						field: 'autoRenewal',
						param: 'autoRenewal',
						displayName: 'Auto Renewal',
						kind: 'value',
					},
					{
						field: 'billingAgreementId',
						param: 'billingAgreementId',
						displayName: 'Billing Agreement ID',
						kind: 'value',
					},
					{
						field: 'freeTrial',
						param: 'freeTrial',
						displayName: 'Free Trial',
						kind: 'value',
					},
					{
						field: 'planId',
						param: 'planId',
						displayName: 'Plan ID',
						kind: 'value',
					},
					{
						field: 'subscriptionId',
						param: 'subscriptionId',
						displayName: 'Subscription ID',
						kind: 'value',
					},
					{
						field: 'terms',
						param: 'terms',
						displayName: 'Terms',
						kind: 'value',
					},
				],
			},
		],
	},
];

// Shared by billTo, addresses, shipTo.
const billToFields: FieldSpec[] = [
	{
		field: 'address',
		param: 'address',
		displayName: 'Address',
		kind: 'object',
		fields: addressFields,
	},
	{
		field: 'email',
		param: 'email',
		displayName: 'Email',
		kind: 'value',
	},
	{
		field: 'name',
		param: 'name',
		displayName: 'Name',
		kind: 'value',
	},
	{
		field: 'organization',
		param: 'organization',
		displayName: 'Organization',
		kind: 'value',
	},
	{
		field: 'phone',
		param: 'phone',
		displayName: 'Phone',
		kind: 'value',
	},
];

// Shared by discount, shippingDiscount.
const discountFields: FieldSpec[] = [
	{
		field: 'amountOff',
		param: 'amountOff',
		displayName: 'Amount Off',
		kind: 'value',
	},
	{
		field: 'percentOff',
		param: 'percentOff',
		displayName: 'Percent Off',
		kind: 'value',
	},
];

const taxIdentifierFields: FieldSpec[] = [
	{
		field: 'id',
		param: 'id',
		displayName: 'ID',
		kind: 'value',
	},
];

const purchaseLocationFields: FieldSpec[] = [
	{
		field: 'country',
		param: 'country',
		displayName: 'Country',
		kind: 'value',
	},
	{
		field: 'postalCode',
		param: 'postalCode',
		displayName: 'Postal Code',
		kind: 'value',
	},
	{
		field: 'state',
		param: 'state',
		displayName: 'State',
		kind: 'value',
	},
];

const shippingChoiceFields: FieldSpec[] = [
	{
		field: 'amount',
		param: 'amount',
		displayName: 'Amount',
		kind: 'value',
	},
	{
		field: 'serviceLevel',
		param: 'serviceLevel',
		displayName: 'Service Level',
		kind: 'value',
	},
	{
		field: 'shippingTerms',
		param: 'shippingTerms',
		displayName: 'Shipping Terms',
		kind: 'value',
	},
];

// Shared by createdTime, updatedTime.
const timeFields: FieldSpec[] = [
	{
		field: 'gt',
		param: 'gt',
		displayName: 'After',
		kind: 'value',
	},
	{
		field: 'gte',
		param: 'gte',
		displayName: 'At or After',
		kind: 'value',
	},
	{
		field: 'lte',
		param: 'lte',
		displayName: 'At or Before',
		kind: 'value',
	},
	{
		field: 'lt',
		param: 'lt',
		displayName: 'Before',
		kind: 'value',
	},
	{
		field: 'eq',
		param: 'eq',
		displayName: 'Equal To',
		kind: 'value',
	},
];

/** Operation table of Digital River: what the shared runtime needs to call the API. */
export const provider: ProviderSpec = {
	id: 'digitalriver',
	displayName: 'Digital River',
	credentials: [
		{
			name: 'digitalRiverSessionsApi',
			baseUrl: {
				values: {
					default: 'https://api.digitalriver.com',
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
						name: 'DigitalRiver-Version',
						value: '{apiVersion}',
						when: 'apiVersion',
					},
				],
			},
			test: {
				method: 'GET',
				path: '/checkouts',
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
		queryArrayFormat: 'repeat',
	},
	hooks: hooks,
	operations: {
		'dropInCheckoutSession.create': {
			resource: 'dropInCheckoutSession',
			name: 'create',
			method: 'POST',
			path: '/drop-in/checkout-sessions',
			pathParams: [],
			idempotent: false,
			body: {
				required: requiredFields,
				optional: [
					{
						field: 'billTo',
						param: 'billTo',
						displayName: 'Bill To',
						kind: 'object',
						fields: billToFields,
					},
					{
						field: 'browserIp',
						param: 'browserIp',
						displayName: 'Browser IP',
						kind: 'value',
					},
					{
						field: 'chargeType',
						param: 'chargeType',
						displayName: 'Charge Type',
						kind: 'value',
					},
					{
						field: 'options',
						param: 'options',
						displayName: 'Checkout Options',
						kind: 'object',
						fields: [
							{
								field: 'addresses',
								param: 'addresses',
								displayName: 'Saved Addresses',
								kind: 'list',
								group: 'addresse',
								fields: billToFields,
							},
							{
								field: 'shippingMethods',
								param: 'shippingMethods',
								displayName: 'Shipping Methods',
								kind: 'list',
								group: 'shippingMethod',
								fields: [
									{
										field: 'amount',
										param: 'amount',
										displayName: 'Amount',
										kind: 'value',
									},
									{
										field: 'description',
										param: 'description',
										displayName: 'Description',
										kind: 'value',
									},
									{
										field: 'serviceLevel',
										param: 'serviceLevel',
										displayName: 'Service Level',
										kind: 'value',
									},
								],
							},
						],
					},
					{
						field: 'customerId',
						param: 'customerId',
						displayName: 'Customer ID',
						kind: 'value',
					},
					{
						field: 'customerType',
						param: 'customerType',
						displayName: 'Customer Type',
						kind: 'value',
					},
					{
						field: 'discount',
						param: 'discount',
						displayName: 'Discount',
						kind: 'object',
						fields: discountFields,
					},
					{
						field: 'email',
						param: 'email',
						displayName: 'Email',
						kind: 'value',
					},
					{
						field: 'language',
						param: 'language',
						displayName: 'Language',
						kind: 'value',
					},
					{
						field: 'locale',
						param: 'locale',
						displayName: 'Locale',
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
						field: 'redirects',
						param: 'redirects',
						displayName: 'Redirects',
						kind: 'object',
						fields: [
							{
								field: 'cancelUrl',
								param: 'cancelUrl',
								displayName: 'Cancel URL',
								kind: 'value',
							},
							{
								field: 'successUrl',
								param: 'successUrl',
								displayName: 'Success URL',
								kind: 'value',
							},
						],
					},
					{
						field: 'shipFrom',
						param: 'shipFrom',
						displayName: 'Ship From',
						kind: 'object',
						fields: shipFromFields,
					},
					{
						field: 'shipTo',
						param: 'shipTo',
						displayName: 'Ship To',
						kind: 'object',
						fields: billToFields,
					},
					{
						field: 'shippingDiscount',
						param: 'shippingDiscount',
						displayName: 'Shipping Discount',
						kind: 'object',
						fields: discountFields,
					},
					{
						field: 'style',
						param: 'style',
						displayName: 'Style',
						kind: 'json',
					},
					{
						field: 'taxIdentifiers',
						param: 'taxIdentifiers',
						displayName: 'Tax Identifiers',
						kind: 'list',
						group: 'taxIdentifier',
						fields: taxIdentifierFields,
					},
					{
						field: 'taxInclusive',
						param: 'taxInclusive',
						displayName: 'Tax Inclusive',
						kind: 'value',
					},
					{
						field: 'upstreamId',
						param: 'upstreamId',
						displayName: 'Upstream ID',
						kind: 'value',
					},
				],
				collection: 'additionalFields',
				encoding: 'json',
				validator: 'dropInCheckoutSession_create_body',
			},
		},
		'checkout.create': {
			resource: 'checkout',
			name: 'create',
			method: 'POST',
			path: '/checkouts',
			pathParams: [],
			idempotent: false,
			body: {
				required: requiredFields,
				optional: [
					{
						field: 'applicationId',
						param: 'applicationId',
						displayName: 'Application ID',
						kind: 'value',
					},
					{
						field: 'billTo',
						param: 'billTo',
						displayName: 'Bill To',
						kind: 'object',
						fields: billToFields,
					},
					{
						field: 'browserIp',
						param: 'browserIp',
						displayName: 'Browser IP',
						kind: 'value',
					},
					{
						field: 'chargeType',
						param: 'chargeType',
						displayName: 'Charge Type',
						kind: 'value',
					},
					{
						field: 'customerId',
						param: 'customerId',
						displayName: 'Customer ID',
						kind: 'value',
					},
					{
						field: 'customerType',
						param: 'customerType',
						displayName: 'Customer Type',
						kind: 'value',
					},
					{
						field: 'discount',
						param: 'discount',
						displayName: 'Discount',
						kind: 'object',
						fields: discountFields,
					},
					{
						field: 'email',
						param: 'email',
						displayName: 'Email',
						kind: 'value',
					},
					{
						field: 'invoiceAttributeId',
						param: 'invoiceAttributeId',
						displayName: 'Invoice Attribute ID',
						kind: 'value',
					},
					{
						field: 'locale',
						param: 'locale',
						displayName: 'Locale',
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
						field: 'purchaseLocation',
						param: 'purchaseLocation',
						displayName: 'Purchase Location',
						kind: 'object',
						fields: purchaseLocationFields,
					},
					{
						field: 'shipFrom',
						param: 'shipFrom',
						displayName: 'Ship From',
						kind: 'object',
						fields: shipFromFields,
					},
					{
						field: 'shipTo',
						param: 'shipTo',
						displayName: 'Ship To',
						kind: 'object',
						fields: billToFields,
					},
					{
						field: 'shippingChoice',
						param: 'shippingChoice',
						displayName: 'Shipping Choice',
						kind: 'object',
						fields: shippingChoiceFields,
					},
					{
						field: 'shippingDiscount',
						param: 'shippingDiscount',
						displayName: 'Shipping Discount',
						kind: 'object',
						fields: discountFields,
					},
					{
						field: 'sourceId',
						param: 'sourceId',
						displayName: 'Source ID',
						kind: 'value',
					},
					{
						field: 'taxIdentifiers',
						param: 'taxIdentifiers',
						displayName: 'Tax Identifiers',
						kind: 'list',
						group: 'taxIdentifier',
						fields: taxIdentifierFields,
					},
					{
						field: 'taxInclusive',
						param: 'taxInclusive',
						displayName: 'Tax Inclusive',
						kind: 'value',
					},
					{
						field: 'upstreamId',
						param: 'upstreamId',
						displayName: 'Upstream ID',
						kind: 'value',
					},
				],
				collection: 'additionalFields',
				encoding: 'json',
				validator: 'checkout_create_body',
			},
		},
		'checkout.get': {
			resource: 'checkout',
			name: 'get',
			method: 'GET',
			path: '/checkouts/{id}',
			pathParams: [
				{
					name: 'id',
					param: 'checkoutId',
					displayName: 'Checkout ID',
					valueType: 'string',
				},
			],
			idempotent: true,
		},
		'checkout.getAll': {
			resource: 'checkout',
			name: 'getAll',
			method: 'GET',
			path: '/checkouts',
			pathParams: [],
			idempotent: true,
			query: {
				fields: [
					{
						field: 'applicationId',
						param: 'applicationId',
						displayName: 'Application ID',
						kind: 'value',
					},
					{
						field: 'browserIp',
						param: 'browserIp',
						displayName: 'Browser IP',
						kind: 'value',
					},
					{
						field: 'chargeType',
						param: 'chargeType',
						displayName: 'Charge Type',
						kind: 'value',
					},
					{
						field: 'createdTime',
						param: 'createdTime',
						displayName: 'Created Time',
						kind: 'object',
						fields: timeFields,
					},
					{
						field: 'currency',
						param: 'currency',
						displayName: 'Currency',
						kind: 'value',
					},
					{
						field: 'customerId',
						param: 'customerId',
						displayName: 'Customer ID',
						kind: 'value',
					},
					{
						field: 'customerType',
						param: 'customerType',
						displayName: 'Customer Type',
						kind: 'value',
					},
					{
						field: 'email',
						param: 'email',
						displayName: 'Email',
						kind: 'value',
					},
					{
						field: 'ids',
						param: 'ids',
						displayName: 'IDs',
						kind: 'value',
						split: true,
					},
					{
						field: 'locale',
						param: 'locale',
						displayName: 'Locale',
						kind: 'value',
					},
					{
						field: 'subscriptionId',
						param: 'subscriptionId',
						displayName: 'Subscription ID',
						kind: 'value',
					},
					{
						field: 'updatedTime',
						param: 'lastChangedTime',
						displayName: 'Updated Time',
						kind: 'object',
						fields: timeFields,
					},
					{
						field: 'upstreamIds',
						param: 'upstreamIds',
						displayName: 'Upstream IDs',
						kind: 'value',
						split: true,
					},
				],
				validator: 'checkout_getAll_query',
			},
			pagination: {
				style: 'idCursor',
				itemsPath: 'data',
				limitParam: 'limit',
				maxLimit: 100,
				cursorParam: 'startingAfter',
				cursorField: 'id',
				hasMore: {
					path: 'hasMore',
				},
				idField: 'id',
			},
		},
		'checkout.update': {
			resource: 'checkout',
			name: 'update',
			method: 'POST',
			path: '/checkouts/{id}',
			pathParams: [
				{
					name: 'id',
					param: 'checkoutId',
					displayName: 'Checkout ID',
					valueType: 'string',
				},
			],
			idempotent: true,
			body: {
				required: [],
				optional: [
					{
						field: 'billTo',
						param: 'billTo',
						displayName: 'Bill To',
						kind: 'object',
						fields: billToFields,
					},
					{
						field: 'browserIp',
						param: 'browserIp',
						displayName: 'Browser IP',
						kind: 'value',
					},
					{
						field: 'chargeType',
						param: 'chargeType',
						displayName: 'Charge Type',
						kind: 'value',
					},
					{
						field: 'currency',
						param: 'currency',
						displayName: 'Currency',
						kind: 'value',
					},
					{
						field: 'customerId',
						param: 'customerId',
						displayName: 'Customer ID',
						kind: 'value',
					},
					{
						field: 'customerType',
						param: 'customerType',
						displayName: 'Customer Type',
						kind: 'value',
					},
					{
						field: 'email',
						param: 'email',
						displayName: 'Email',
						kind: 'value',
					},
					{
						field: 'invoiceAttributeId',
						param: 'invoiceAttributeId',
						displayName: 'Invoice Attribute ID',
						kind: 'value',
					},
					{
						field: 'locale',
						param: 'locale',
						displayName: 'Locale',
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
						field: 'purchaseLocation',
						param: 'purchaseLocation',
						displayName: 'Purchase Location',
						kind: 'object',
						fields: purchaseLocationFields,
					},
					{
						field: 'shipFrom',
						param: 'shipFrom',
						displayName: 'Ship From',
						kind: 'object',
						fields: shipFromFields,
					},
					{
						field: 'shipTo',
						param: 'shipTo',
						displayName: 'Ship To',
						kind: 'object',
						fields: billToFields,
					},
					{
						field: 'shippingChoice',
						param: 'shippingChoice',
						displayName: 'Shipping Choice',
						kind: 'object',
						fields: shippingChoiceFields,
					},
					{
						field: 'shippingDiscount',
						param: 'shippingDiscount',
						displayName: 'Shipping Discount',
						kind: 'object',
						fields: discountFields,
					},
					{
						field: 'sourceId',
						param: 'sourceId',
						displayName: 'Source ID',
						kind: 'value',
					},
					{
						field: 'taxIdentifiers',
						param: 'taxIdentifiers',
						displayName: 'Tax Identifiers',
						kind: 'list',
						group: 'taxIdentifier',
						fields: taxIdentifierFields,
					},
					{
						field: 'upstreamId',
						param: 'upstreamId',
						displayName: 'Upstream ID',
						kind: 'value',
					},
				],
				collection: 'updateFields',
				encoding: 'json',
				validator: 'checkout_update_body',
			},
		},
		'checkout.delete': {
			resource: 'checkout',
			name: 'delete',
			method: 'DELETE',
			path: '/checkouts/{id}',
			pathParams: [
				{
					name: 'id',
					param: 'checkoutId',
					displayName: 'Checkout ID',
					valueType: 'string',
				},
			],
			idempotent: true,
			emptyResponse: {
				deleted: true,
			},
		},
		'order.get': {
			resource: 'order',
			name: 'get',
			method: 'GET',
			path: '/orders/{id}',
			pathParams: [
				{
					name: 'id',
					param: 'orderId',
					displayName: 'Order ID',
					valueType: 'string',
				},
			],
			idempotent: true,
		},
		'order.getAll': {
			resource: 'order',
			name: 'getAll',
			method: 'GET',
			path: '/orders',
			pathParams: [],
			idempotent: true,
			query: {
				fields: [
					{
						field: 'applicationId',
						param: 'applicationId',
						displayName: 'Application ID',
						kind: 'value',
					},
					{
						field: 'browserIp',
						param: 'browserIp',
						displayName: 'Browser IP',
						kind: 'value',
					},
					{
						field: 'chargeType',
						param: 'chargeType',
						displayName: 'Charge Type',
						kind: 'value',
					},
					{
						field: 'checkoutId',
						param: 'checkoutId',
						displayName: 'Checkout ID',
						kind: 'value',
					},
					{
						field: 'createdTime',
						param: 'createdTime',
						displayName: 'Created Time',
						kind: 'object',
						fields: timeFields,
					},
					{
						field: 'currency',
						param: 'currency',
						displayName: 'Currency',
						kind: 'value',
					},
					{
						field: 'customerId',
						param: 'customerId',
						displayName: 'Customer ID',
						kind: 'value',
					},
					{
						field: 'customerType',
						param: 'customerType',
						displayName: 'Customer Type',
						kind: 'value',
					},
					{
						field: 'email',
						param: 'email',
						displayName: 'Email',
						kind: 'value',
					},
					{
						field: 'fraudState',
						param: 'fraudState',
						displayName: 'Fraud State',
						kind: 'value',
					},
					{
						field: 'ids',
						param: 'ids',
						displayName: 'IDs',
						kind: 'value',
						split: true,
					},
					{
						field: 'locale',
						param: 'locale',
						displayName: 'Locale',
						kind: 'value',
					},
					{
						field: 'skuId',
						param: 'skuId',
						displayName: 'SKU ID',
						kind: 'value',
					},
					{
						field: 'state',
						param: 'state',
						displayName: 'State',
						kind: 'value',
					},
					{
						field: 'subscriptionId',
						param: 'subscriptionId',
						displayName: 'Subscription ID',
						kind: 'value',
					},
					{
						field: 'updatedTime',
						param: 'lastChangedTime',
						displayName: 'Updated Time',
						kind: 'object',
						fields: timeFields,
					},
					{
						field: 'upstreamIds',
						param: 'upstreamIds',
						displayName: 'Upstream IDs',
						kind: 'value',
						split: true,
					},
				],
				validator: 'order_getAll_query',
			},
			pagination: {
				style: 'idCursor',
				itemsPath: 'data',
				limitParam: 'limit',
				maxLimit: 100,
				cursorParam: 'startingAfter',
				cursorField: 'id',
				hasMore: {
					path: 'hasMore',
				},
				idField: 'id',
			},
		},
	},
	locators: {
		searchCheckouts: {
			operation: 'checkout.getAll',
			idField: 'id',
			labelField: 'id',
		},
		searchOrders: {
			operation: 'order.getAll',
			idField: 'id',
			labelField: 'id',
			statusField: 'state',
		},
	},
	trigger: {
		resource: 'order',
		list: 'order.getAll',
		strategy: 'updatedSince',
		idField: 'id',
		statusField: 'state',
		statuses: [
			{
				value: 'accepted',
				name: 'Accepted',
			},
			{
				value: 'blocked',
				name: 'Blocked',
			},
			{
				value: 'pending_payment',
				name: 'Pending Payment',
			},
			{
				value: 'in_review',
				name: 'In Review',
			},
			{
				value: 'dispute',
				name: 'Dispute',
			},
			{
				value: 'cancelled',
				name: 'Cancelled',
			},
			{
				value: 'fulfilled',
				name: 'Fulfilled',
			},
			{
				value: 'complete',
				name: 'Complete',
			},
			{
				value: 'returned',
				name: 'Returned',
			},
		],
		terminalStatuses: ['blocked', 'cancelled', 'complete', 'returned'],
		openHorizonHours: 72,
		updated: {
			field: 'updatedTime',
			filterParam: 'updatedTime[gte]',
		},
		linkFilter: {
			param: 'checkoutId',
		},
	},
	validators: validators,
};
