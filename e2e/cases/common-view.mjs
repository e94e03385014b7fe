// @ts-check
/**
 * The common session view in real n8n: sessions, payments, transactions and orders of all five
 * platforms, each in a known status, are read with Get (Simplify on) and go into ONE Switch node
 * (n8n's own, from n8n-nodes-base) whose rules look at `state` only. Each item must reach the
 * output its state names, whatever platform it comes from.
 */
import assert from 'node:assert/strict';
import { chain, manualStart } from '../lib/workflow.mjs';

const keys = {
	quaderno: 'sk_e2e_quaderno_key',
	// Built from parts so the source holds no literal that looks like a real Stripe key.
	stripe: ['sk', 'test', 'e2e', 'stripe', 'key'].join('_'),
	primer: 'e2e-primer-key',
	gr4vy: 'e2e-gr4vy-ready-token',
	digitalriver: 'e2e-digitalriver-key',
};

export const name = 'common view: one Switch on state routes all five platforms';
export const sandboxOptions = {
	providers: ['quaderno', 'stripe', 'primer', 'gr4vy', 'digitalriver'],
	options: {
		quaderno: { apiKey: keys.quaderno },
		stripe: { secretKey: keys.stripe },
		primer: { apiKey: keys.primer },
		// The emulator wants a public key for signed tokens; this case only uses the ready token.
		gr4vy: { publicKey: '', bearerToken: keys.gr4vy },
		digitalriver: { secretKey: keys.digitalriver },
	},
};
export const timeoutMs = 3 * 60_000;

export const credentials = [
	{ id: 'e2eViewQuaderno', name: 'Quaderno view', type: 'quadernoSessionsApi', data: { accountName: 'demo', environment: 'sandbox', apiKey: keys.quaderno, apiVersion: '20220325', baseUrl: '__E2E_SANDBOX_URL__/quaderno/api' } },
	{ id: 'e2eViewStripe', name: 'Stripe view', type: 'stripeSessionsApi', data: { secretKey: keys.stripe, apiVersion: '2025-03-31.basil', baseUrl: '__E2E_SANDBOX_URL__/stripe' } },
	{ id: 'e2eViewPrimer', name: 'Primer view', type: 'primerSessionsApi', data: { environment: 'sandbox', apiKey: keys.primer, apiVersion: '2.4', baseUrl: '__E2E_SANDBOX_URL__/primer' } },
	{ id: 'e2eViewGr4vy', name: 'Gr4vy view', type: 'gr4vyBearerTokenApi', data: { instanceId: 'e2e', environment: 'sandbox', baseUrl: '__E2E_SANDBOX_URL__/gr4vy', token: keys.gr4vy, merchantAccountId: '' } },
	{ id: 'e2eViewDr', name: 'Digital River view', type: 'digitalRiverSessionsApi', data: { secretKey: keys.digitalriver, apiVersion: '2020-09-30', baseUrl: '__E2E_SANDBOX_URL__/digitalriver' } },
];

/**
 * Each platform's lane: list its items (raw), then Get each by ID with Simplify on.
 * @type {{ platform: string, nodeType: string, resource: string, idParam: string, extra?: Record<string, string>, credentials: Record<string, { id: string, name: string }> }[]}
 */
const lanes = [
	{ platform: 'quaderno', nodeType: 'quadernoSessions', resource: 'checkoutSession', idParam: 'checkoutSessionId', credentials: { quadernoSessionsApi: { id: 'e2eViewQuaderno', name: 'Quaderno view' } } },
	{ platform: 'stripe', nodeType: 'stripeSessions', resource: 'checkoutSession', idParam: 'checkoutSessionId', credentials: { stripeSessionsApi: { id: 'e2eViewStripe', name: 'Stripe view' } } },
	{ platform: 'primer', nodeType: 'primerSessions', resource: 'payment', idParam: 'paymentId', credentials: { primerSessionsApi: { id: 'e2eViewPrimer', name: 'Primer view' } } },
	{ platform: 'gr4vy', nodeType: 'gr4vySessions', resource: 'transaction', idParam: 'transactionId', extra: { authentication: 'gr4vyBearerTokenApi' }, credentials: { gr4vyBearerTokenApi: { id: 'e2eViewGr4vy', name: 'Gr4vy view' } } },
	{ platform: 'digitalriver', nodeType: 'digitalRiverSessions', resource: 'order', idParam: 'orderId', credentials: { digitalRiverSessionsApi: { id: 'e2eViewDr', name: 'Digital River view' } } },
];

/** The Switch rules: one output per state, in this order, and a fallback output for the rest. */
const ROUTES = ['paid', 'failed', 'open'];

/** n8n's Switch node (rules mode), each rule "state equals <value>". */
const switchNode = {
	name: 'Route by State',
	type: 'n8n-nodes-base.switch',
	typeVersion: 3.2,
	parameters: {
		rules: {
			values: ROUTES.map((state) => ({
				conditions: {
					options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
					conditions: [{ id: `rule-${state}`, leftValue: '={{ $json.state }}', rightValue: state, operator: { type: 'string', operation: 'equals' } }],
					combinator: 'and',
				},
				renameOutput: true,
				outputKey: state,
			})),
		},
		options: { fallbackOutput: 'extra', renameFallbackOutput: 'other' },
	},
};

