import { Deadline } from '../../nodes/shared/poll';

/** Blocks the event loop until the given moment, so no timer can fire before it. */
function busyUntil(at: number): void {
	while (Date.now() <= at) {
		// spin: the point is that the deadline's own timer cannot run meanwhile
	}
}

describe("a poll's time budget", () => {
	test('a read that fails after the budget is spent counts as cut short, whichever timer fires first', async () => {
		const deadline = new Deadline(5);
		const end = deadline.request.at;
		const result = await deadline.within(async () => {
			busyUntil(end);
			throw new Error('did not finish within the poll\'s time budget');
		});
		deadline.stop();
		expect(result).toBeUndefined();
		expect(deadline.spent).toBe(true);
		expect(deadline.answered).toBe(0);
	});

	test('a read that fails within the budget fails the poll with its own error', async () => {
		const deadline = new Deadline(60_000);
		await expect(deadline.within(async () => await Promise.reject(new Error('HTTP 401')))).rejects.toThrow('HTTP 401');
		deadline.stop();
		expect(deadline.spent).toBe(false);
	});

	test('a read that answers within the budget is counted', async () => {
		const deadline = new Deadline(60_000);
		expect(await deadline.within(async () => await Promise.resolve('page'))).toBe('page');
		deadline.stop();
		expect(deadline.answered).toBe(1);
	});
});
