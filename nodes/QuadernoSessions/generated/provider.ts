// GENERATED from schemas/quaderno/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import { hooks } from '../hooks';
import type { FieldSpec, ProviderSpec, ValidatorTable } from '../../shared/types';
import * as compiled from './validators';

const validators: ValidatorTable = compiled;

const itemFields: FieldSpec[] = [
	{
		field: 'amount',
		param: 'amount',
		displayName: 'Amount',
		kind: 'json',
	},
	{
		field: 'currency',
		param: 'currency',
		displayName: 'Currency',
		kind: 'value',
	},
	{
		field: 'description',
		param: 'description',
		displayName: 'Description',
		kind: 'value',
	},
	{
		field: 'name',
		param: 'name',
		displayName: 'Name',
		kind: 'value',
	},
	{
		field: 'product',
		param: 'product',
		displayName: 'Product SKU',
		kind: 'value',
	},
	{
		field: 'quantity',
		param: 'quantity',
		displayName: 'Quantity',
		kind: 'json',
	},
];

const customerFields: FieldSpec[] = [
	{
		field: 'billing_city',
		param: 'billing_city',
		displayName: 'Billing City',
		kind: 'value',
	},
	{
		field: 'billing_country',
		param: 'billing_country',
		displayName: 'Billing Country',
		kind: 'value',
	},
	{
		field: 'billing_postal_code',
		param: 'billing_postal_code',
		displayName: 'Billing Postal Code',
		kind: 'value',
	},
	{
		field: 'billing_street_line_1',
		param: 'billing_street_line_1',
		displayName: 'Billing Street Line 1',
		kind: 'value',
	},
	{
		field: 'billing_street_line_2',
		param: 'billing_street_line_2',
		displayName: 'Billing Street Line 2',
		kind: 'value',
	},
	{
		field: 'company',
		param: 'company',
		displayName: 'Company',
		kind: 'value',
	},
	{
		field: 'contact',
		param: 'contact',
		displayName: 'Contact ID',
		kind: 'value',
	},
	{
		field: 'email',
		param: 'email',
		displayName: 'Email',
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
		field: 'tax_id',
		param: 'tax_id',
		displayName: 'Tax ID',
		kind: 'value',
	},
];

