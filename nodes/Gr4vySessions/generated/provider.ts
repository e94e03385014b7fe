// GENERATED from schemas/gr4vy/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
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
		field: 'house_number_or_name',
		param: 'house_number_or_name',
		displayName: 'House Number or Name',
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
		field: 'organization',
		param: 'organization',
		displayName: 'Organization',
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
	{
		field: 'state_code',
		param: 'state_code',
		displayName: 'State Code',
		kind: 'value',
	},
];

// Shared by checkoutSession.create, checkoutSession.update.
const checkoutSessionFields: FieldSpec[] = [
	{
		field: 'airline',
		param: 'airline',
		displayName: 'Airline',
		kind: 'json',
	},
	{
		field: 'amount',
		param: 'amount',
		displayName: 'Amount',
		kind: 'value',
	},
	{
		field: 'buyer',
		param: 'buyer',
		displayName: 'Buyer',
		kind: 'object',
		fields: [
			{
				field: 'account_number',
				param: 'account_number',
				displayName: 'Account Number',
				kind: 'value',
			},
			{
				field: 'billing_details',
				param: 'billing_details',
				displayName: 'Billing Details',
				kind: 'object',
				fields: [
					{
						field: 'address',
						param: 'address',
						displayName: 'Address',
						kind: 'object',
						fields: addressFields,
					},
					{
						field: 'email_address',
						param: 'email_address',
						displayName: 'Email Address',
						kind: 'value',
					},
					{
						field: 'first_name',
						param: 'first_name',
						displayName: 'First Name',
						kind: 'value',
					},
					{
						field: 'last_name',
						param: 'last_name',
						displayName: 'Last Name',
						kind: 'value',
					},
					{
						field: 'phone_number',
						param: 'phone_number',
						displayName: 'Phone Number',
						kind: 'value',
					},
					{
						field: 'tax_id',
						param: 'tax_id',
						displayName: 'Tax ID',
						kind: 'json',
					},
				],
			},
			{
				field: 'display_name',
				param: 'display_name',
				displayName: 'Display Name',
				kind: 'value',
			},
			{
				field: 'external_identifier',
				param: 'external_identifier',
				displayName: 'External Identifier',
				kind: 'value',
			},
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
						fields: addressFields,
					},
					{
						field: 'email_address',
						param: 'email_address',
						displayName: 'Email Address',
						kind: 'value',
					},
					{
						field: 'first_name',
						param: 'first_name',
						displayName: 'First Name',
						kind: 'value',
					},
					{
						field: 'last_name',
						param: 'last_name',
						displayName: 'Last Name',
						kind: 'value',
					},
					{
						field: 'phone_number',
						param: 'phone_number',
						displayName: 'Phone Number',
						kind: 'value',
					},
				],
			},
		],
	},
	{
		field: 'cart_items',
		param: 'cart_items',
		displayName: 'Cart Items',
		kind: 'list',
		group: 'cartItem',
		fields: [
			{
				field: 'categories',
				param: 'categories',
				displayName: 'Categories',
				kind: 'value',
				split: true,
			},
			{
				field: 'commodity_code',
				param: 'commodity_code',
				displayName: 'Commodity Code',
				kind: 'value',
			},
			{
				field: 'description',
				param: 'description',
				displayName: 'Description',
				kind: 'value',
			},
			{
				field: 'discount_amount',
				param: 'discount_amount',
				displayName: 'Discount Amount',
				kind: 'json',
			},
			{
				field: 'duty_amount',
				param: 'duty_amount',
				displayName: 'Duty Amount',
				kind: 'json',
			},
			{
				field: 'external_identifier',
				param: 'external_identifier',
				displayName: 'External Identifier',
				kind: 'value',
			},
			{
				field: 'image_url',
				param: 'image_url',
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
				field: 'product_type',
				param: 'product_type',
				displayName: 'Product Type',
				kind: 'value',
			},
			{
				field: 'product_url',
				param: 'product_url',
				displayName: 'Product URL',
				kind: 'value',
			},
			{
				field: 'quantity',
				param: 'quantity',
				displayName: 'Quantity',
				kind: 'value',
			},
			{
				field: 'seller_country',
				param: 'seller_country',
				displayName: 'Seller Country',
				kind: 'value',
			},
			{
				field: 'shipping_amount',
				param: 'shipping_amount',
				displayName: 'Shipping Amount',
				kind: 'json',
			},
			{
				field: 'sku',
				param: 'sku',
				displayName: 'SKU',
				kind: 'value',
			},
			{
				field: 'tax_amount',
				param: 'tax_amount',
				displayName: 'Tax Amount',
				kind: 'json',
			},
			{
				field: 'tax_exempt',
				param: 'tax_exempt',
				displayName: 'Tax Exempt',
				kind: 'value',
			},
			{
				field: 'unit_amount',
				param: 'unit_amount',
				displayName: 'Unit Amount',
				kind: 'value',
			},
			{
				field: 'unit_of_measure',
				param: 'unit_of_measure',
				displayName: 'Unit of Measure',
				kind: 'value',
			},
			{
				field: 'upc',
				param: 'upc',
				displayName: 'UPC',
				kind: 'value',
			},
		],
	},
	{
		field: 'country',
		param: 'country',
		displayName: 'Country',
		kind: 'value',
	},
	{
		field: 'currency',
		param: 'currency',
		displayName: 'Currency',
		kind: 'value',
	},
	{
		field: 'expires_in',
		param: 'expires_in',
		displayName: 'Expires In (Seconds)',
		kind: 'value',
	},
	{
		field: 'intent',
		param: 'intent',
		displayName: 'Intent',
		kind: 'value',
	},
	{
		field: 'is_subsequent_payment',
		param: 'is_subsequent_payment',
		displayName: 'Is Subsequent Payment',
		kind: 'value',
	},
	{
		field: 'merchant_initiated',
		param: 'merchant_initiated',
		displayName: 'Merchant Initiated',
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
		field: 'payment_service_id',
		param: 'payment_service_id',
		displayName: 'Payment Service ID',
		kind: 'value',
	},
	{
		field: 'payment_source',
		param: 'payment_source',
		displayName: 'Payment Source',
		kind: 'value',
	},
];

