import { forEachConcurrently } from '../../nodes/shared/execute';

const tick = async () => await Promise.resolve();

describe('running items concurrently', () => {
	test('never has more tasks in flight than the limit, and uses the limit', async () => {
		let inFlight = 0;
		let most = 0;
		await forEachConcurrently(20, 4, async () => {
			inFlight++;
			most = Math.max(most, inFlight);
			for (let i = 0; i < 5; i++) await tick();
			inFlight--;
			return undefined;
		});
		expect(most).toBe(4);
	});

	test('starts tasks in index order and runs each exactly once', async () => {
		const started: number[] = [];
		await forEachConcurrently(10, 3, async (i) => {
			started.push(i);
			await tick();
			return undefined;
		});
		expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	test('after a failure no further task starts, and the lowest failing index is reported', async () => {
		const started: number[] = [];
		const failure = await forEachConcurrently(10, 3, async (i) => {
			started.push(i);
			for (let k = 0; k < (i === 1 ? 3 : 1); k++) await tick();
			return i === 1 || i === 2 ? new Error(`item ${i}`) : undefined;
		});
		expect(failure?.message).toBe('item 1');
		expect(started.length).toBeLessThan(10);
	});

	test('a limit of 1 is a plain sequential loop', async () => {
		let inFlight = 0;
		let most = 0;
		await forEachConcurrently(5, 1, async () => {
			most = Math.max(most, ++inFlight);
			await tick();
			inFlight--;
			return undefined;
		});
		expect(most).toBe(1);
	});
});
