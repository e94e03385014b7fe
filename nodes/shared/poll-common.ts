import type { IDataObject } from 'n8n-workflow';
import type { Page } from './pagination';

/*
 * What the poll lifecycle (poll.ts) and its strategies (poll-snapshot.ts, poll-updated.ts) share:
 * one limits table, the reads a strategy may make, and one byte-budget pruning. Kept apart from
 * poll.ts so the strategies do not import the lifecycle that imports them.
 */

/** Limits that keep one poll's cost, its duration and the stored state bounded. */
export const POLL_LIMITS = {
	pagesPerPoll: 10,
	seedPages: 5,
	checksPerPoll: 20,
	/** Below this many unlisted open sessions, re-check them one by one instead of paging on. */
	directCheckThreshold: 5,
	maxOpen: 500,
	maxSeen: 5000,
	/** Bytes a strategy's watch map may take in node static data (the whole state stays under 64 KB). */
	watchBudgetBytes: 48 * 1024,
	maxGaps: 50,
	/** Items seen with an order key beyond the cap below, remembered so they are emitted once. */
	maxAhead: 100,
	sampleSize: 5,
	/** Re-read this much before the newest update seen: covers items updated while a read ran. */
	overlapMs: 5 * 60_000,
	maxLinks: 50,
	/**
	 * How far one poll may move a boundary or cursor past both the poll's own clock and where it
	 * stood before. Covers clock skew between n8n and the vendor, and lets the boundary follow a
	 * vendor clock that runs ahead step by step; an item dated further ahead is emitted (and
	 * remembered), but cannot move the boundary there and so hide everything dated before it.
	 */
	futureSlackMs: 60 * 60_000,
	/** Stored state dated further than this past the clock is unusable (it was poisoned by such an item). */
	farFutureMs: 7 * 86_400_000,
	/**
	 * Time one poll may take when n8n does not give a budget. n8n's poll timeout is 45 s by
	 * default; a poll ending well before it leaves state that resumes instead of being cut off.
	 */
	budgetMs: 30_000,
};

/** One item a poll emits; `at` orders the output, oldest first. */
export interface PollEvent {
	at: number;
	json: IDataObject;
}

/**
 * The reads a strategy may make. Both answer `undefined` once the poll's time is spent: nothing
 * was read, and the strategy ends with state that resumes there.
 */
export interface PollReads {
	/** One page of the watched list. */
	page(query: IDataObject, cursor: string | undefined, size?: number): Promise<Page | undefined>;
	/** One item by id; null when the API no longer has it. */
	one(id: string): Promise<IDataObject | null | undefined>;
}

/** What a strategy gets for one scheduled poll. */
export interface PollInput<S> {
	/** A private copy: the strategy changes it freely and hands it back. */
	state: S;
	/** The first poll (or one after unusable state): record what exists, emit nothing. */
	seeding: boolean;
	now: number;
	reads: PollReads;
	warn(message: string): void;
}

export interface PollOutput<S> {
	events: PollEvent[];
	state: S;
}

/** Milliseconds of an ISO time; a time without a zone is UTC, as vendors that omit it mean. */
export function isoMs(value: unknown): number {
	if (typeof value !== 'string' || value === '') return Number.NaN;
	const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
	return Date.parse(zoned);
}

/** A list entry a trigger can use: a plain object (APIs sometimes list null or scalars). */
export function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a value is an ISO time this package can read. */
export const isIso = (value: unknown) => typeof value === 'string' && Number.isFinite(isoMs(value));
/** Whether a value is an array of strings. */
export const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * Drops entries from `map`, oldest (by `order`) first, until at most `maxCount` remain and the
 * map's JSON fits `maxBytes`. Returns the dropped entries, oldest first.
 */
export function pruneToBudget<T>(map: Record<string, T>, order: (entry: T) => number, maxCount: number, maxBytes: number): Array<[string, T]> {
	const entries = Object.entries(map).sort((a, b) => (order(a[1]) || 0) - (order(b[1]) || 0));
	let drop = Math.max(0, entries.length - maxCount);
	let size = JSON.stringify(map).length;
	// Each entry costs its key, its value, a colon and a separator.
	const cost = ([id, value]: [string, T]) => JSON.stringify(id).length + JSON.stringify(value).length + 2;
	for (const entry of entries.slice(0, drop)) size -= cost(entry);
	while (drop < entries.length && size > maxBytes) size -= cost(entries[drop++]);
	const dropped = entries.slice(0, drop);
	for (const [id] of dropped) delete map[id];
	return dropped;
}
