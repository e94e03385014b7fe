// GENERATED from schemas/primer/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import { hooks } from '../hooks';
import type { FieldSpec, ProviderSpec, ValidatorTable } from '../../shared/types';
import * as compiled from './validators';

const validators: ValidatorTable = compiled;

// Shared by billingAddress, shippingAddress.
const addressFields: FieldSpec[] = [
	{
		field: 'addressLine1',
		param: 'addressLine1',
		displayName: 'Address Line 1',
		kind: 'value',
	},
	{
		field: 'addressLine2',
		param: 'addressLine2',
		displayName: 'Address Line 2',
		kind: 'value',
	},
	{
		field: 'city',
		param: 'city',
		displayName: 'City',
		kind: 'value',
	},
	{
		field: 'countryCode',
		param: 'countryCode',
		displayName: 'Country Code',
		kind: 'value',
	},
	{
		field: 'firstName',
		param: 'firstName',
		displayName: 'First Name',
		kind: 'value',
	},
	{
		field: 'lastName',
		param: 'lastName',
		displayName: 'Last Name',
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

// Shared by clientSession.create, clientSession.update.
const clientSessionFields: FieldSpec[] = [
	{
		field: 'amount',
		param: 'amount',
		displayName: 'Amount',
		kind: 'value',
	},
	{
		field: 'currencyCode',
		param: 'currencyCode',
		displayName: 'Currency Code',
		kind: 'value',
	},
	{
		field: 'customer',
		param: 'customer',
		displayName: 'Customer',
		kind: 'object',
		fields: [
			{
				field: 'billingAddress',
				param: 'billingAddress',
				displayName: 'Billing Address',
				kind: 'object',
				fields: addressFields,
			},
			{
				field: 'emailAddress',
				param: 'emailAddress',
				displayName: 'Email Address',
				kind: 'value',
			},
			{
				field: 'firstName',
				param: 'firstName',
				displayName: 'First Name',
				kind: 'value',
			},
			{
				field: 'lastName',
				param: 'lastName',
				displayName: 'Last Name',
				kind: 'value',
			},
			{
				field: 'mobileNumber',
				param: 'mobileNumber',
				displayName: 'Mobile Number',
				kind: 'value',
			},
			{
				field: 'nationalDocumentId',
				param: 'nationalDocumentId',
				displayName: 'National Document ID',
				kind: 'value',
			},
			{
				field: 'shippingAddress',
				param: 'shippingAddress',
				displayName: 'Shipping Address',
				kind: 'object',
				fields: addressFields,
			},
			{
				field: 'taxId',
				param: 'taxId',
				displayName: 'Tax ID',
				kind: 'value',
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
		field: 'metadata',
		param: 'metadata',
		displayName: 'Metadata',
		kind: 'json',
	},
	{
		field: 'order',
		param: 'order',
		displayName: 'Order',
		kind: 'object',
		fields: [
			{
				field: 'countryCode',
				param: 'countryCode',
				displayName: 'Country Code',
				kind: 'value',
			},
			{
				field: 'fees',
				param: 'fees',
				displayName: 'Fees',
				kind: 'json',
			},
			{
				field: 'lineItems',
				param: 'lineItems',
				displayName: 'Line Items',
				kind: 'list',
				group: 'lineItem',
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
						field: 'discountAmount',
						param: 'discountAmount',
						displayName: 'Discount Amount',
						kind: 'json',
					},
					{
						field: 'itemId',
						param: 'itemId',
						displayName: 'Item ID',
						kind: 'value',
					},
					{
						field: 'name',
						param: 'name',
						displayName: 'Name',
						kind: 'value',
					},
					{
						field: 'productData',
						param: 'productData',
						displayName: 'Product Data',
						kind: 'json',
					},
					{
						field: 'productType',
						param: 'productType',
						displayName: 'Product Type',
						kind: 'value',
					},
					{
						field: 'quantity',
						param: 'quantity',
						displayName: 'Quantity',
						kind: 'json',
					},
					{
						field: 'taxAmount',
						param: 'taxAmount',
						displayName: 'Tax Amount',
						kind: 'json',
					},
					{
						field: 'taxCode',
						param: 'taxCode',
						displayName: 'Tax Code',
						kind: 'value',
					},
				],
			},
			{
				field: 'retailerCountryCode',
				param: 'retailerCountryCode',
				displayName: 'Retailer Country Code',
				kind: 'value',
			},
			{
				field: 'shipping',
				param: 'shipping',
				displayName: 'Shipping',
				kind: 'object',
				fields: [
					{
						field: 'amount',
						param: 'amount',
						displayName: 'Amount',
						kind: 'value',
					},
					{
						field: 'methodDescription',
						param: 'methodDescription',
						displayName: 'Method Description',
						kind: 'value',
					},
					{
						field: 'methodId',
						param: 'methodId',
						displayName: 'Method ID',
						kind: 'value',
					},
					{
						field: 'methodName',
						param: 'methodName',
						displayName: 'Method Name',
						kind: 'value',
					},
				],
			},
		],
	},
	{
		field: 'orderId',
		param: 'orderId',
		displayName: 'Order ID',
		kind: 'value',
	},
	{
		field: 'paymentMethod',
		param: 'paymentMethod',
		displayName: 'Payment Method',
		kind: 'object',
		fields: [
			{
				field: 'authorizationType',
				param: 'authorizationType',
				displayName: 'Authorization Type',
				kind: 'value',
			},
			{
				field: 'descriptor',
				param: 'descriptor',
				displayName: 'Descriptor',
				kind: 'value',
			},
			{
				field: 'firstPaymentReason',
				param: 'firstPaymentReason',
				displayName: 'First Payment Reason',
				kind: 'value',
			},
			{
				field: 'options',
				param: 'options',
				displayName: 'Options',
				kind: 'json',
			},
			{
				field: 'orderedAllowedCardNetworks',
				param: 'orderedAllowedCardNetworks',
				displayName: 'Ordered Allowed Card Networks',
				kind: 'value',
			},
			{
				field: 'paymentType',
				param: 'paymentType',
				displayName: 'Payment Type',
				kind: 'value',
			},
			{
				field: 'vaultOnAgreement',
				param: 'vaultOnAgreement',
				displayName: 'Vault On Agreement',
				kind: 'value',
			},
			{
				field: 'vaultOnSuccess',
				param: 'vaultOnSuccess',
				displayName: 'Vault On Success',
				kind: 'value',
			},
			{
				field: 'vaultOn3DS',
				param: 'vaultOn3DS',
				displayName: 'Vault On3 DS',
				kind: 'value',
			},
		],
	},
];

/** Operation table of Primer: what the shared runtime needs to call the API. */
export const provider: ProviderSpec = {
	id: 'primer',
	displayName: 'Primer',
	credentials: [
		{
			name: 'primerSessionsApi',
			baseUrl: {
				selector: 'environment',
				values: {
					sandbox: 'https://api.sandbox.primer.io',
					production: 'https://api.primer.io',
				},
				override: 'baseUrl',
			},
			secrets: ['apiKey'],
			auth: {
				headers: [
					{
						name: 'X-Api-Key',
						value: '{apiKey}',
					},
					{
						name: 'X-Api-Version',
						value: '{apiVersion}',
						when: 'apiVersion',
						otherwise: '2.4',
					},
				],
			},
			test: {
				method: 'GET',
				path: '/payments',
				qs: {
					limit: 1,
				},
			},
		},
	],
	transport: {
		queryArrayFormat: 'repeat',
	},
	hooks: hooks,
	operations: {
		'clientSession.create': {
			resource: 'clientSession',
			name: 'create',
			method: 'POST',
			path: '/client-session',
			pathParams: [],
			idempotent: false,
			body: {
				required: [],
				optional: clientSessionFields,
				collection: 'additionalFields',
				encoding: 'json',
				validator: 'clientSession_create_body',
			},
		},
		'clientSession.get': {
			resource: 'clientSession',
			name: 'get',
			method: 'GET',
			path: '/client-session',
			pathParams: [
				{
					name: 'clientToken',
					param: 'clientToken',
					displayName: 'Client Token',
					valueType: 'string',
					in: 'query',
				},
			],
			idempotent: true,
		},
		'clientSession.update': {
			resource: 'clientSession',
			name: 'update',
			method: 'PATCH',
			path: '/client-session',
			pathParams: [
				{
					name: 'clientToken',
					param: 'clientToken',
					displayName: 'Client Token',
					valueType: 'string',
					in: 'body',
				},
			],
			idempotent: true,
			body: {
				required: [],
				optional: clientSessionFields,
				collection: 'updateFields',
				encoding: 'json',
				validator: 'clientSession_update_body',
			},
		},
		'payment.get': {
			resource: 'payment',
			name: 'get',
			method: 'GET',
			path: '/payments/{id}',
			pathParams: [
				{
					name: 'id',
					param: 'paymentId',
					displayName: 'Payment ID',
					valueType: 'string',
				},
			],
			idempotent: true,
			simplify: true,
		},
		'payment.getAll': {
			resource: 'payment',
			name: 'getAll',
			method: 'GET',
			path: '/payments',
			pathParams: [],
			idempotent: true,
			query: {
				fields: [
					{
						field: 'currency_code',
						param: 'currency_code',
						displayName: 'Currency Code',
						kind: 'value',
						split: true,
					},
					{
						field: 'customer_email_address',
						param: 'customer_email_address',
						displayName: 'Customer Email Address',
						kind: 'value',
						split: true,
					},
					{
						field: 'customer_id',
						param: 'customer_id',
						displayName: 'Customer ID',
						kind: 'value',
						split: true,
					},
					{
						field: 'from_date',
						param: 'from_date',
						displayName: 'From Date',
						kind: 'value',
					},
					{
						field: 'klarna_email',
						param: 'klarna_email',
						displayName: 'Klarna Email',
						kind: 'value',
						split: true,
					},
					{
						field: 'last_4_digits',
						param: 'last_4_digits',
						displayName: 'Last 4 Digits',
						kind: 'value',
						split: true,
					},
					{
						field: 'max_amount',
						param: 'max_amount',
						displayName: 'Max Amount',
						kind: 'value',
					},
					{
						field: 'merchant_id',
						param: 'merchant_id',
						displayName: 'Merchant ID',
						kind: 'value',
						split: true,
					},
					{
						field: 'min_amount',
						param: 'min_amount',
						displayName: 'Min Amount',
						kind: 'value',
					},
					{
						field: 'order_id',
						param: 'order_id',
						displayName: 'Order ID',
						kind: 'value',
					},
					{
						field: 'payment_method_type',
						param: 'payment_method_type',
						displayName: 'Payment Method Type',
						kind: 'value',
						split: true,
					},
					{
						field: 'paypal_email',
						param: 'paypal_email',
						displayName: 'Paypal Email',
						kind: 'value',
						split: true,
					},
					{
						field: 'processor',
						param: 'processor',
						displayName: 'Processor',
						kind: 'value',
						split: true,
					},
					{
						field: 'status',
						param: 'status',
						displayName: 'Status',
						kind: 'value',
					},
					{
						field: 'to_date',
						param: 'to_date',
						displayName: 'To Date',
						kind: 'value',
					},
				],
				validator: 'payment_getAll_query',
			},
			pagination: {
				style: 'opaqueCursor',
				itemsPath: 'data',
				limitParam: 'limit',
				maxLimit: 100,
				cursorParam: 'cursor',
				nextCursorPath: 'nextCursor',
				idField: 'id',
			},
			simplify: true,
		},
		'payment.waitForStatus': {
			resource: 'payment',
			name: 'waitForStatus',
			method: 'GET',
			path: '/payments/{id}',
			pathParams: [
				{
					name: 'id',
					param: 'paymentId',
					displayName: 'Payment ID',
					valueType: 'string',
				},
			],
			idempotent: true,
			simplify: true,
			wait: {
				get: 'payment.get',
			},
		},
	},
	locators: {
		searchPayments: {
			operation: 'payment.getAll',
			idField: 'id',
			labelField: 'orderId',
			statusField: 'status',
		},
	},
	trigger: {
		resource: 'payment',
		list: 'payment.getAll',
		strategy: 'updatedSince',
		idField: 'id',
		statusField: 'status',
		statuses: [
			{
				value: 'PENDING',
				name: 'Pending',
			},
			{
				value: 'FAILED',
				name: 'Failed',
			},
			{
				value: 'AUTHORIZED',
				name: 'Authorized',
			},
			{
				value: 'SETTLING',
				name: 'Settling',
			},
			{
				value: 'PARTIALLY_SETTLED',
				name: 'Partially Settled',
			},
			{
				value: 'SETTLED',
				name: 'Settled',
			},
			{
				value: 'DECLINED',
				name: 'Declined',
			},
			{
				value: 'CANCELLED',
				name: 'Cancelled',
			},
		],
		terminalStatuses: ['FAILED', 'SETTLED', 'DECLINED', 'CANCELLED'],
		openHorizonHours: 72,
		updated: {
			field: 'dateUpdated',
			createdFilterParam: 'from_date',
		},
		linkFilter: {
			param: 'order_id',
		},
	},
	statuses: {
		payment: {
			field: 'status',
			values: [
				{
					value: 'PENDING',
					name: 'Pending',
					state: 'processing',
				},
				{
					value: 'FAILED',
					name: 'Failed',
					state: 'failed',
					final: true,
				},
				{
					value: 'AUTHORIZED',
					name: 'Authorized',
					state: 'authorized',
				},
				{
					value: 'SETTLING',
					name: 'Settling',
					state: 'processing',
				},
				{
					value: 'PARTIALLY_SETTLED',
					name: 'Partially Settled',
					state: 'paid',
				},
				{
					value: 'SETTLED',
					name: 'Settled',
					state: 'paid',
					final: true,
				},
				{
					value: 'DECLINED',
					name: 'Declined',
					state: 'failed',
					final: true,
				},
				{
					value: 'CANCELLED',
					name: 'Cancelled',
					state: 'canceled',
					final: true,
				},
			],
		},
	},
	simplify: {
		payment: {
			idField: 'id',
			amount: {
				paths: ['amount'],
				unit: 'minor',
			},
			currency: ['currencyCode'],
			customerEmail: ['customer.emailAddress'],
			url: null,
			createdAt: {
				paths: ['date'],
				format: 'iso',
			},
			updatedAt: {
				paths: ['dateUpdated'],
				format: 'iso',
			},
			links: {
				sessionId: null,
				paymentId: null,
				orderId: ['orderId'],
				checkoutId: null,
				customerId: ['customerId'],
			},
		},
	},
	validators: validators,
};
