// @ts-check
/**
 * Triggers on main, executions on workers: one active status trigger per platform polls in the
 * main process while the emulator moves sessions (or the payments, orders and transactions behind
 * them) to watched statuses; the main process is killed with SIGKILL at random moments (and once
 * after every trigger's last poll emitted nothing) and started again. Every change must be
 * emitted exactly once, counted from the executions the workers ran, and each trigger's state in
 * PostgreSQL must stay within its budget.
 */
import { setTimeout as delay } from 'node:timers/promises';

import { packagePlaceholderName } from '../e2e/lib/workflow.mjs';

/** The whole state of one trigger, as the README promises it. */
export const STATE_BUDGET_BYTES = 64 * 1024;

const everyMinute = { item: [{ mode: 'everyMinute' }] };

/**
 * Per platform: the trigger (type, parameters, credential), how to open a watched item and how to
 * move it to a watched final status in the emulator.
 * @type {Array<{platform: string, workflowId: string, node: string, type: string, parameters: Record<string, unknown>,
 *   credentials: Record<string, {id: string, name: string}>, open: (c: any) => string, finish: (c: any, id: string) => void}>}
 */
export const TRIGGERS = [
	{
		platform: 'quaderno',
		workflowId: 'scaleTrigQuaderno',
		node: 'Session Done',
		type: 'quadernoSessionsTrigger',
		parameters: { event: 'statusChanged', statuses: ['completed', 'failed', 'abandoned'] },
		credentials: { quadernoSessionsApi: { id: 'scaleQuadernoCred', name: 'Quaderno (scale)' } },
		open: (c) => String(c.seed(1)[0].id),
		finish: (c, id) => c.setStatus(Number(id), 'completed'),
	},
	{
		platform: 'stripe',
		workflowId: 'scaleTrigStripe',
		node: 'Session Done',
		type: 'stripeSessionsTrigger',
		parameters: { event: 'statusChanged', statuses: ['complete', 'expired'] },
		credentials: { stripeSessionsApi: { id: 'scaleStripeCred', name: 'Stripe (scale)' } },
		open: (c) => String(c.seed(1)[0].id),
		finish: (c, id) => c.setStatus(id, { status: 'complete', payment_status: 'paid' }),
	},
	{
		platform: 'primer',
		workflowId: 'scaleTrigPrimer',
		node: 'Payment Done',
		type: 'primerSessionsTrigger',
		parameters: { statuses: ['SETTLED', 'DECLINED'] },
		credentials: { primerSessionsApi: { id: 'scalePrimerCred', name: 'Primer (scale)' } },
		open: (c) => String(c.createPayment({ status: 'PENDING' }).id),
		finish: (c, id) => c.setStatus(id, 'SETTLED'),
	},
	{
		platform: 'digitalriver',
		workflowId: 'scaleTrigDr',
		node: 'Order Done',
		type: 'digitalRiverSessionsTrigger',
		parameters: { statuses: ['complete', 'cancelled'] },
		credentials: { digitalRiverSessionsApi: { id: 'scaleDrCred', name: 'Digital River (scale)' } },
		open: (c) => String(c.seed({ checkouts: 1, orders: 1, state: 'pending_payment' })[0].id),
		finish: (c, id) => c.setState(id, 'complete'),
	},
	{
		platform: 'gr4vy',
		workflowId: 'scaleTrigGr4vy',
		node: 'Transaction Done',
		type: 'gr4vySessionsTrigger',
		parameters: { authentication: 'gr4vyBearerTokenApi', statuses: ['capture_succeeded', 'authorization_declined'] },
		credentials: { gr4vyBearerTokenApi: { id: 'scaleGr4vyCred', name: 'Gr4vy (scale)' } },
		open: (c) => String(c.createTransaction({ status: 'processing' }).id),
		finish: (c, id) => c.setStatus(id, 'capture_succeeded'),
	},
];

/** The trigger workflows, each a single trigger node polling every minute. */
export const triggerWorkflows = TRIGGERS.map((t) => ({
	id: t.workflowId,
	name: `Scale: ${t.platform} status trigger`,
	active: false,
	settings: { executionOrder: 'v1' },
	nodes: [
		{
			id: `${t.workflowId}-trigger`,
			name: t.node,
			type: `__E2E_${packagePlaceholderName(t.platform)}__.${t.type}`,
			typeVersion: 1,
			position: [0, 0],
			parameters: { ...t.parameters, pollTimes: everyMinute },
			credentials: t.credentials,
		},
	],
	connections: {},
}));

/**
 * @typedef {object} Main  what the phase needs of the running main process
 * @property {number} pid
 * @property {(workflowId: string) => Promise<import('../e2e/lib/n8n.mjs').StoredExecution[]>} executions
 * @property {() => Promise<void>} stop
 */

