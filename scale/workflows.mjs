// @ts-check
/**
 * The scale run's credentials and workflows: per platform a bulk-create workflow started by a
 * production webhook (the webhook body carries the items' tags), with the worker that ran each
 * item recorded in the session's metadata from `$env.SCALE_WORKER`.
 */

import { packagePlaceholderName } from '../e2e/lib/workflow.mjs';

/**
 * Every n8n process that sends requests with the bulk credentials at the same time: the two
 * workers (the main process polls with them only in the trigger phase, when the workers send none).
 */
export const PROCESSES_SHARING = 2;

export const DR_KEY = 'scale-digitalriver-key';
// Built from parts so the source holds no literal that looks like a real Stripe key.
export const STRIPE_KEY = ['sk', 'test', 'scale', 'key'].join('_');

export const QUADERNO_KEY = 'scale-quaderno-key';
export const PRIMER_KEY = 'scale-primer-key';
export const GR4VY_TOKEN = 'scale-gr4vy-ready-token';

export const credentials = [
	{
		id: 'scaleDrCred',
		name: 'Digital River (scale)',
		type: 'digitalRiverSessionsApi',
		data: { secretKey: DR_KEY, baseUrl: '__E2E_SANDBOX_URL__/digitalriver', processesSharingLimit: PROCESSES_SHARING },
	},
	{
		id: 'scaleStripeCred',
		name: 'Stripe (scale)',
		type: 'stripeSessionsApi',
		data: { secretKey: STRIPE_KEY, baseUrl: '__E2E_SANDBOX_URL__/stripe', processesSharingLimit: PROCESSES_SHARING },
	},
	// Only the main process polls with these.
	{
		id: 'scaleQuadernoCred',
		name: 'Quaderno (scale)',
		type: 'quadernoSessionsApi',
		data: { accountName: 'demo', environment: 'sandbox', apiKey: QUADERNO_KEY, baseUrl: '__E2E_SANDBOX_URL__/quaderno/api' },
	},
	{ id: 'scalePrimerCred', name: 'Primer (scale)', type: 'primerSessionsApi', data: { environment: 'sandbox', apiKey: PRIMER_KEY, apiVersion: '2.4', baseUrl: '__E2E_SANDBOX_URL__/primer' } },
	{
		id: 'scaleGr4vyCred',
		name: 'Gr4vy (scale)',
		type: 'gr4vyBearerTokenApi',
		data: { instanceId: 'example', environment: 'sandbox', token: GR4VY_TOKEN, merchantAccountId: '', baseUrl: '__E2E_SANDBOX_URL__/gr4vy' },
	},
];

const workerTag = [{ key: 'worker', value: '={{ $env.SCALE_WORKER }}' }];

/**
 * @param {string} id @param {string} name @param {string} webhookPath @param {string} webhookId
 * @param {Record<string, unknown>} createNode
 */
function bulkWorkflow(id, name, webhookPath, webhookId, createNode) {
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: `${id}-hook`,
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId,
				parameters: { httpMethod: 'POST', path: webhookPath, responseMode: 'onReceived', options: {} },
			},
			{
				id: `${id}-split`,
				name: 'Items',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [220, 0],
				parameters: { fieldToSplitOut: 'body.items', include: 'noOtherFields', options: {} },
			},
			{ id: `${id}-create`, name: 'Create', typeVersion: 1, position: [440, 0], ...createNode },
		],
		connections: {
			Webhook: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: { main: [[{ node: 'Create', type: 'main', index: 0 }]] },
		},
	};
}

export const BULK = {
	digitalriver: { workflowId: 'scaleDrBulk', path: 'scale-dr-bulk' },
	stripe: { workflowId: 'scaleStripeBulk', path: 'scale-stripe-bulk' },
};

export const workflows = [
	bulkWorkflow(BULK.digitalriver.workflowId, 'Scale: Digital River checkouts', BULK.digitalriver.path, '5ca1e000-0000-4000-8000-000000000001', {
		type: `__E2E_${packagePlaceholderName('digitalriver')}__.digitalRiverSessions`,
		credentials: { digitalRiverSessionsApi: { id: 'scaleDrCred', name: 'Digital River (scale)' } },
		parameters: {
			resource: 'checkout',
			operation: 'create',
			currency: 'USD',
			items: { item: [{ skuId: 'sku-scale', price: 10, quantity: 1 }] },
			additionalFields: { upstreamId: '={{ $json.tag }}', metadata: { entry: workerTag } },
			options: { parallelRequests: 10 },
		},
	}),
	bulkWorkflow(BULK.stripe.workflowId, 'Scale: Stripe checkout sessions', BULK.stripe.path, '5ca1e000-0000-4000-8000-000000000002', {
		type: `__E2E_${packagePlaceholderName('stripe')}__.stripeSessions`,
		credentials: { stripeSessionsApi: { id: 'scaleStripeCred', name: 'Stripe (scale)' } },
		parameters: {
			resource: 'checkoutSession',
			operation: 'create',
			mode: 'payment',
			additionalFields: {
				success_url: 'https://shop.example/thanks',
				line_items: { lineItem: [{ price: 'price_scale', quantity: 1 }] },
				client_reference_id: '={{ $json.tag }}',
				metadata: { entry: workerTag },
			},
			options: { parallelRequests: 10 },
		},
	}),
];