/** One workflow: Start feeds five lanes, and every lane's Get feeds the one Switch node. */
function commonViewWorkflow() {
	const id = 'e2eCommonView';
	/** @type {any[]} */
	const nodes = [];
	/** @type {Record<string, any>} */
	const connections = {};
	const start = chain(id, 'start', [manualStart]).nodes[0];
	nodes.push(start);
	connections[manualStart.name] = { main: [[]] };
	lanes.forEach((lane, i) => {
		const type = `pkg:${lane.platform}/${lane.nodeType}`;
		const base = { resource: lane.resource, ...(lane.extra ?? {}) };
		const laneFlow = chain(`${id}${i}`, lane.platform, [
			{ name: `${lane.platform} list`, type, parameters: { ...base, operation: 'getAll', returnAll: true }, credentials: lane.credentials },
			{ name: `${lane.platform} get`, type, parameters: { ...base, operation: 'get', [lane.idParam]: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, simplify: true }, credentials: lane.credentials },
		]);
		laneFlow.nodes.forEach((n, j) => nodes.push({ ...n, position: [220 + j * 220, i * 160] }));
		Object.assign(connections, laneFlow.connections);
		connections[manualStart.name].main[0].push({ node: `${lane.platform} list`, type: 'main', index: 0 });
		connections[`${lane.platform} get`] = { main: [[{ node: switchNode.name, type: 'main', index: 0 }]] };
	});
	nodes.push({ id: `${id}-switch`, ...switchNode, position: [880, 320] });
	return { id, name: 'Common view: one Switch on state', active: false, settings: { executionOrder: 'v1' }, nodes, connections };
}

export const workflows = [commonViewWorkflow()];

/** Runs the checks. */
export async function run(/** @type {import('../run.mjs').CaseContext} */ ctx) {
	/** @type {any} */
	const sandbox = ctx.sandbox;
	const p = (/** @type {string} */ platform) => sandbox.provider(platform);

	// Paid, failed and waiting for the customer, each in the platform's own words.
	for (const status of ['completed', 'failed', 'pending']) p('quaderno').seed(1, { status });
	p('stripe').seed(1, { status: 'complete', payment_status: 'paid' });
	p('stripe').seed(1, { status: 'open', payment_status: 'unpaid' });
	p('stripe').seed(1, { status: 'expired', payment_status: 'unpaid' });
	for (const status of ['SETTLED', 'DECLINED', 'PENDING']) p('primer').createPayment({ status });
	for (const status of ['capture_succeeded', 'authorization_failed', 'buyer_approval_pending']) p('gr4vy').createTransaction({ status });
	const orders = p('digitalriver').seed({ orders: 3, state: 'in_review' });
	p('digitalriver').setState(orders[0].id, 'complete');
	p('digitalriver').setState(orders[1].id, 'blocked');

	const result = await ctx.execute('e2eCommonView');
	assert.equal(result.status, 'success', JSON.stringify(ctx.runError(result)));
	// The Switch runs once per lane that reaches it; gather what each of its outputs received.
	/** @type {any} */
	const data = result;
	const runs = ('resultData' in data ? data : data.data).resultData.runData[switchNode.name];
	assert.equal(runs.length, lanes.length, 'the Switch ran once per platform');
	/** @type {string[][]} */
	const routed = [...ROUTES, 'other'].map(() => []);
	runs.forEach((/** @type {any} */ _run, /** @type {number} */ runIndex) => {
		routed.forEach((bucket, output) => bucket.push(...ctx.output(result, switchNode.name, { runIndex, output }).map((i) => `${i.platform}:${i.status}`)));
	});
	assert.deepEqual(
		routed.map((bucket) => bucket.sort()),
		[
			['digitalriver:complete', 'gr4vy:capture_succeeded', 'primer:SETTLED', 'quaderno:completed', 'stripe:paid'],
			['digitalriver:blocked', 'gr4vy:authorization_failed', 'primer:DECLINED', 'quaderno:failed'],
			['gr4vy:buyer_approval_pending', 'quaderno:pending', 'stripe:open'],
			['digitalriver:in_review', 'primer:PENDING', 'stripe:expired'],
		],
	);
	/** @type {any} */
	const [order] = ctx.output(result, 'digitalriver get').filter((/** @type {any} */ o) => o.status === 'complete');
	assert.equal(order.amount, Math.round(orders[0].totalAmount * 100), `Digital River's decimal ${orders[0].totalAmount} USD in minor units`);
	assert.equal(order.currency, 'USD');
	ctx.log(`one Switch on state: ${routed.map((b, i) => `${[...ROUTES, 'other'][i]} ${b.length}`).join(', ')}`);
}