/**
 * Runs the phase; `restartMain` kills nothing itself, it starts a main process and resolves with it.
 * @param {{
 *   sandbox: any, main: Main, restartMain: () => Promise<Main>, kills: number, random: () => number,
 *   query: (sql: string, params?: unknown[]) => Promise<any[]>, say: (line: string) => void,
 * }} ctx
 */
export async function runTriggerPhase(ctx) {
	const { sandbox, random, say } = ctx;
	let main = ctx.main;
	/** @type {Record<string, string[]>} items open now, per platform */
	const open = {};
	/** @type {Record<string, string[]>} items moved to a watched status, per platform */
	const expected = {};
	for (const t of TRIGGERS) {
		open[t.platform] = [];
		expected[t.platform] = [];
	}
	const controller = (/** @type {string} */ platform) => sandbox.provider(platform);
	const openOne = () => {
		for (const t of TRIGGERS) open[t.platform].push(t.open(controller(t.platform)));
	};
	const finishOne = () => {
		for (const t of TRIGGERS) {
			const list = open[t.platform];
			if (list.length === 0) continue;
			const [id] = list.splice(Math.floor(random() * list.length), 1);
			t.finish(controller(t.platform), id);
			expected[t.platform].push(id);
		}
	};
	for (let i = 0; i < 6; i++) openOne();

	// Sessions keep changing while main lives and dies, except where a kill must follow a quiet poll.
	let changing = true;
	let stopped = false;
	const changer = (async () => {
		while (!stopped) {
			if (changing) {
				finishOne();
				openOne();
			}
			await delay(2000 + Math.floor(random() * 4000));
		}
	})();

	/** @type {Array<{point: string, killedAt: string, restartSeconds: number}>} */
	const kills = [];
	// n8n spreads the triggers' every-minute polls over the minute, so a kill at a random moment
	// falls during one trigger's poll and between another's. The first kill also stops the changes:
	// main's poll at activation then emits what was pending and each trigger's next poll finds
	// nothing; the second kill comes after those.
	const points = ['at a random moment', 'after polls that emitted nothing', 'at a random moment, changes pending'];
	for (let k = 0; k < ctx.kills; k++) {
		const point = points[k % points.length];
		const waitMs = point === 'after polls that emitted nothing' ? 62_000 + Math.floor(random() * 8000) : 20_000 + Math.floor(random() * 50_000);
		await delay(waitMs);
		process.kill(-main.pid, 'SIGKILL');
		const killedAt = new Date().toISOString().slice(11, 23);
		await main.stop();
		changing = point !== 'at a random moment';
		const restartAt = Date.now();
		main = await ctx.restartMain();
		kills.push({ point, killedAt, restartSeconds: (Date.now() - restartAt) / 1000 });
		say(`main killed ${point} at ${killedAt}; started again in ${((Date.now() - restartAt) / 1000).toFixed(1)} s`);
	}
	stopped = true;
	await changer;
	// Close the remaining items, then let two polls find them.
	for (const t of TRIGGERS) {
		for (const id of open[t.platform].splice(0)) {
			t.finish(controller(t.platform), id);
			expected[t.platform].push(id);
		}
	}
	// Every trigger polls once a minute, at its own second: two minutes cover its next poll and the execution.
	const waitUntil = Date.now() + 120_000;

	/** @type {Array<Record<string, string | number>>} */
	const rows = [];
	for (;;) {
		rows.length = 0;
		let complete = true;
		for (const t of TRIGGERS) {
			const runs = await main.executions(t.workflowId);
			/** @type {string[]} */
			const emitted = [];
			for (const run of runs) {
				for (const item of run.data.resultData.runData[t.node]?.[0]?.data?.main?.[0] ?? []) emitted.push(String(item.json.id));
			}
			const want = new Set(expected[t.platform]);
			const seen = new Set(emitted);
			const missed = [...want].filter((id) => !seen.has(id)).length;
			if (missed > 0) complete = false;
			rows.push({
				platform: t.platform,
				expected: want.size,
				emitted: seen.size,
				repeated: emitted.length - seen.size,
				missed,
				unexpected: [...seen].filter((id) => !want.has(id)).length,
				executions: runs.length,
				failed: runs.filter((r) => r.status !== 'success').length,
			});
		}
		if (complete || Date.now() > waitUntil) break;
		await delay(3000);
	}
	const states = await ctx.query('select id, "staticData" as state from workflow_entity where id = any($1)', [TRIGGERS.map((t) => t.workflowId)]);
	for (const row of rows) {
		const t = TRIGGERS.find((x) => x.platform === row.platform);
		const state = states.find((s) => s.id === t?.workflowId)?.state;
		row.stateBytes = Buffer.byteLength(typeof state === 'string' ? state : JSON.stringify(state ?? null));
	}
	return { rows, kills, main };
}
