import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';

/*
 * The emulator's Digital River seed: items get distinct whole-second times. Counted up from now,
 * a large seed reaches hours into the future, which no real account has; `past` makes them history
 * and `within` a burst that just happened.
 */

let sandbox: SandboxHandle;
beforeAll(async () => {
	sandbox = await startSandbox({ providers: ['digitalriver'] });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const times = (items: Array<Record<string, unknown>>) => items.flatMap((o) => [Date.parse(String(o.createdTime)), Date.parse(String(o.updatedTime))]);

describe('the Digital River seed', () => {
	test('with past, every seeded order is dated before now, and what is made afterwards is newer', () => {
		const orders = sandbox.provider('digitalriver').seed({ checkouts: 500, orders: 500, past: true }) as Array<Record<string, unknown>>;
		const seeded = times(orders);
		expect(new Set(orders.map((o) => o.updatedTime)).size).toBe(500);
		expect(Math.max(...seeded)).toBeLessThan(Date.now());
		const [later] = sandbox.provider('digitalriver').seed({ checkouts: 1, orders: 1 }) as Array<Record<string, unknown>>;
		expect(Math.min(...times([later]))).toBeGreaterThan(Math.max(...seeded));
	});

	test('without past, the times count up from now, one second each', () => {
		const orders = sandbox.provider('digitalriver').seed({ checkouts: 500, orders: 500 }) as Array<Record<string, unknown>>;
		expect(Math.max(...times(orders)) - Date.now()).toBeGreaterThan(900_000);
	});

	test('with within, a burst of 1,000 orders is dated within that many seconds up to now, several to a second, and what follows is newer', () => {
		const before = Math.floor(Date.now() / 1000) * 1000;
		const orders = sandbox.provider('digitalriver').seed({ checkouts: 1000, orders: 1000, within: 60 }) as Array<Record<string, unknown>>;
		const seeded = times(orders);
		expect(Math.min(...seeded)).toBeGreaterThanOrEqual(before - 60_000);
		expect(Math.max(...seeded)).toBeLessThanOrEqual(Date.now());
		expect(new Set(orders.map((o) => o.updatedTime)).size).toBeLessThanOrEqual(61);
		const [later] = sandbox.provider('digitalriver').seed({ checkouts: 1, orders: 1 }) as Array<Record<string, unknown>>;
		expect(Math.min(...times([later]))).toBeGreaterThan(Math.max(...seeded));
	});
});
