import { sleep } from 'n8n-workflow';

/*
 * Client-side limiter that keeps one n8n process under its share of a vendor's published rate
 * limit, so that parallel requests never provoke 429s by themselves. A token bucket refilled at
 * 90% of the rate with a burst of 10% of one window: over any window of the vendor's length it
 * sends at most the published number of requests, whatever the window's alignment.
 *
 * A bucket lives in one process. When several processes send with one account (n8n's queue mode:
 * workers, and the main process polling triggers), each keeps to the limit divided by the number
 * of processes the credential names; a 429 that still comes back (another client of the account,
 * a process not counted) pauses the whole bucket for the wait the vendor asked for and halves its
 * rate, which then recovers over RECOVERY_MS without another 429.
 */

export interface RateLimit {
	requests: number;
	perSeconds: number;
}

/** Time in which a slowed bucket grows back from half to its full rate. */
export const RECOVERY_MS = 15_000;
/** The rate never drops below this share of the configured one. */
const MIN_FACTOR = 1 / 8;

/** The share of a limit one of `processes` processes may use. */
export function shareOf(limit: RateLimit, processes: number): RateLimit {
	return { requests: limit.requests / processes, perSeconds: limit.perSeconds };
}

/** A token bucket; `take` resolves when the caller may send one request. */
export class TokenBucket {
	private tokens: number;
	private last: number;
	private queue: Promise<void> = Promise.resolve();
	/** Share of the configured rate in force: 1, or less after a 429. */
	private factor = 1;
	/** No request leaves before this time (epoch ms): the wait a 429 asked for. */
	private pausedUntil = 0;
	readonly capacity: number;
	/** Tokens per millisecond at the full rate. */
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

	/** The rate in force now, in tokens per millisecond. */
	get currentRate(): number {
		return this.rate * this.factor;
	}

	private refill() {
		const t = this.now();
		const elapsed = Math.max(0, t - this.last);
		this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.currentRate);
		this.factor = Math.min(1, this.factor + (elapsed / RECOVERY_MS) * 0.5);
		this.last = t;
	}

	/** Waits for a token; callers are served in arrival order. */
	async take(): Promise<void> {
		const turn = this.queue.then(async () => {
			// A 429 may arrive while this caller waits for a token, so the pause is checked again after every wait.
			for (;;) {
				const paused = this.pausedUntil - this.now();
				if (paused > 0) {
					await this.wait(paused);
					// Nothing is earned while the vendor asked everyone to wait.
					this.last = Math.max(this.last, this.now());
					continue;
				}
				this.refill();
				if (this.tokens >= 1) break;
				await this.wait(Math.ceil((1 - this.tokens) / this.currentRate));
			}
			this.tokens -= 1;
		});
		this.queue = turn.catch(() => undefined);
		await turn;
	}

	/**
	 * The vendor answered 429: every request of this bucket waits `waitMs` (its Retry-After, or
	 * the backoff when it sent none), and the rate is halved for a while.
	 */
	slowDown(waitMs: number): void {
		this.refill();
		this.pausedUntil = Math.max(this.pausedUntil, this.now() + Math.max(0, waitMs));
		this.factor = Math.max(MIN_FACTOR, this.factor / 2);
		this.tokens = Math.min(this.tokens, 0);
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
