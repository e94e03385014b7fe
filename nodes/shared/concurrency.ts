import { sleep } from 'n8n-workflow';

/*
 * The scheduler of parallel items: which item's work runs when, and how many requests are in
 * flight. Kept apart from execute() so it can be measured and replaced on its own. The turn gate
 * stays because it paid in the benchmark under jittered latency, not only under a fixed one:
 * against a plain bounded pool that prepares ahead, 5 to 6 % more checkouts per second at 10 in
 * flight, and as much as the pool at 50, where n8n's CPU is the limit (README, "Performance").
 */

/** The part of an item that waits on the network; resolves to an Error to stop the run. */
export type ItemStep = () => Promise<Error | undefined>;

/**
 * Runs items 0..count-1 with at most `limit` steps in flight, in index order. `prepare(i)` does
 * item i's own work (parameters, expressions, validation) and returns the step that sends it;
 * each worker prepares its next item while its current one is in flight, so an answer is
 * followed by the next request without that work in between. A step that returns an error stops
 * the run: no further step starts, those in flight finish, and the error of the lowest failing
 * index is returned, as a sequential run would have reported it.
 */
export async function forEachConcurrently(count: number, limit: number, prepare: (index: number) => ItemStep): Promise<Error | undefined> {
	let next = 0;
	const failures = new Map<number, Error>();
	const gate = limit > 1 ? new TurnGate() : undefined;
	const claim = () => (next < count && failures.size === 0 ? next++ : undefined);
	const prepareNext = async (): Promise<{ index: number; step: ItemStep } | undefined> => {
		const job = () => {
			const index = claim();
			return index === undefined ? undefined : { index, step: prepare(index) };
		};
		return gate ? await gate.run(job) : job();
	};
	const worker = async () => {
		let current = await prepareNext();
		while (current && failures.size === 0) {
			if (gate) await gate.enter();
			if (failures.size > 0) break;
			const { index, step } = current;
			// Handled at once, so a failure while the next item is prepared is never left unobserved.
			const inFlight = step().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
			current = await prepareNext();
			const failure = await inFlight;
			if (failure) failures.set(index, failure);
		}
	};
	await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), count) }, worker));
	return failures.size ? failures.get(Math.min(...failures.keys())) : undefined;
}

/**
 * Orders the synchronous work of parallel items over passes of the event loop: each pass either
 * lets one item send (its work up to the network wait) or runs half of the waiting preparations
 * (at least one), sends first; a send that finds nothing waiting and nothing unpolled goes at
 * once, without waiting for a pass. Without it, answers that arrive together run all their workers'
 * next items in one pass, and the new connections open only after all of that work: requests
 * leave in bunches and stay bunched, each waiting for its neighbours' work as well as for the
 * network. Halving keeps passes short when few items are in flight (sends go out quickly) and
 * makes them fewer when many are, where each pass's timer hop would otherwise leave n8n idle.
 */
export class TurnGate {
	private sends: Array<() => void> = [];
	private jobs: Array<() => void> = [];
	private pumping = false;
	/** Passes still to come before the I/O of the last send has surely been polled. */
	private unpolled = 0;

	/** Resolves when the caller may send: at once when nothing waits and no send's I/O is pending. */
	async enter(): Promise<void> {
		if (this.unpolled === 0 && this.sends.length === 0) {
			// Taken in whatever phase the caller is in (usually the answer of its previous request),
			// so the next timer pass may come before the next poll: two passes, to be sure.
			this.unpolled = 2;
			this.start();
			return;
		}
		const turn = new Promise<void>((resolve) => this.sends.push(resolve));
		this.start();
		await turn;
	}

	/** Runs a synchronous preparation in a later pass and resolves with its result. */
	async run<T>(job: () => T): Promise<T> {
		const done = new Promise<T>((resolve, reject) =>
			this.jobs.push(() => {
				try {
					resolve(job());
				} catch (error) {
					reject(error);
				}
			}),
		);
		this.start();
		return await done;
	}

	private start() {
		if (!this.pumping) void this.pump();
	}

	// Passes begin in timer callbacks. A pass after a send does nothing until that send's I/O (a
	// connection, a request write) has been polled, which for a send made in a pass is by the next.
	private async pump(): Promise<void> {
		this.pumping = true;
		try {
			while (this.sends.length + this.jobs.length > 0 || this.unpolled > 0) {
				await sleep(0);
				if (this.unpolled > 0) this.unpolled--;
				if (this.unpolled > 0) continue;
				const send = this.sends.shift();
				if (send) {
					this.unpolled = 1;
					send();
				} else for (const job of this.jobs.splice(0, Math.ceil(this.jobs.length / 2))) job();
			}
		} finally {
			this.pumping = false;
		}
	}
}
