// @ts-check
/**
 * A polling trigger across real n8n restarts. n8n 2.41 saves a poll trigger's static data to its
 * database after activation's poll and after polls that emit; what a poll that returns null
 * changed lives in memory only. n8n is killed (SIGKILL, no graceful shutdown) once right after a
 * poll that returned null and once right after one that emitted, and started again each time:
 * every completion is emitted exactly once.
 */
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { chain, platformSteps } from '../lib/workflow.mjs';

const credential = { quadernoSessionsApi: { id: 'e2eRestartCred', name: 'Quaderno sandbox' } };
const apiKey = 'sk_e2e_quaderno_key';

export const name = 'restart: a trigger killed between polls loses and repeats nothing';
export const sandboxOptions = { providers: ['quaderno'], options: { quaderno: { apiKey } } };
export const timeoutMs = 12 * 60_000;

export const credentials = [
	{
		id: 'e2eRestartCred',
		name: 'Quaderno sandbox',
		type: 'quadernoSessionsApi',
		data: { accountName: 'demo', environment: 'sandbox', apiKey, apiVersion: '20220325', baseUrl: '__E2E_SANDBOX_URL__/quaderno/api' },
	},
];

const { trigger } = platformSteps({ nodeType: 'quadernoSessions', resource: 'checkoutSession', credentials: credential });
const WORKFLOW = 'e2eRestartDone';
const NODE = 'Session Completed';

export const workflows = [chain(WORKFLOW, 'Restart: completed sessions', [trigger(NODE, { event: 'statusChanged', statuses: ['completed'] })], { active: true })];

/** Runs the checks. */
export async function run(/** @type {import('../run.mjs').CaseContext} */ ctx) {
	/** @type {any} */
	const sandbox = ctx.sandbox;
	const quaderno = sandbox.provider('quaderno');
	/** Resolves once a poll's list request after this call has been answered, and the poll had time to finish. */
	const nextPoll = async (timeoutMs = 90_000) => {
		const from = sandbox.requests.length;
		const deadline = Date.now() + timeoutMs;
		while (!sandbox.requests.slice(from).some((/** @type {any} */ r) => r.method === 'GET' && r.status !== null)) {
			if (Date.now() > deadline) throw new Error(`no poll within ${timeoutMs} ms`);
			await delay(500);
		}
		await delay(3000);
	};
	/** Ids emitted by each execution so far, oldest execution first. */
	const emitted = async (/** @type {any} */ n8n, count = 0) => {
		const runs = count ? await n8n.waitForExecutions(WORKFLOW, { count, timeoutMs: 90_000 }) : await n8n.executions(WORKFLOW);
		return [...runs].sort((a, b) => Number(a.id) - Number(b.id)).map((r) => ctx.output(r, NODE).map((s) => s.id));
	};

	quaderno.seed(2);
	let n8n = await ctx.startN8n(); // activation's poll records sessions 1 and 2; n8n saves that
	quaderno.seed(1);
	await nextPoll(); // records session 3 in memory only: it returned null
	assert.deepEqual(await emitted(n8n), []);
	await n8n.kill();
	ctx.log('killed after a poll that returned null');

	quaderno.setStatus(1, 'completed');
	quaderno.setStatus(3, 'completed');
	n8n = await ctx.startN8n();
	assert.deepEqual(await emitted(n8n, 1), [[1, 3]]);
	quaderno.setStatus(2, 'completed');
	assert.deepEqual(await emitted(n8n, 2), [[1, 3], [2]]);
	await n8n.kill();
	ctx.log('killed after a poll that emitted');

	n8n = await ctx.startN8n();
	await nextPoll(); // activation's poll was before; this is the first scheduled one: nothing new
	assert.deepEqual(await emitted(n8n), [[1, 3], [2]]);
	quaderno.seed(1, { status: 'completed' });
	assert.deepEqual(await emitted(n8n, 3), [[1, 3], [2], [4]]);
	await n8n.stop();
	ctx.log('after two kills every completion was emitted once: 1 and 3, then 2, then 4');
}
