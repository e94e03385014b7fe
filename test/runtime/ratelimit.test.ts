import { sleep } from 'n8n-workflow';
import { RECOVERY_MS, shareOf, TokenBucket } from '../../nodes/shared/ratelimit';

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

/**
 * A clock for several buckets at once: a wait resolves when the clock reaches its time, and the
 * clock jumps to the earliest pending wait once everything else has settled.
 */
function sharedClock() {
	let now = 0;
	const timers: Array<{ at: number; resolve: () => void }> = [];
	return {
		now: () => now,
		wait: async (ms: number) => await new Promise<void>((resolve) => timers.push({ at: now + ms, resolve })),
		async run(work: Promise<unknown>) {
			let done = false;
			void work.finally(() => (done = true));
			while (!done) {
				// Lets every bucket run up to its next wait before the clock moves.
				await sleep(0);
				timers.sort((a, b) => a.at - b.at);
				const next = timers.shift();
				if (next) {
					now = Math.max(now, next.at);
					next.resolve();
				}
			}
			await work;
		},
	};
}

describe('one limit shared by several processes', () => {
	test.each([
		['Stripe test mode, two workers', { requests: 25, perSeconds: 1 }, 2, 300],
		['Digital River test mode, two workers and the main process', { requests: 25, perSeconds: 1 }, 3, 300],
		['Quaderno, two workers', { requests: 100, perSeconds: 15 }, 2, 400],
	])('%s: each keeping to its share, together they never exceed the published number', async (_name, limit, processes, count) => {
		const clock = sharedClock();
		const sent: number[] = [];
		const buckets = Array.from({ length: processes }, () => new TokenBucket(shareOf(limit, processes), clock.now, clock.wait));
		// Every process sends as fast as its own bucket lets it, on one clock.
		const work = Promise.all(
			buckets.map(async (bucket) => {
				for (let i = 0; i < count / processes; i++) {
					await bucket.take();
					sent.push(clock.now());
				}
			}),
		);
		await clock.run(work);
		sent.sort((a, b) => a - b);
		expect(busiestWindow(sent, limit.perSeconds * 1000)).toBeLessThanOrEqual(limit.requests);
		// ...and still use most of it.
		expect(sent.length / (sent[sent.length - 1] / 1000 / limit.perSeconds)).toBeGreaterThan(0.8 * limit.requests);
	});
});

describe('slowing down when the vendor answers 429', () => {
	/** A bucket of 10 per second on a fake clock, its burst used up. */
	async function drained() {
		let now = 0;
		const bucket = new TokenBucket({ requests: 10, perSeconds: 1 }, () => now, async (ms) => void (now += ms));
		await bucket.take();
		return { bucket, at: () => now, advance: (ms: number) => void (now += ms) };
	}

	test('every caller of the bucket waits the time the vendor asked for, not only the one that got the 429', async () => {
		const b = await drained();
		b.bucket.slowDown(3000);
		const times: number[] = [];
		await Promise.all([0, 1, 2].map(async () => b.bucket.take().then(() => times.push(b.at()))));
		expect(Math.min(...times)).toBeGreaterThanOrEqual(3000);
	});

	test('after the wait the rate is halved', async () => {
		const b = await drained();
		const full = b.bucket.currentRate;
		b.bucket.slowDown(0);
		expect(b.bucket.currentRate).toBeCloseTo(full / 2);
	});

	test('repeated 429s keep halving the rate down to an eighth, never to zero', () => {
		const bucket = new TokenBucket({ requests: 10, perSeconds: 1 }, () => 0, async () => undefined);
		for (let i = 0; i < 10; i++) bucket.slowDown(0);
		expect(bucket.currentRate).toBeCloseTo(bucket.rate / 8);
	});

	test('without another 429 the full rate is back after the recovery time', async () => {
		const b = await drained();
		b.bucket.slowDown(1000);
		b.advance(1000 + RECOVERY_MS);
		await b.bucket.take();
		expect(b.bucket.currentRate).toBeCloseTo(b.bucket.rate);
	});

	test('a 429 that arrives while a caller waits for a token holds that caller too', async () => {
		let now = 0;
		let hit = false;
		const bucket: TokenBucket = new TokenBucket(
			{ requests: 10, perSeconds: 1 },
			() => now,
			async (ms) => {
				now += ms;
				// The 429 of another request comes back during this caller's wait for a token.
				if (!hit) {
					hit = true;
					bucket.slowDown(5000);
				}
			},
		);
		await bucket.take();
		await bucket.take();
		expect(now).toBeGreaterThanOrEqual(5000);
	});
});
