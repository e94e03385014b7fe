import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';
import { POLL_LIMITS } from '../../nodes/shared/poll';
import { clearEngineLog, getEngineLog, runPoll } from '../harness/engine';
import { activeTrigger as newActiveTrigger } from '../harness/trigger';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import { credentials, providers, sandboxOptions, stripeRequests, trigger, triggerTypeName } from './fixtures';

let sandbox: SandboxHandle;
beforeAll(async () => {
	sandbox = await startSandbox({ providers, options: sandboxOptions });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const stripe = () => sandbox.provider('stripe');
const T0 = 1_760_000_000;
const created = { event: 'created' };
const outcomes = { event: 'statusChanged', statuses: ['complete', 'expired', 'paid'] };

/** A trigger with its own persisted state, like one activated workflow. */
const activeTrigger = (parameters: INodeParameters) => newActiveTrigger({ node: trigger, typeName: triggerTypeName, credentials: () => credentials(sandbox.url), parameters });

const ids = (items: Array<{ json: IDataObject }> | null) => (items ?? []).map((i) => String(i.json.id));
const seedIds = (count: number, created?: number) => (stripe().seed(count, { created }) as IDataObject[]).map((s) => String(s.id));

describe('Stripe Sessions Trigger', () => {
	test('the first poll records what exists and emits nothing; later polls emit only new sessions, oldest first', async () => {
		seedIds(3, T0);
		const t = activeTrigger(created);
		expect(await t.poll()).toBeNull();
		const a = seedIds(1, T0 + 5);
		const b = seedIds(1, T0 + 9);
		const items = await t.poll();
		expect(ids(items)).toEqual([...a, ...b]);
		expect(items![0].json).toMatchObject({ triggerEvent: 'created', status: 'open' });
		expect(await t.poll()).toBeNull();
	});

	test('sessions created in the same second as the newest seen one are still emitted, once', async () => {
		const first = seedIds(2, T0);
		const t = activeTrigger(created);
		await t.poll();
		const sameSecond = seedIds(2, T0);
		expect(ids(await t.poll()).sort()).toEqual([...sameSecond].sort());
		expect(await t.poll()).toBeNull();
		expect(first).toHaveLength(2);
	});

	test('a restart with the stored state neither repeats nor loses sessions', async () => {
		const t = activeTrigger(created);
		await t.poll();
		const a = seedIds(2, T0);
		expect(ids(await t.poll()).sort()).toEqual([...a].sort());
		t.restart();
		const b = seedIds(1, T0);
		const c = seedIds(1, T0 + 1);
		expect(ids(await t.poll())).toEqual([...b, ...c]);
		t.restart();
		expect(await t.poll()).toBeNull();
	});

	test('more new sessions than one page are all emitted once, paging with starting_after', async () => {
		seedIds(1, T0);
		const t = activeTrigger(created);
		await t.poll();
		const fresh = Array.from({ length: 250 }, (_, i) => seedIds(1, T0 + 10 + Math.floor(i / 3))[0]);
		sandbox.requests.length = 0;
		const items = await t.poll();
		// Oldest second first; within one second Stripe's order is not defined by the ids.
		expect(new Set(ids(items))).toEqual(new Set(fresh));
		expect(items).toHaveLength(250);
		const seconds = items!.map((i) => Number(i.json.created));
		expect(seconds).toEqual([...seconds].sort((x, y) => x - y));
		const lists = stripeRequests(sandbox).filter((r) => r.path === '/stripe/v1/checkout/sessions');
		expect(lists.map((r) => r.query.starting_after === undefined)).toEqual([true, false, false]);
		expect(await t.poll()).toBeNull();
	});

	test('when a poll runs out of pages before reaching what it saw last, the rest is read on later polls without loss or repeats', async () => {
		const saved = POLL_LIMITS.pagesPerPoll;
		POLL_LIMITS.pagesPerPoll = 2;
		try {
			seedIds(1, T0);
			const t = activeTrigger(created);
			await t.poll();
			const fresh = seedIds(450, T0 + 100);
			const seen: string[] = [];
			for (let i = 0; i < 4; i++) seen.push(...ids(await t.poll()));
			expect(seen).toHaveLength(450);
			expect(new Set(seen)).toEqual(new Set(fresh));
			t.restart();
			const later = seedIds(1, T0 + 200);
			expect(ids(await t.poll())).toEqual(later);
		} finally {
			POLL_LIMITS.pagesPerPoll = saved;
		}
	});

	test('status changes between polls are emitted with the previous status, and paid is its own event', async () => {
		const [s1, s2, s3] = seedIds(3, T0);
		const t = activeTrigger(outcomes);
		expect(await t.poll()).toBeNull();
		stripe().setStatus(s1, { status: 'complete' });
		stripe().setStatus(s2, { status: 'expired' });
		const changed = await t.poll();
		expect(changed!.map((i) => [i.json.id, i.json.status, i.json.payment_status, i.json.previousStatus, i.json.triggerEvent])).toEqual(
			expect.arrayContaining([
				[s1, 'complete', 'unpaid', 'open', 'statusChanged'],
				[s2, 'expired', 'unpaid', 'open', 'statusChanged'],
			]),
		);
		expect(changed).toHaveLength(2);
		t.restart();
		stripe().setStatus(s1, { payment_status: 'paid' });
		const paid = await t.poll();
		expect(paid!.map((i) => [i.json.id, i.json.status, i.json.payment_status])).toEqual([[s1, 'complete', 'paid']]);
		expect(await t.poll()).toBeNull();
		stripe().setStatus(s3, { status: 'complete', payment_status: 'paid' });
		expect(ids(await t.poll())).toEqual([s3]);
	});

	test('watching only Paid ignores completed sessions that are not paid yet', async () => {
		const [s1, s2] = seedIds(2, T0);
		const t = activeTrigger({ event: 'statusChanged', statuses: ['paid'] });
		await t.poll();
		stripe().setStatus(s1, { status: 'complete' });
		expect(await t.poll()).toBeNull();
		stripe().setStatus(s1, { payment_status: 'paid' });
		stripe().setStatus(s2, { status: 'expired' });
		expect(ids(await t.poll())).toEqual([s1]);
	});

	test('watching No Payment Required emits a setup-mode session when it completes, not while it is open', async () => {
		const t = activeTrigger({ event: 'statusChanged', statuses: ['no_payment_required'] });
		await t.poll();
		const [s] = stripe().seed(1, { created: T0, mode: 'setup', payment_status: 'no_payment_required' }) as IDataObject[];
		expect(await t.poll()).toBeNull();
		stripe().setStatus(String(s.id), { status: 'complete' });
		const done = await t.poll();
		expect(done!.map((i) => [i.json.id, i.json.status, i.json.payment_status, i.json.previousStatus])).toEqual([[s.id, 'complete', 'no_payment_required', 'open']]);
		expect(await t.poll()).toBeNull();
	});

	test('a new session that is already paid when first seen is emitted once', async () => {
		const t = activeTrigger(outcomes);
		await t.poll();
		const [s] = stripe().seed(1, { created: T0, status: 'complete', payment_status: 'paid' }) as IDataObject[];
		const items = await t.poll();
		expect(ids(items)).toEqual([s.id]);
		expect(items![0].json.previousStatus).toBeUndefined();
		expect(await t.poll()).toBeNull();
	});

	test('a watched session pushed off the first page by newer ones still reports its change', async () => {
		const [old] = seedIds(1, T0);
		const t = activeTrigger(outcomes);
		await t.poll();
		seedIds(150, T0 + 10);
		expect(await t.poll()).toBeNull();
		stripe().setStatus(old, { status: 'complete', payment_status: 'paid' });
		expect(ids(await t.poll())).toEqual([old]);
	});

	test('Start From makes sessions created after that time count as new on the first poll', async () => {
		seedIds(1, T0);
		const recent = seedIds(2, T0 + 60);
		const t = activeTrigger({ ...created, startFrom: new Date((T0 + 30) * 1000).toISOString() });
		expect(ids(await t.poll()).sort()).toEqual([...recent].sort());
	});

	test('a manual test fetch returns a recent sample and changes no state', async () => {
		const [s1] = seedIds(3, T0);
		stripe().setStatus(s1, { status: 'complete', payment_status: 'paid' });
		const staticData: IDataObject = {};
		const sample = await runPoll({ node: trigger, typeName: triggerTypeName, parameters: { event: 'statusChanged', statuses: ['paid'] }, credentials: credentials(sandbox.url), staticData, mode: 'manual' });
		expect(ids(sample.items)).toEqual([s1]);
		expect(staticData).toEqual({});
		const all = await runPoll({ node: trigger, typeName: triggerTypeName, parameters: created, credentials: credentials(sandbox.url), staticData, mode: 'manual' });
		expect(all.items).toHaveLength(3);
	});
});

describe('Stripe Sessions Trigger: one poll lifecycle under n8n 2.41', () => {
	/** Waits until the emulator has answered every request, including ones a poll abandoned at its deadline. */
	const settled = async () => {
		while (sandbox.requests.some((r) => r.status === null)) await sleep(20);
	};
	const warnings = () => getEngineLog().filter((e) => e.level === 'warn' && e.message.includes('stored state is unusable'));

	test('restarts between polls that return null and between polls that emit lose and repeat nothing', async () => {
		const [old] = seedIds(2, T0);
		const t = activeTrigger(outcomes);
		const emitted: string[] = [];
		const poll = async () => emitted.push(...ids(await t.poll()));
		await poll(); // activation's poll: n8n saves its state
		const [a, b] = seedIds(2, T0 + 10);
		await poll(); // records a and b in memory only: nothing emitted, nothing saved
		expect(t.saved).not.toEqual(t.staticData);
		t.restart();
		stripe().setStatus(a, { status: 'complete' });
		await poll();
		await poll();
		t.restart();
		await poll();
		stripe().setStatus(old, { status: 'expired' });
		await poll(); // emits, so n8n saves
		t.restart();
		await poll();
		stripe().setStatus(b, { status: 'complete', payment_status: 'paid' });
		t.restart();
		await poll();
		await poll();
		expect(emitted.sort()).toEqual([a, old, b].sort());
	});

	test('a poll started while the previous one still runs is skipped and emits nothing twice', async () => {
		const t = activeTrigger(created);
		await t.poll();
		const fresh = seedIds(3, T0 + 10);
		sandbox.setFaults([{ provider: 'stripe', kind: 'latency', ms: 200, rate: 1 }]);
		const [first, second] = await Promise.all([t.poll(), t.poll()]);
		sandbox.setFaults([]);
		expect([...ids(first), ...ids(second)].sort()).toEqual([...fresh].sort());
		expect(await t.poll()).toBeNull();
	});

	test('a poll that runs out of time ends early with state that resumes: later polls emit the rest, none twice', async () => {
		const saved = POLL_LIMITS.budgetMs;
		try {
			const t = activeTrigger(created);
			await t.poll();
			const fresh = Array.from({ length: 350 }, (_, i) => seedIds(1, T0 + 10 + i)[0]);
			// The list answers only after the budget is spent: the poll ends without it, says so and changes nothing.
			POLL_LIMITS.budgetMs = 50;
			sandbox.setFaults([{ provider: 'stripe', kind: 'latency', ms: 400, rate: 1 }]);
			const before = JSON.stringify(t.staticData);
			await expect(t.poll()).rejects.toThrow("Stripe did not answer within the poll's time budget");
			expect(JSON.stringify(t.staticData)).toBe(before);
			// Slow pages and a budget of a few of them: each poll reads what fits and leaves the rest for the next.
			POLL_LIMITS.budgetMs = 350;
			sandbox.setFaults([{ provider: 'stripe', kind: 'latency', ms: 100, rate: 1 }]);
			const seen: string[] = [];
			for (let i = 0; i < 30 && seen.length < fresh.length; i++) {
				// On a busy machine a poll may get no page at all in time: it fails, says so and changes nothing.
				await t.poll().then(
					(items) => seen.push(...ids(items)),
					(error: Error) => expect(error.message).toMatch(/time budget/),
				);
			}
			expect(await t.poll()).toBeNull();
			expect(seen).toHaveLength(fresh.length);
			expect(new Set(seen)).toEqual(new Set(fresh));
		} finally {
			POLL_LIMITS.budgetMs = saved;
			sandbox.setFaults([]);
			await settled();
		}
	});

	test.each<[string, unknown]>([
		['open: null', { v: 1, top: T0, topIds: [], gaps: [], open: null, checkAfter: -1 }],
		['gaps: [null]', { v: 1, top: T0, topIds: [], gaps: [null], open: {}, checkAfter: -1 }],
		['a null open entry', { v: 1, top: T0, topIds: [], gaps: [], open: { cs_x: null }, checkAfter: -1 }],
		['missing topIds', { v: 1, top: T0, gaps: [], open: {}, checkAfter: -1 }],
		['a boundary ten years ahead', { v: 2, top: T0 + 315_360_000 + 2e9, topIds: [], ahead: {}, gaps: [], open: {}, checkAfter: -1 }],
	])('stored state with %s is logged once and replaced by a fresh start from now, never failing every poll', async (_name, stored) => {
		seedIds(2, T0);
		clearEngineLog();
		const staticData: IDataObject = { state: stored as IDataObject };
		const parameters = outcomes;
		const run = async () => (await runPoll({ node: trigger, typeName: triggerTypeName, parameters, credentials: credentials(sandbox.url), staticData })).items;
		expect(await run()).toBeNull();
		const [later] = seedIds(1, T0 + 5);
		stripe().setStatus(later, { status: 'complete' });
		expect(ids(await run())).toEqual([later]);
		expect(await run()).toBeNull();
		expect(warnings()).toHaveLength(1);
	});

	test('a first poll that gets no answer within its time budget fails and records nothing, so the next one still starts from now', async () => {
		const saved = POLL_LIMITS.budgetMs;
		try {
			seedIds(2, T0);
			const t = activeTrigger(created);
			POLL_LIMITS.budgetMs = 50;
			sandbox.setFaults([{ provider: 'stripe', kind: 'latency', ms: 400, rate: 1 }]);
			await expect(t.poll()).rejects.toThrow(/time budget/);
			expect(t.staticData).toEqual({});
			POLL_LIMITS.budgetMs = saved;
			sandbox.setFaults([]);
			expect(await t.poll()).toBeNull();
			const [later] = seedIds(1, T0 + 5);
			expect(ids(await t.poll())).toEqual([later]);
		} finally {
			POLL_LIMITS.budgetMs = saved;
			sandbox.setFaults([]);
			await settled();
		}
	});
});

