// @ts-check
/**
 * Wait for Status in real n8n: a workflow creates a Quaderno checkout session and waits for it to
 * be completed, which the emulator makes it shortly after the first read; a second workflow
 * waits for a status that never comes and sends the session to the Timed Out output.
 */
import assert from 'node:assert/strict';
import { chain, manualStart, platformSteps } from '../lib/workflow.mjs';

const credential = { quadernoSessionsApi: { id: 'e2eWaitCred', name: 'Quaderno sandbox' } };
const apiKey = 'sk_e2e_quaderno_key';
const session = { __rl: true, mode: 'id', value: '={{ $json.id }}' };
const create = { operation: 'create', items: { item: [{ product: 'sku_e2e', quantity: 1 }] }, success_url: 'https://shop.example/thanks', cancel_url: 'https://shop.example/cart' };

export const name = 'wait: Wait for Status returns a session once it is completed, or sends it to Timed Out';
export const sandboxOptions = { providers: ['quaderno'], options: { quaderno: { apiKey } } };
export const timeoutMs = 3 * 60_000;

export const credentials = [
	{
		id: 'e2eWaitCred',
		name: 'Quaderno sandbox',
		type: 'quadernoSessionsApi',
		data: { accountName: 'demo', environment: 'sandbox', apiKey, apiVersion: '20220325', baseUrl: '__E2E_SANDBOX_URL__/quaderno/api' },
	},
];

const { node } = platformSteps({ platform: 'quaderno', nodeType: 'quadernoSessions', resource: 'checkoutSession', credentials: credential });

export const workflows = [
	chain('e2eWaitCompleted', 'Quaderno: wait until completed', [
		manualStart,
		node('Create', create),
		node('Wait', { operation: 'waitForStatus', checkoutSessionId: session, statuses: ['completed'], timeout: 120, options: { pollInterval: 1 } }),
	]),
	chain('e2eWaitTimedOut', 'Quaderno: wait times out', [
		manualStart,
		node('Create', create),
		node('Wait', { operation: 'waitForStatus', checkoutSessionId: session, statuses: ['completed'], timeout: 2, onTimeout: 'timedOutOutput', options: { pollInterval: 1 } }),
	]),
];

/** Runs the checks. */
export async function run(/** @type {import('../run.mjs').CaseContext} */ ctx) {
	/** @type {any} */
	const sandbox = ctx.sandbox;
	const quaderno = sandbox.provider('quaderno');
	const reads = () => sandbox.requests.filter((/** @type {any} */ r) => r.method === 'GET').length;

	// The session is completed once the wait has read it open, while n8n is still waiting.
	let ended = false;
	const running = ctx.execute('e2eWaitCompleted').finally(() => (ended = true));
	let completedId;
	for (let tries = 0; completedId === undefined && !ended && tries < 1200; tries++) {
		await new Promise((resolve) => setTimeout(resolve, 100));
		if (reads() >= 1) {
			completedId = quaderno.all()[0].id;
			quaderno.setStatus(completedId, 'completed');
		}
	}
	const completed = await running;
	assert.equal(completed.status, 'success', JSON.stringify(ctx.runError(completed)));
	/** @type {any} */
	const [waited] = ctx.output(completed, 'Wait');
	assert.equal(waited.id, completedId);
	assert.equal(waited.status, 'completed');
	assert.equal(typeof waited.waitedSeconds, 'number');
	assert.ok(reads() >= 2, `the wait read the session ${reads()} time(s)`);
	ctx.log(`session ${completedId} completed while n8n waited; output after ${waited.waitedSeconds} s and ${reads()} reads`);

	sandbox.reset();
	const timedOut = await ctx.execute('e2eWaitTimedOut');
	assert.equal(timedOut.status, 'success', JSON.stringify(ctx.runError(timedOut)));
	assert.deepEqual(ctx.output(timedOut, 'Wait'), []);
	/** @type {any} */
	const [late] = ctx.output(timedOut, 'Wait', { output: 1 });
	assert.equal(late.status, 'pending');
	assert.ok(late.waitedSeconds >= 2, `waited ${late.waitedSeconds} s`);
	ctx.log(`a session still pending after the 2 s timeout went to the Timed Out output (${late.waitedSeconds} s)`);
}
