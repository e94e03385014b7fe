import { sleep } from 'n8n-workflow';
import type { ItemStep } from '../../nodes/shared/concurrency';
import { forEachConcurrently, TurnGate } from '../../nodes/shared/concurrency';
import type { LocalServer } from '../harness/local-server.cjs';
import { connectProbe, startLocalServer } from '../harness/local-server.cjs';

const tick = async () => await Promise.resolve();
const ticks = async (n: number) => {
	for (let i = 0; i < n; i++) await tick();
};

describe('running items concurrently', () => {
	test('never has more steps in flight than the limit, and uses the limit', async () => {
		let inFlight = 0;
		let most = 0;
		await forEachConcurrently(20, 4, () => async () => {
			inFlight++;
			most = Math.max(most, inFlight);
			// Long enough for the other workers' turns, one per pass of the event loop, to come.
			await sleep(20);
			inFlight--;
			return undefined;
		});
		expect(most).toBe(4);
	});

	test('prepares and sends items in index order, each exactly once', async () => {
		const prepared: number[] = [];
		const sent: number[] = [];
		await forEachConcurrently(10, 3, (i) => {
			prepared.push(i);
			return async () => {
				sent.push(i);
				await tick();
				return undefined;
			};
		});
		expect(prepared).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(sent).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	test('prepares the next item while the current one is in flight', async () => {
		const events: string[] = [];
		await forEachConcurrently(3, 1, (i) => {
			events.push(`prepare ${i}`);
			return async () => {
				events.push(`send ${i}`);
				await ticks(3);
				events.push(`answer ${i}`);
				return undefined;
			};
		});
		expect(events).toEqual(['prepare 0', 'send 0', 'prepare 1', 'answer 0', 'send 1', 'prepare 2', 'answer 1', 'send 2', 'answer 2']);
	});

	test('after a failure no further item is sent, not even one already prepared, and the lowest failing index is reported', async () => {
		const prepared: number[] = [];
		const sent: number[] = [];
		const failure = await forEachConcurrently(10, 3, (i) => {
			prepared.push(i);
			return async () => {
				sent.push(i);
				await ticks(i === 1 ? 3 : 1);
				return i === 1 || i === 2 ? new Error(`item ${i}`) : undefined;
			};
		});
		expect(failure?.message).toBe('item 1');
		expect(sent.length).toBeLessThan(10);
		// Items prepared ahead of the failure stay unsent.
		expect(prepared.length).toBeGreaterThan(sent.length);
		expect(sent).toEqual(prepared.slice(0, sent.length));
	});

	test('a step that throws instead of returning its error still stops the run with that error', async () => {
		const failure = await forEachConcurrently(4, 2, (i): ItemStep => async () => {
			if (i === 0) throw new Error('thrown by item 0');
			return undefined;
		});
		expect(failure?.message).toBe('thrown by item 0');
	});

	test('a limit of 1 is a plain sequential loop', async () => {
		let inFlight = 0;
		let most = 0;
		await forEachConcurrently(5, 1, () => async () => {
			most = Math.max(most, ++inFlight);
			await tick();
			inFlight--;
			return undefined;
		});
		expect(most).toBe(1);
	});
});

describe('turns of parallel items', () => {
	let server: LocalServer;
	beforeAll(async () => {
		server = await startLocalServer();
	});
	afterAll(async () => {
		await server.close();
	});

	test('a connection opened in a turn is seen open only after the event loop polled', async () => {
		// The control for the next test: within one pass of the loop the open is not yet seen.
		const probe = connectProbe(server.url);
		try {
			expect(probe.connected()).toBe(false);
			await ticks(10);
			expect(probe.connected()).toBe(false);
		} finally {
			probe.close();
		}
	});

	test('each turn starts after the I/O that the previous turn began has been polled', async () => {
		const gate = new TurnGate();
		const probes: Array<ReturnType<typeof connectProbe>> = [];
		const previousOpen: boolean[] = [];
		try {
			await Promise.all(
				[0, 1, 2, 3].map(async () => {
					await gate.enter();
					if (probes.length > 0) previousOpen.push(probes[probes.length - 1].connected());
					probes.push(connectProbe(server.url));
				}),
			);
		} finally {
			for (const probe of probes) probe.close();
		}
		expect(previousOpen).toEqual([true, true, true]);
	});

	test('a pass runs half of the waiting preparations, at least one', async () => {
		const gate = new TurnGate();
		const probes: Array<ReturnType<typeof connectProbe>> = [];
		const previousOpen: boolean[] = [];
		const job = () => {
			if (probes.length > 0) previousOpen.push(probes[probes.length - 1].connected());
			probes.push(connectProbe(server.url));
		};
		try {
			await Promise.all([gate.run(job), gate.run(job), gate.run(job), gate.run(job)]);
		} finally {
			for (const probe of probes) probe.close();
		}
		// Four waiting: two in the first pass, then one, then the last.
		expect(previousOpen).toEqual([false, true, true]);
	});

	test('a send with nothing waiting goes at once; sends waiting go before preparations, which hand back their result', async () => {
		const gate = new TurnGate();
		const order: string[] = [];
		const first = gate.enter().then(() => order.push('send 1'));
		await ticks(3);
		expect(order).toEqual(['send 1']);
		const results = await Promise.all([
			gate.run(() => order.push('prepare a') && 'a'),
			gate.run(() => order.push('prepare b') && 'b'),
			gate.enter().then(() => order.push('send 2')),
			first,
		]);
		expect(order).toEqual(['send 1', 'send 2', 'prepare a', 'prepare b']);
		expect(results.slice(0, 2)).toEqual(['a', 'b']);
	});

	test('a preparation that throws rejects its own caller only', async () => {
		const gate = new TurnGate();
		const outcomes = await Promise.allSettled([
			gate.run(() => {
				throw new Error('bad item');
			}),
			gate.run(() => 'fine'),
		]);
		expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled']);
	});
});
