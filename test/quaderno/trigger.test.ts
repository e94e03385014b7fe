import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { POLL_LIMITS } from '../../nodes/shared/poll';
import { runPoll } from '../harness/engine';
import { activeTrigger as newActiveTrigger } from '../harness/trigger';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import { credentials, sandboxOptions, trigger, triggerTypeName } from './fixtures';

let sandbox: SandboxHandle;
beforeAll(async () => {
	sandbox = await startSandbox({ options: sandboxOptions });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const quaderno = () => sandbox.provider('quaderno');
// The client-side rate limiter has its own tests; here it would only slow the many polls down.
const unlimited = { options: { requestsPerSecond: 0 } };
const created = { event: 'created', ...unlimited };
const completedOrFailed = { event: 'statusChanged', statuses: ['completed', 'failed'], ...unlimited };

/** A trigger with its own persisted state, like one activated workflow. */
const activeTrigger = (parameters: INodeParameters) => newActiveTrigger({ node: trigger, typeName: triggerTypeName, credentials: () => credentials(sandbox.url), parameters });

const ids = (items: Array<{ json: IDataObject }> | null) => (items ?? []).map((i) => i.json.id);
const requestsSince = (n: number) => sandbox.requests.filter((r) => r.provider === 'quaderno').length - n;

describe('Quaderno Sessions Trigger', () => {
	test('the first poll records what exists and emits nothing; later polls emit only new sessions, oldest first', async () => {
		quaderno().seed(3);
		const t = activeTrigger(created);
		expect(await t.poll()).toBeNull();
		quaderno().seed(2);
		const items = await t.poll();
		expect(ids(items)).toEqual([4, 5]);
		expect(items![0].json.triggerEvent).toBe('created');
		expect(await t.poll()).toBeNull();
	});

	test('a restart with the stored state neither repeats nor loses sessions', async () => {
		const t = activeTrigger(created);
		await t.poll();
		quaderno().seed(2);
		expect(ids(await t.poll())).toEqual([1, 2]);
		t.restart();
		quaderno().seed(1);
		expect(ids(await t.poll())).toEqual([3]);
		t.restart();
		expect(await t.poll()).toBeNull();
	});

	test('new sessions spread over several pages are all emitted once', async () => {
		const t = activeTrigger(created);
		await t.poll();
		quaderno().seed(250);
		const before = requestsSince(0);
		const items = await t.poll();
		expect(ids(items)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
		expect(requestsSince(before)).toBe(3);
	});

	test('more new sessions than one poll may read are emitted over the next polls, none skipped or repeated', async () => {
		const t = activeTrigger(created);
		await t.poll();
		// A poll reads one budget of pages at the top and, for a backlog, one more: 150 are left over.
		const total = 2 * POLL_LIMITS.pagesPerPoll * 100 + 150;
		quaderno().seed(total);
		const first = ids(await t.poll());
		expect(first).toHaveLength(2 * POLL_LIMITS.pagesPerPoll * 100);
		quaderno().seed(5);
		const second = ids(await t.poll());
		const all = [...first, ...second];
		expect(new Set(all).size).toBe(all.length);
		expect([...all].sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: total + 5 }, (_, i) => i + 1));
		expect(await t.poll()).toBeNull();
	});

	test('a status change between polls is emitted once with the previous status', async () => {
		quaderno().seed(3);
		const t = activeTrigger(completedOrFailed);
		await t.poll();
		quaderno().setStatus(2, 'completed');
		quaderno().setStatus(3, 'processing');
		const items = await t.poll();
		expect(items?.map((i) => [i.json.id, i.json.status, i.json.previousStatus, i.json.triggerEvent])).toEqual([[2, 'completed', 'pending', 'statusChanged']]);
		expect(await t.poll()).toBeNull();
		quaderno().setStatus(3, 'failed');
		t.restart();
		expect(ids(await t.poll())).toEqual([3]);
	});

	test('a session created and completed between two polls is still reported', async () => {
		const t = activeTrigger(completedOrFailed);
		await t.poll();
		quaderno().seed(1, { status: 'completed' });
		expect(ids(await t.poll())).toEqual([1]);
	});

	test('old sessions that are not final are re-checked even when far below the newest page', async () => {
		quaderno().seed(1);
		const t = activeTrigger(completedOrFailed);
		await t.poll();
		quaderno().seed(350, { status: 'abandoned' });
		await t.poll();
		quaderno().setStatus(1, 'completed');
		const before = requestsSince(0);
		expect(ids(await t.poll())).toEqual([1]);
		// One list page for the top plus one direct read of session 1, not four pages down to it.
		expect(requestsSince(before)).toBe(2);
	});

	test('a pending session deleted since the last poll is forgotten without an error', async () => {
		quaderno().seed(1);
		const t = activeTrigger(completedOrFailed);
		await t.poll();
		quaderno().seed(200, { status: 'abandoned' });
		await t.poll();
		await fetch(`${sandbox.url}/quaderno/api/checkout/sessions/1`, { method: 'DELETE', headers: { authorization: `Basic ${btoa('sk_test_sandbox_quaderno_key:x')}` } });
		expect(await t.poll()).toBeNull();
		expect(await t.poll()).toBeNull();
	});

	test('a trigger for new sessions reads one page per quiet poll, however many open sessions lie below', async () => {
		// Paging on past the boundary and re-reading by id only serve status events.
		quaderno().seed(1000);
		const t = activeTrigger(created);
		await t.poll();
		const before = requestsSince(0);
		expect(await t.poll()).toBeNull();
		expect(requestsSince(before)).toBe(1);
		quaderno().seed(1);
		const again = requestsSince(0);
		expect(ids(await t.poll())).toEqual([1001]);
		expect(requestsSince(again)).toBe(1);
	});

	test('Start After ID makes the first poll emit every later session', async () => {
		quaderno().seed(5);
		const t = activeTrigger({ ...created, startAfterId: 3 });
		expect(ids(await t.poll())).toEqual([4, 5]);
		expect(await t.poll()).toBeNull();
	});

	test('a failed poll changes no state, so the next poll emits what the failed one would have', async () => {
		const t = activeTrigger(created);
		await t.poll();
		quaderno().seed(2);
		sandbox.setFaults([{ provider: 'quaderno', kind: 'status', status: 401, rate: 1, times: 1 }]);
		await expect(t.poll()).rejects.toThrow();
		expect(ids(await t.poll())).toEqual([1, 2]);
	});

	test('manual mode returns at most five recent matching sessions and leaves the state alone', async () => {
		quaderno().seed(8, { status: 'completed' });
		quaderno().seed(2, { status: 'pending' });
		const staticData: IDataObject = {};
		const result = await runPoll({ node: trigger, typeName: triggerTypeName, parameters: completedOrFailed, credentials: credentials(sandbox.url), staticData, mode: 'manual' });
		expect(ids(result.items)).toEqual([8, 7, 6, 5, 4]);
		expect(result.staticDataChanged).toBe(false);
	});

	test('watching status changes needs at least one status', async () => {
		await expect(
			runPoll({ node: trigger, typeName: triggerTypeName, parameters: { event: 'statusChanged', statuses: [] }, credentials: credentials(sandbox.url), staticData: {} }),
		).rejects.toThrow('Choose at least one status under "Statuses"');
	});

	test('the stored state stays small while many sessions pass through', async () => {
		const t = activeTrigger(completedOrFailed);
		await t.poll();
		for (let round = 0; round < 5; round++) {
			quaderno().seed(400, { status: round % 2 ? 'pending' : 'completed' });
			await t.poll();
		}
		expect(t.stateSize).toBeLessThan(64 * 1024);
	});

	test.each([['abc'], [-3], [2.5], ['12abc'], ['={{ "not-an-id" }}'], ['={{ { id: 3 } }}']])('a Start After ID of %p is refused, naming the field, before any request', async (startAfterId) => {
		const before = requestsSince(0);
		await expect(runPoll({ node: trigger, typeName: triggerTypeName, parameters: { ...created, startAfterId }, credentials: credentials(sandbox.url), staticData: {} })).rejects.toThrow(
			/"Start After ID" must be an ID, a whole number above 0/,
		);
		expect(requestsSince(before)).toBe(0);
	});

	test('restarts under n8n\'s persistence, between quiet polls and between emitting ones, lose and repeat nothing', async () => {
		const t = activeTrigger(completedOrFailed);
		const emitted: unknown[] = [];
		const poll = async () => emitted.push(...ids(await t.poll()));
		await poll();
		quaderno().seed(3);
		await poll(); // sessions 1-3 are recorded in memory only
		t.restart();
		quaderno().setStatus(2, 'completed');
		await poll();
		t.restart();
		await poll();
		await poll();
		quaderno().setStatus(1, 'failed');
		quaderno().seed(1, { status: 'completed' });
		t.restart();
		await poll();
		t.restart();
		await poll();
		expect(emitted).toEqual([2, 1, 4]);
	});
});

