import { sleep } from 'n8n-workflow';

/*
 * Client-side limiter that keeps one n8n process under a vendor's published rate limit, so that
 * parallel requests never provoke 429s by themselves. A token bucket refilled at 90% of the
 * published rate with a burst of 10% of one window: over any window of the vendor's length it
 * sends at most the published number of requests, whatever the window's alignment.
 */

export interface RateLimit {
	requests: number;
	perSeconds: number;
}

/** A token bucket; `take` resolves when the caller may send one request. */
export class TokenBucket {
	private tokens: number;
	private last: number;
	private queue: Promise<void> = Promise.resolve();
	readonly capacity: number;
	/** Tokens per millisecond. */
	readonly rate: number;

	constructor(
		limit: RateLimit,
		private readonly now: () => number = Date.now,
		private readonly wait: (ms: number) => Promise<void> = sleep,
	) {
		this.capacity = Math.max(1, Math.floor(limit.requests * 0.1));
		this.rate = (0.9 * limit.requests) / (limit.perSeconds * 1000);
		this.tokens = this.capacity;
		this.last = now();
	}

	private refill() {
		const t = this.now();
		this.tokens = Math.min(this.capacity, this.tokens + (t - this.last) * this.rate);
		this.last = t;
	}

	/** Waits for a token; callers are served in arrival order. */
	async take(): Promise<void> {
		const turn = this.queue.then(async () => {
			this.refill();
			if (this.tokens < 1) {
				await this.wait(Math.ceil((1 - this.tokens) / this.rate));
				this.refill();
			}
			this.tokens -= 1;
		});
		this.queue = turn.catch(() => undefined);
		await turn;
	}
}

const buckets = new Map<string, TokenBucket>();

/** The process-wide bucket for one account of one provider (created on first use). */
export function bucketFor(key: string, limit: RateLimit): TokenBucket {
	let bucket = buckets.get(key);
	if (!bucket) {
		bucket = new TokenBucket(limit);
		buckets.set(key, bucket);
	}
	return bucket;
}
