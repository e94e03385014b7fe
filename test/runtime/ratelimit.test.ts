import { TokenBucket } from '../../nodes/shared/ratelimit';

/** A bucket on a fake clock: waiting advances time instead of sleeping. */
function fakeBucket(limit: { requests: number; perSeconds: number }) {
	let now = 0;
	const sent: number[] = [];
	const bucket = new TokenBucket(
		limit,
		() => now,
		async (ms) => {
			now += ms;
		},
	);
	return {
		async send(count: number) {
			for (let i = 0; i < count; i++) {
				await bucket.take();
				sent.push(now);
			}
		},
		sent,
	};
}

/** Most requests sent in any window of the given length. */
function busiestWindow(times: number[], windowMs: number): number {
	let best = 0;
	for (let i = 0, j = 0; i < times.length; i++) {
		while (times[i] - times[j] >= windowMs) j++;
		best = Math.max(best, i - j + 1);
	}
	return best;
}

describe('client-side rate limiter', () => {
	test.each([
		['Quaderno: 100 calls per 15 s', { requests: 100, perSeconds: 15 }, 400],
		['Stripe test mode: 25 requests per second', { requests: 25, perSeconds: 1 }, 200],
		['Digital River live: 250 requests per second', { requests: 250, perSeconds: 1 }, 1000],
	])('%s: no window of that length ever holds more than the published number', async (_name, limit, count) => {
		const b = fakeBucket(limit);
		await b.send(count);
		expect(busiestWindow(b.sent, limit.perSeconds * 1000)).toBeLessThanOrEqual(limit.requests);
	});

	test('it still uses most of the allowance over a long run', async () => {
		const b = fakeBucket({ requests: 25, perSeconds: 1 });
		await b.send(500);
		const seconds = b.sent[b.sent.length - 1] / 1000;
		expect(500 / seconds).toBeGreaterThan(22);
	});

	test('callers waiting at the same time are served in arrival order', async () => {
		let now = 0;
		const bucket = new TokenBucket({ requests: 10, perSeconds: 1 }, () => now, async (ms) => void (now += ms));
		const order: number[] = [];
		await Promise.all([0, 1, 2, 3, 4].map(async (i) => bucket.take().then(() => order.push(i))));
		expect(order).toEqual([0, 1, 2, 3, 4]);
	});
});