/** Operation table of Quaderno: what the shared runtime needs to call the API. */
export const provider: ProviderSpec = {
	id: 'quaderno',
	displayName: 'Quaderno',
	credentials: [
		{
			name: 'quadernoSessionsApi',
			baseUrl: {
				selector: 'environment',
				values: {
					production: 'https://{accountName}.quadernoapp.com/api',
					sandbox: 'https://{accountName}.sandbox-quadernoapp.com/api',
				},
				override: 'baseUrl',
			},
			secrets: ['apiKey'],
			auth: {
				basic: {
					username: '{apiKey}',
					password: 'x',
				},
				headers: [
					{
						name: 'Accept',
						value: 'application/json; api_version={apiVersion}',
						when: 'apiVersion',
						otherwise: 'application/json',
					},
				],
				hostFields: ['accountName'],
			},
			test: {
				method: 'GET',
				path: '/checkout/sessions',
				qs: {
					limit: 1,
				},
			},
		},
	],
	transport: {
		rateLimit: {
			requests: 100,
			perSeconds: 15,
		},
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
				required: [
					{
						field: 'items',
						param: 'items',
						displayName: 'Items',
						kind: 'list',
						group: 'item',
						fields: itemFields,
					},
					{
						field: 'success_url',
						param: 'success_url',
						displayName: 'Success URL',
						kind: 'value',
					},
					{
						field: 'cancel_url',
						param: 'cancel_url',
						displayName: 'Cancel URL',
						kind: 'value',
					},
				],
				optional: [
					{
						field: 'billing_details_collection',
						param: 'billing_details_collection',
						displayName: 'Billing Details Collection',
						kind: 'value',
					},
					{
						field: 'coupon_collection',
						param: 'coupon_collection',
						displayName: 'Coupon Collection',
						kind: 'value',
					},
					{
						field: 'customer',
						param: 'customer',
						displayName: 'Customer',
						kind: 'object',
						fields: customerFields,
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
						field: 'payment_methods',
						param: 'payment_methods',
						displayName: 'Payment Methods',
						kind: 'value',
					},
					{
						field: 'custom',
						param: 'custom',
						displayName: 'Processor Options',
						kind: 'json',
					},
				],
				collection: 'additionalFields',
				encoding: 'json',
				validator: 'checkoutSession_create_body',
			},
			simplify: true,
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
					displayName: 'Session ID',
					valueType: 'integer',
				},
			],
			idempotent: true,
			simplify: true,
		},
		'checkoutSession.getAll': {
			resource: 'checkoutSession',
			name: 'getAll',
			method: 'GET',
			path: '/checkout/sessions',
			pathParams: [],
			idempotent: true,
			query: {
				fields: [
					{
						field: 'status',
						param: 'status',
						displayName: 'Status',
						kind: 'value',
					},
				],
				validator: 'checkoutSession_getAll_query',
			},
			pagination: {
				style: 'idCursor',
				itemsPath: '',
				limitParam: 'limit',
				maxLimit: 100,
				cursorParam: 'created_before',
				cursorField: 'id',
				hasMore: {
					header: 'x-pages-hasmore',
				},
				idField: 'id',
			},
			simplify: true,
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
					displayName: 'Session ID',
					valueType: 'integer',
				},
			],
			idempotent: true,
			body: {
				required: [],
				optional: [
					{
						field: 'billing_details_collection',
						param: 'billing_details_collection',
						displayName: 'Billing Details Collection',
						kind: 'value',
					},
					{
						field: 'cancel_url',
						param: 'cancel_url',
						displayName: 'Cancel URL',
						kind: 'value',
					},
					{
						field: 'coupon_collection',
						param: 'coupon_collection',
						displayName: 'Coupon Collection',
						kind: 'value',
					},
					{
						field: 'customer',
						param: 'customer',
						displayName: 'Customer',
						kind: 'object',
						fields: customerFields,
					},
					{
						field: 'items',
						param: 'items',
						displayName: 'Items',
						kind: 'list',
						group: 'item',
						fields: itemFields,
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
						field: 'payment_methods',
						param: 'payment_methods',
						displayName: 'Payment Methods',
						kind: 'value',
					},
					{
						field: 'custom',
						param: 'custom',
						displayName: 'Processor Options',
						kind: 'json',
					},
					{
						field: 'success_url',
						param: 'success_url',
						displayName: 'Success URL',
						kind: 'value',
					},
				],
				collection: 'updateFields',
				encoding: 'json',
				validator: 'checkoutSession_update_body',
			},
			simplify: true,
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
					displayName: 'Session ID',
					valueType: 'integer',
				},
			],
			idempotent: true,
			emptyResponse: {
				deleted: true,
			},
		},
		'checkoutSession.waitForStatus': {
			resource: 'checkoutSession',
			name: 'waitForStatus',
			method: 'GET',
			path: '/checkout/sessions/{id}',
			pathParams: [
				{
					name: 'id',
					param: 'checkoutSessionId',
					displayName: 'Session ID',
					valueType: 'integer',
				},
			],
			idempotent: true,
			simplify: true,
			wait: {
				get: 'checkoutSession.get',
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
			field: 'id',
			kind: 'number',
		},
		idField: 'id',
		statusField: 'status',
		statusFilterParam: 'status',
		statuses: [
			{
				value: 'pending',
				name: 'Pending',
			},
			{
				value: 'processing',
				name: 'Processing',
			},
			{
				value: 'failed',
				name: 'Failed',
			},
			{
				value: 'completed',
				name: 'Completed',
			},
			{
				value: 'abandoned',
				name: 'Abandoned',
			},
		],
		terminalStatuses: ['completed', 'abandoned'],
		openHorizonHours: 48,
	},
	statuses: {
		checkoutSession: {
			field: 'status',
			values: [
				{
					value: 'pending',
					name: 'Pending',
					state: 'open',
				},
				{
					value: 'processing',
					name: 'Processing',
					state: 'processing',
				},
				{
					value: 'failed',
					name: 'Failed',
					state: 'failed',
				},
				{
					value: 'completed',
					name: 'Completed',
					state: 'paid',
					final: true,
				},
				{
					value: 'abandoned',
					name: 'Abandoned',
					state: 'expired',
					final: true,
				},
			],
		},
	},
	simplify: {
		checkoutSession: {
			idField: 'id',
			amount: null,
			currency: null,
			customerEmail: ['customer.email'],
			url: ['permalink'],
			createdAt: null,
			updatedAt: null,
			links: {
				sessionId: null,
				paymentId: null,
				orderId: null,
				checkoutId: null,
				customerId: null,
			},
		},
	},
	validators: validators,
};
