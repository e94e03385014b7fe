import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { POLL_LIMITS } from '../../nodes/shared/poll';
import { runPoll } from '../harness/engine';
import { activeTrigger as newActiveTrigger } from '../harness/trigger';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import { loadContract } from '../primer/openapi-contract.cjs';
import { MOUNT, credentials, sandboxOptions, trigger, triggerTypeName, uuid } from './fixtures';

let sandbox: SandboxHandle;
const contract = loadContract('digitalriver');

beforeAll(async () => {
	sandbox = await startSandbox({ providers: ['digitalriver'], options: sandboxOptions });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());
afterEach(() => {
	const problems = lists().flatMap((r) => contract.check(r as never, MOUNT));
	expect([...new Set(problems)]).toEqual([]);
});

const dr = () => sandbox.provider('digitalriver');
const lists = () => sandbox.requests.filter((r) => r.operation === 'order.getAll');
// The client-side rate limiter has its own tests; here it would only slow the many polls down.
const unlimited = { options: { requestsPerSecond: 0 } };
/** Page size of the order list: the trigger always asks for the most the API allows. */
const PAGE = 100;

/** A trigger with its own persisted state, like one activated workflow. */
const activeTrigger = (parameters: INodeParameters) => newActiveTrigger({ node: trigger, typeName: triggerTypeName, credentials: () => credentials(sandbox.url), parameters });

/** id:state:previous state, in emitted order. */
const summary = (items: INodeExecutionData[] | null) => (items ?? []).map((i) => `${String(i.json.id)}:${String(i.json.state)}:${String(i.json.previousStatus ?? '-')}`);
const order = (n: number) => String(240000000000 + n);

describe('Digital River Sessions Trigger', () => {
	test('the first poll records existing orders; later polls emit each watched state change once, oldest first, with the previous state', async () => {
		dr().seed({ orders: 2, state: 'in_review' });
		const t = activeTrigger({ statuses: ['accepted', 'blocked'] });
		expect(await t.poll()).toBeNull();
		dr().setState(order(2), 'blocked');
		dr().setState(order(1), 'accepted');
		dr().seed({ checkouts: 1 });
		dr().placeOrder(uuid(5));
		const items = await t.poll();
		expect(summary(items)).toEqual([`${order(2)}:blocked:in_review`, `${order(1)}:accepted:in_review`, `${order(3)}:accepted:-`]);
		expect(items![0].json).toMatchObject({ triggerEvent: 'statusChanged', checkoutId: uuid(3) });
		expect(await t.poll()).toBeNull();
	});

	test('a state the trigger does not watch is recorded, so reaching a watched one later still reports where it came from', async () => {
		dr().seed({ orders: 1, state: 'pending_payment' });
		const t = activeTrigger({ statuses: ['complete'] });
		await t.poll();
		dr().setState(order(1), 'fulfilled');
		expect(await t.poll()).toBeNull();
		dr().setState(order(1), 'complete');
		expect(summary(await t.poll())).toEqual([`${order(1)}:complete:fulfilled`]);
	});

	test('a restart with the stored state neither repeats nor loses changes', async () => {
		dr().seed({ orders: 1, state: 'pending_payment' });
		const t = activeTrigger({ statuses: ['accepted'] });
		await t.poll();
		dr().setState(order(1), 'accepted');
		t.restart();
		expect(summary(await t.poll())).toEqual([`${order(1)}:accepted:pending_payment`]);
		t.restart();
		expect(await t.poll()).toBeNull();
	});

	test('after the first poll every read asks only for orders updated since the last one seen, on every page', async () => {
		dr().seed({ orders: 1 });
		const t = activeTrigger({ statuses: ['accepted'] });
		await t.poll();
		const changes = 2 * PAGE + 50;
		dr().seed({ orders: changes });
		const before = lists().length;
		const items = await t.poll();
		expect(items).toHaveLength(changes);
		expect(new Set(summary(items)).size).toBe(changes);
		const pages = lists().slice(before);
		expect(pages).toHaveLength(3);
		const bounds = pages.map((r) => (r.query.updatedTime as IDataObject | undefined)?.gte);
		expect(bounds[0]).toEqual(expect.any(String));
		expect(new Set(bounds).size).toBe(1);
		expect(pages.map((r) => r.query.startingAfter === undefined)).toEqual([true, false, false]);
		expect(pages.map((r) => r.query.limit)).toEqual(['100', '100', '100']);
		expect(await t.poll()).toBeNull();
	});

	test('more changes than one poll may read are emitted over several polls, each exactly once, and a change behind the read is not skipped', async () => {
		const t = activeTrigger({ statuses: ['accepted', 'blocked'] });
		await t.poll();
		const budget = POLL_LIMITS.pagesPerPoll * PAGE;
		dr().seed({ orders: budget + 30 });
		const first = await t.poll();
		expect(first).toHaveLength(budget);
		// This order was on a page the unfinished read already passed.
		dr().setState(order(budget + 30), 'blocked');
		const second = await t.poll();
		expect(second).toHaveLength(30);
		expect(new Set([...summary(first), ...summary(second)]).size).toBe(budget + 30);
		expect(summary(await t.poll())).toEqual([`${order(budget + 30)}:blocked:accepted`]);
		expect(await t.poll()).toBeNull();
	});

	test('a burst of 1,000 orders, many to the same second and after 10,000 older ones, is emitted over a few polls, each exactly once', async () => {
		dr().seed({ orders: 10_000, past: true });
		const t = activeTrigger({ statuses: ['accepted'] });
		expect(await t.poll()).toBeNull();
		dr().seed({ orders: 1000, within: 60 });
		const ids: string[] = [];
		for (let i = 0; i < 4; i++) ids.push(...summary(await t.poll()));
		expect(ids).toHaveLength(1000);
		expect(new Set(ids).size).toBe(1000);
		expect(await t.poll()).toBeNull();
	});

	test('checkout IDs limit the watch to those checkouts and are sent as the checkout filter', async () => {
		dr().seed({ checkouts: 3 });
		const t = activeTrigger({ statuses: ['accepted'], linkIds: `${uuid(1)}, ${uuid(5)}` });
		expect(await t.poll()).toBeNull();
		dr().placeOrder(uuid(1));
		dr().placeOrder(uuid(3));
		expect(summary(await t.poll())).toEqual([`${order(1)}:accepted:-`]);
		expect(new Set(lists().map((r) => r.query.checkoutId))).toEqual(new Set([uuid(1), uuid(5)]));
	});

	test('a poll that fails changes no state, so the next one still emits the change', async () => {
		dr().seed({ orders: 1, state: 'in_review' });
		const t = activeTrigger({ statuses: ['accepted'] });
		await t.poll();
		dr().setState(order(1), 'accepted');
		sandbox.setFaults([{ provider: 'digitalriver', kind: 'status', status: 400, times: 1 }]);
		await expect(t.poll()).rejects.toThrow();
		expect(summary(await t.poll())).toEqual([`${order(1)}:accepted:in_review`]);
	});

	test('manual mode returns a small sample of orders in the watched states and changes no state', async () => {
		dr().seed({ orders: 8, state: 'accepted' });
		dr().seed({ orders: 2, state: 'blocked' });
		const result = await runPoll({ node: trigger, typeName: triggerTypeName, parameters: { statuses: ['accepted'], ...unlimited }, credentials: credentials(sandbox.url), mode: 'manual' });
		expect(result.items).toHaveLength(POLL_LIMITS.sampleSize);
		expect(result.items!.every((i) => i.json.state === 'accepted')).toBe(true);
		expect(result.staticDataChanged).toBe(false);
	});

	test('the trigger refuses to run without a state to watch, before any request', async () => {
		await expect(runPoll({ node: trigger, typeName: triggerTypeName, parameters: { statuses: [] }, credentials: credentials(sandbox.url), staticData: {} })).rejects.toThrow(/Choose at least one status/);
		expect(sandbox.requests).toHaveLength(0);
	});
});
