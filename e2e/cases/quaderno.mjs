// @ts-check
/**
 * Quaderno in real n8n: a create → get → update → get many → delete chain through `n8n execute`,
 * a create with bad input that fails naming the field without reaching the API, and two polling
 * triggers (new sessions; status changes) activated on `n8n start`.
 */
import assert from 'node:assert/strict';
import { chain, manualStart, platformSteps } from '../lib/workflow.mjs';

const credential = { quadernoSessionsApi: { id: 'e2eQuadernoCred', name: 'Quaderno sandbox' } };
const apiKey = 'sk_e2e_quaderno_key';
const session = (id = '={{ $json.id }}') => ({ __rl: true, mode: 'id', value: id });
const urls = { success_url: 'https://shop.example/thanks', cancel_url: 'https://shop.example/cart' };

export const name = 'quaderno: operations, bad input and triggers';
export const sandboxOptions = { providers: ['quaderno'], options: { quaderno: { apiKey } } };
export const timeoutMs = 4 * 60_000;

export const credentials = [
	{
		id: 'e2eQuadernoCred',
		name: 'Quaderno sandbox',
		type: 'quadernoSessionsApi',
		data: { accountName: 'demo', environment: 'sandbox', apiKey, apiVersion: '20220325', baseUrl: '__E2E_SANDBOX_URL__/quaderno/api' },
	},
];

const { node, trigger } = platformSteps({ platform: 'quaderno', nodeType: 'quadernoSessions', resource: 'checkoutSession', credentials: credential });

export const workflows = [
	chain('e2eQuadernoCrud', 'Quaderno: session lifecycle', [
		manualStart,
		node('Create', { operation: 'create', items: { item: [{ product: 'sku_e2e', quantity: 2 }] }, ...urls, additionalFields: { metadata: { entry: [{ key: 'source', value: 'e2e' }] } } }),
		node('Get', { operation: 'get', checkoutSessionId: session() }),
		node('Update', { operation: 'update', checkoutSessionId: session(), updateFields: { locale: 'de' } }),
		node('Get Many', { operation: 'getAll', returnAll: true }, { executeOnce: true }),
		node('Delete', { operation: 'delete', checkoutSessionId: session("={{ $('Create').first().json.id }}") }, { executeOnce: true }),
	]),
	chain('e2eQuadernoBadInput', 'Quaderno: bad input', [manualStart, node('Create', { operation: 'create', items: { item: [{ product: 'sku_e2e', quantity: 0 }] }, ...urls })]),
	chain('e2eQuadernoNew', 'Quaderno: new sessions', [trigger('New Session', { event: 'created', startAfterId: 1 })], { active: true }),
	chain('e2eQuadernoDone', 'Quaderno: completed sessions', [trigger('Session Completed', { event: 'statusChanged', statuses: ['completed'] })], { active: true }),
];

/** Runs the checks. */
export async function run(/** @type {import('../run.mjs').CaseContext} */ ctx) {
	/** @type {any} */
	const sandbox = ctx.sandbox;
	const quaderno = sandbox.provider('quaderno');

	const crud = await ctx.execute('e2eQuadernoCrud');
	assert.equal(crud.status, 'success', JSON.stringify(ctx.runError(crud)));
	/** @type {any} */
	const [created] = ctx.output(crud, 'Create');
	assert.equal(created.status, 'pending');
	assert.deepEqual(created.items.map((/** @type {any} */ i) => [i.product, i.quantity]), [['sku_e2e', 2]]);
	assert.deepEqual(created.metadata, { source: 'e2e' });
	assert.match(String(created.permalink), /\/checkout\/session\//);
	assert.equal(ctx.output(crud, 'Get')[0].id, created.id);
	assert.equal(ctx.output(crud, 'Update')[0].locale, 'de');
	assert.ok(ctx.output(crud, 'Get Many').some((s) => s.id === created.id));
	assert.deepEqual(ctx.output(crud, 'Delete'), [{ id: created.id, deleted: true }]);
	assert.equal(quaderno.all().length, 0);
	ctx.log(`lifecycle of session ${created.id}: create, get, update, get many, delete`);

	const before = sandbox.requests.length;
	const bad = await ctx.execute('e2eQuadernoBadInput');
	assert.equal(bad.status, 'error');
	const error = /** @type {Record<string, any>} */ (ctx.runError(bad));
	assert.match(String(error.message), /"Items > Quantity" \(items\[0\]\.quantity\) must be >= 1 \[item 0\]/);
	assert.equal(sandbox.requests.length, before, 'bad input reached the API');
	ctx.log(`bad input refused: ${error.message}`);

	sandbox.reset();
	quaderno.seed(2);
	const n8n = await ctx.startN8n();
	const [first] = await n8n.waitForExecutions('e2eQuadernoNew', { count: 1, timeoutMs: 60_000 });
	assert.deepEqual(ctx.output(first, 'New Session').map((s) => s.id), [2]);

	quaderno.seed(1);
	quaderno.setStatus(1, 'completed');
	const runs = await n8n.waitForExecutions('e2eQuadernoNew', { count: 2, timeoutMs: 90_000 });
	assert.deepEqual(ctx.output(runs[1], 'New Session').map((s) => s.id), [3]);
	const [done] = await n8n.waitForExecutions('e2eQuadernoDone', { count: 1, timeoutMs: 90_000 });
	assert.deepEqual(
		ctx.output(done, 'Session Completed').map((s) => [s.id, s.status, s.previousStatus]),
		[[1, 'completed', 'pending']],
	);
	ctx.log('triggers: activation poll emitted session 2; the next poll emitted session 3 and the completion of session 1 once');
	await n8n.stop();
}