/** Operation table of Gr4vy: what the shared runtime needs to call the API. */
export const provider: ProviderSpec = {
	id: 'gr4vy',
	displayName: 'Gr4vy',
	credentials: [
		{
			name: 'gr4vySessionsApi',
			baseUrl: {
				selector: 'environment',
				values: {
					sandbox: 'https://api.sandbox.{instanceId}.gr4vy.app',
					production: 'https://api.{instanceId}.gr4vy.app',
				},
				override: 'baseUrl',
			},
			secrets: ['privateKey'],
			auth: {
				headers: [
					{
						name: 'X-Gr4vy-Merchant-Account-ID',
						value: '{merchantAccountId}',
						when: 'merchantAccountId',
					},
				],
				hostFields: ['instanceId'],
			},
			sign: hooks.signers.gr4vySignedToken,
			test: {
				method: 'GET',
				path: '/transactions',
				qs: {
					limit: 1,
				},
			},
		},
		{
			name: 'gr4vyBearerTokenApi',
			baseUrl: {
				selector: 'environment',
				values: {
					sandbox: 'https://api.sandbox.{instanceId}.gr4vy.app',
					production: 'https://api.{instanceId}.gr4vy.app',
				},
				override: 'baseUrl',
			},
			secrets: ['token'],
			auth: {
				headers: [
					{
						name: 'Authorization',
						value: 'Bearer {token}',
					},
					{
						name: 'X-Gr4vy-Merchant-Account-ID',
						value: '{merchantAccountId}',
						when: 'merchantAccountId',
					},
				],
				hostFields: ['instanceId'],
			},
			test: {
				method: 'GET',
				path: '/transactions',
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
		'checkoutSession.create': {
			resource: 'checkoutSession',
			name: 'create',
			method: 'POST',
			path: '/checkout/sessions',
			pathParams: [],
			idempotent: false,
			body: {
				required: [],
				optional: checkoutSessionFields,
				collection: 'additionalFields',
				encoding: 'json',
				validator: 'checkoutSession_create_body',
			},
		},
		'checkoutSession.get': {
			resource: 'checkoutSession',
			name: 'get',
			method: 'GET',
			path: '/checkout/sessions/{id}',
			pathParams: [
				{
					name: 'id',
					param: 'checkoutSessionId',
					displayName: 'Checkout Session ID',
					valueType: 'string',
				},
			],
			idempotent: true,
		},
		'checkoutSession.update': {
			resource: 'checkoutSession',
			name: 'update',
			method: 'PUT',
			path: '/checkout/sessions/{id}',
			pathParams: [
				{
					name: 'id',
					param: 'checkoutSessionId',
					displayName: 'Checkout Session ID',
					valueType: 'string',
				},
			],
			idempotent: true,
			body: {
				required: [],
				optional: checkoutSessionFields,
				collection: 'updateFields',
				encoding: 'json',
				validator: 'checkoutSession_update_body',
			},
		},
		'checkoutSession.delete': {
			resource: 'checkoutSession',
			name: 'delete',
			method: 'DELETE',
			path: '/checkout/sessions/{id}',
			pathParams: [
				{
					name: 'id',
					param: 'checkoutSessionId',
					displayName: 'Checkout Session ID',
					valueType: 'string',
				},
			],
			idempotent: true,
			emptyResponse: {
				deleted: true,
			},
		},
		'transaction.get': {
			resource: 'transaction',
			name: 'get',
			method: 'GET',
			path: '/transactions/{id}',
			pathParams: [
				{
					name: 'id',
					param: 'transactionId',
					displayName: 'Transaction ID',
					valueType: 'string',
				},
			],
			idempotent: true,
			simplify: true,
		},
		'transaction.getAll': {
			resource: 'transaction',
			name: 'getAll',
			method: 'GET',
			path: '/transactions',
			pathParams: [],
			idempotent: true,
			query: {
				fields: [
					{
						field: 'amount_gte',
						param: 'amount_gte',
						displayName: 'Amount At Least',
						kind: 'value',
					},
					{
						field: 'amount_lte',
						param: 'amount_lte',
						displayName: 'Amount At Most',
						kind: 'value',
					},
					{
						field: 'amount_eq',
						param: 'amount_eq',
						displayName: 'Amount Eq',
						kind: 'value',
					},
					{
						field: 'buyer_email_address',
						param: 'buyer_email_address',
						displayName: 'Buyer Email Address',
						kind: 'value',
					},
					{
						field: 'buyer_external_identifier',
						param: 'buyer_external_identifier',
						displayName: 'Buyer External Identifier',
						kind: 'value',
					},
					{
						field: 'buyer_id',
						param: 'buyer_id',
						displayName: 'Buyer ID',
						kind: 'value',
					},
					{
						field: 'buyer_search',
						param: 'buyer_search',
						displayName: 'Buyer Search',
						kind: 'value',
						split: true,
					},
					{
						field: 'checkout_session_id',
						param: 'checkout_session_id',
						displayName: 'Checkout Session ID',
						kind: 'value',
					},
					{
						field: 'country',
						param: 'country',
						displayName: 'Country',
						kind: 'value',
						split: true,
					},
					{
						field: 'created_at_gte',
						param: 'created_at_gte',
						displayName: 'Created After',
						kind: 'value',
					},
					{
						field: 'created_at_lte',
						param: 'created_at_lte',
						displayName: 'Created Before',
						kind: 'value',
					},
					{
						field: 'currency',
						param: 'currency',
						displayName: 'Currency',
						kind: 'value',
						split: true,
					},
					{
						field: 'disputed',
						param: 'disputed',
						displayName: 'Disputed',
						kind: 'value',
					},
					{
						field: 'error_code',
						param: 'error_code',
						displayName: 'Error Code',
						kind: 'value',
						split: true,
					},
					{
						field: 'external_identifier',
						param: 'external_identifier',
						displayName: 'External Identifier',
						kind: 'value',
					},
					{
						field: 'gift_card_id',
						param: 'gift_card_id',
						displayName: 'Gift Card ID',
						kind: 'value',
					},
					{
						field: 'gift_card_last4',
						param: 'gift_card_last4',
						displayName: 'Gift Card Last4',
						kind: 'value',
					},
					{
						field: 'has_gift_card_redemptions',
						param: 'has_gift_card_redemptions',
						displayName: 'Has Gift Card Redemptions',
						kind: 'value',
					},
					{
						field: 'has_refunds',
						param: 'has_refunds',
						displayName: 'Has Refunds',
						kind: 'value',
					},
					{
						field: 'has_settlements',
						param: 'has_settlements',
						displayName: 'Has Settlements',
						kind: 'value',
					},
					{
						field: 'id',
						param: 'id',
						displayName: 'ID',
						kind: 'value',
					},
					{
						field: 'ip_address',
						param: 'ip_address',
						displayName: 'IP Address',
						kind: 'value',
					},
					{
						field: 'is_subsequent_payment',
						param: 'is_subsequent_payment',
						displayName: 'Is Subsequent Payment',
						kind: 'value',
					},
					{
						field: 'merchant_initiated',
						param: 'merchant_initiated',
						displayName: 'Merchant Initiated',
						kind: 'value',
					},
					{
						field: 'metadata',
						param: 'metadata',
						displayName: 'Metadata',
						kind: 'value',
						split: true,
					},
					{
						field: 'method',
						param: 'method',
						displayName: 'Method',
						kind: 'value',
						split: true,
					},
					{
						field: 'payment_link_id',
						param: 'payment_link_id',
						displayName: 'Payment Link ID',
						kind: 'value',
					},
					{
						field: 'payment_method_bin',
						param: 'payment_method_bin',
						displayName: 'Payment Method Bin',
						kind: 'value',
					},
					{
						field: 'payment_method_country',
						param: 'payment_method_country',
						displayName: 'Payment Method Country',
						kind: 'value',
					},
					{
						field: 'payment_method_fingerprint',
						param: 'payment_method_fingerprint',
						displayName: 'Payment Method Fingerprint',
						kind: 'value',
					},
					{
						field: 'payment_method_id',
						param: 'payment_method_id',
						displayName: 'Payment Method ID',
						kind: 'value',
					},
					{
						field: 'payment_method_label',
						param: 'payment_method_label',
						displayName: 'Payment Method Label',
						kind: 'value',
					},
					{
						field: 'payment_method_scheme',
						param: 'payment_method_scheme',
						displayName: 'Payment Method Scheme',
						kind: 'value',
						split: true,
					},
					{
						field: 'payment_service_id',
						param: 'payment_service_id',
						displayName: 'Payment Service ID',
						kind: 'value',
						split: true,
					},
					{
						field: 'payment_service_transaction_id',
						param: 'payment_service_transaction_id',
						displayName: 'Payment Service Transaction ID',
						kind: 'value',
					},
					{
						field: 'payment_source',
						param: 'payment_source',
						displayName: 'Payment Source',
						kind: 'value',
					},
					{
						field: 'pending_review',
						param: 'pending_review',
						displayName: 'Pending Review',
						kind: 'value',
					},
					{
						field: 'reauthorized_from_transaction_id',
						param: 'reauthorized_from_transaction_id',
						displayName: 'Reauthorized From Transaction ID',
						kind: 'value',
					},
					{
						field: 'reconciliation_id',
						param: 'reconciliation_id',
						displayName: 'Reconciliation ID',
						kind: 'value',
					},
					{
						field: 'search',
						param: 'search',
						displayName: 'Search',
						kind: 'value',
					},
					{
						field: 'status',
						param: 'status',
						displayName: 'Status',
						kind: 'value',
					},
					{
						field: 'updated_at_gte',
						param: 'updated_at_gte',
						displayName: 'Updated After',
						kind: 'value',
					},
					{
						field: 'updated_at_lte',
						param: 'updated_at_lte',
						displayName: 'Updated Before',
						kind: 'value',
					},
					{
						field: 'used_3ds',
						param: 'used_3ds',
						displayName: 'Used 3ds',
						kind: 'value',
					},
				],
				validator: 'transaction_getAll_query',
			},
			pagination: {
				style: 'opaqueCursor',
				itemsPath: 'items',
				limitParam: 'limit',
				maxLimit: 100,
				cursorParam: 'cursor',
				nextCursorPath: 'next_cursor',
				idField: 'id',
			},
			simplify: true,
		},
		'transaction.waitForStatus': {
			resource: 'transaction',
			name: 'waitForStatus',
			method: 'GET',
			path: '/transactions/{id}',
			pathParams: [
				{
					name: 'id',
					param: 'transactionId',
					displayName: 'Transaction ID',
					valueType: 'string',
				},
			],
			idempotent: true,
			simplify: true,
			wait: {
				get: 'transaction.get',
			},
		},
	},
	locators: {
		searchTransactions: {
			operation: 'transaction.getAll',
			idField: 'id',
			labelField: 'id',
			statusField: 'status',
		},
	},
	trigger: {
		resource: 'transaction',
		list: 'transaction.getAll',
		strategy: 'updatedSince',
		idField: 'id',
		statusField: 'status',
		statuses: [
			{
				value: 'processing',
				name: 'Processing',
			},
			{
				value: 'authorization_succeeded',
				name: 'Authorization Succeeded',
			},
			{
				value: 'authorization_declined',
				name: 'Authorization Declined',
			},
			{
				value: 'authorization_failed',
				name: 'Authorization Failed',
			},
			{
				value: 'authorization_voided',
				name: 'Authorization Voided',
			},
			{
				value: 'authorization_void_pending',
				name: 'Authorization Void Pending',
			},
			{
				value: 'capture_succeeded',
				name: 'Capture Succeeded',
			},
			{
				value: 'capture_pending',
				name: 'Capture Pending',
			},
			{
				value: 'buyer_approval_pending',
				name: 'Buyer Approval Pending',
			},
		],
		terminalStatuses: [
			'authorization_declined',
			'authorization_failed',
			'authorization_voided',
			'capture_succeeded',
		],
		openHorizonHours: 72,
		updated: {
			field: 'updated_at',
			filterParam: 'updated_at_gte',
		},
		linkFilter: {
			param: 'checkout_session_id',
		},
	},
	statuses: {
		transaction: {
			field: 'status',
			values: [
				{
					value: 'processing',
					name: 'Processing',
					state: 'processing',
				},
				{
					value: 'authorization_succeeded',
					name: 'Authorization Succeeded',
					state: 'authorized',
				},
				{
					value: 'authorization_declined',
					name: 'Authorization Declined',
					state: 'failed',
					final: true,
				},
				{
					value: 'authorization_failed',
					name: 'Authorization Failed',
					state: 'failed',
					final: true,
				},
				{
					value: 'authorization_voided',
					name: 'Authorization Voided',
					state: 'canceled',
					final: true,
				},
				{
					value: 'authorization_void_pending',
					name: 'Authorization Void Pending',
					state: 'processing',
				},
				{
					value: 'capture_succeeded',
					name: 'Capture Succeeded',
					state: 'paid',
					final: true,
				},
				{
					value: 'capture_pending',
					name: 'Capture Pending',
					state: 'processing',
				},
				{
					value: 'buyer_approval_pending',
					name: 'Buyer Approval Pending',
					state: 'open',
				},
			],
		},
	},
	simplify: {
		transaction: {
			idField: 'id',
			amount: {
				paths: ['amount'],
				unit: 'minor',
			},
			currency: ['currency'],
			customerEmail: ['buyer.billing_details.email_address'],
			url: null,
			createdAt: {
				paths: ['created_at'],
				format: 'iso',
			},
			updatedAt: {
				paths: ['updated_at'],
				format: 'iso',
			},
			links: {
				sessionId: ['checkout_session_id'],
				paymentId: null,
				orderId: null,
				checkoutId: null,
				customerId: ['buyer.id'],
			},
		},
	},
	validators: validators,
};
