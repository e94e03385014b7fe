import type { IDataObject } from 'n8n-workflow';
import { getPath } from './pagination';
import type { PollEvent, PollInput, PollOutput, PollReads } from './poll-common';
import { isIso, isoMs, isRecord, POLL_LIMITS, pruneToBudget } from './poll-common';
import type { UpdatedTriggerSpec } from './types';

/*
 * Strategy for items that change after they were created (payments, transactions, orders),
 * where "newest first by creation" says nothing about what changed. It only turns (state, pages
 * read within the budget) into (events, next state); the lifecycle in poll.ts does the rest.
 *
 * - Each poll reads the items updated since the cursor (server-side update filter), or, where the
 *   API has none, every item created within the watch window. Items are compared with a bounded
 *   map of id -> last status and update time; an item whose status differs from the remembered
 *   one (or that was never seen) and is one of the watched statuses is emitted once.
 * - The cursor moves only after a read went through every page, and then only to the newest
 *   update time seen minus an overlap, so items updated while the read was running are read
 *   again (and deduplicated) instead of skipped. No update time past the poll's clock plus a
 *   slack moves it: one item dated years ahead must not hide every later change.
 * - When the budget runs out first, the read is resumed from its page cursor on the next poll
 *   and the cursor stays where it was.
 */

/** What the trigger remembers of one item. */
export interface SeenItem {
	status: string;
	/** Last update time as the API wrote it ('' when the item had none). */
	updated: string;
}

/** Where an interrupted read continues. */
export interface Resume {
	/** Index into the linked ids being read. */
	link: number;
	cursor?: string;
	/** The lower bound the interrupted read used, so its page cursor stays consistent. */
	bound?: string;
	/** Newest update time seen so far in the interrupted read. */
	top?: string;
}

export interface UpdatedState {
	v: 2;
	kind: 'updatedSince';
	/** Inclusive lower bound of the update filter for the next read; absent until something was seen. */
	since?: string;
	resume?: Resume;
	seen: Record<string, SeenItem>;
	/**
	 * Items updated before this time are done: a re-read ignores them and the seen map forgets
	 * them. It follows the cursor, and rises further when the seen map must shrink to its budget.
	 */
	floor?: string;
	/** The linked ids the state was built for; changing them starts over. */
	links: string;
}

export interface UpdatedOptions {
	watched: Set<string>;
	/** Linked ids the watch is limited to; [] means all. */
	links: string[];
}

function later(a: string | undefined, b: string | undefined): string | undefined {
	if (a === undefined) return b;
	if (b === undefined) return a;
	return isoMs(b) > isoMs(a) ? b : a;
}

/** The state of a first poll: always a seed that only records what exists. */
export function freshUpdated(options: UpdatedOptions): { state: UpdatedState; seeding: boolean } {
	return { state: { v: 2, kind: 'updatedSince', seen: {}, links: options.links.join(',') }, seeding: true };
}

const optionalIso = (value: unknown, cap: number) => value === undefined || (isIso(value) && isoMs(value) <= cap);

function loadSeen(value: unknown): SeenItem | undefined {
	// Version 1 stored [status, updated].
	if (Array.isArray(value) && value.length === 2) return loadSeen({ status: value[0], updated: value[1] });
	if (!isRecord(value)) return undefined;
	return typeof value.status === 'string' && typeof value.updated === 'string' ? { status: value.status, updated: value.updated } : undefined;
}

function loadResume(value: unknown, cap: number): Resume | undefined {
	if (!isRecord(value)) return undefined;
	const { link, cursor, bound, top } = value;
	if (typeof link !== 'number' || !Number.isInteger(link) || link < 0) return undefined;
	if (cursor !== undefined && typeof cursor !== 'string') return undefined;
	if (!optionalIso(bound, cap) || !optionalIso(top, cap)) return undefined;
	return { link, cursor, bound: bound as string | undefined, top: top as string | undefined };
}

/**
 * Reads stored state, checking every field; undefined when anything is unusable (including
 * times far past the clock). Version 1 state (positional seen entries) is converted. State
 * built for other linked ids is not an error: it is simply not this trigger's.
 */
export function loadUpdated(stored: unknown, options: UpdatedOptions, now: number): UpdatedState | 'otherLinks' | undefined {
	if (!isRecord(stored) || (stored.v !== 1 && stored.v !== 2) || stored.kind !== 'updatedSince' || typeof stored.links !== 'string') return undefined;
	const cap = now + POLL_LIMITS.farFutureMs;
	const { since, floor, resume, seen } = stored;
	if (!optionalIso(since, cap) || !optionalIso(floor, cap) || !isRecord(seen)) return undefined;
	const state: UpdatedState = { v: 2, kind: 'updatedSince', seen: {}, links: stored.links };
	if (since !== undefined) state.since = since as string;
	if (floor !== undefined) state.floor = floor as string;
	if (resume !== undefined) {
		const read = loadResume(resume, cap);
		if (!read || read.link >= Math.max(1, options.links.length)) return undefined;
		state.resume = read;
	}
	for (const [id, value] of Object.entries(seen)) {
		const entry = loadSeen(value);
		if (!entry) return undefined;
		state.seen[id] = entry;
	}
	return state.links === options.links.join(',') ? state : 'otherLinks';
}

/** The query of one read: the linked id and the lower bound, when the API can filter by them. */
function query(t: UpdatedTriggerSpec, link: string | undefined, bound: string | undefined): IDataObject {
	const qs: IDataObject = {};
	if (link !== undefined && t.linkFilter) qs[t.linkFilter.param] = link;
	const { filterParam, createdFilterParam } = t.updated;
	if (bound !== undefined) {
		if (filterParam) qs[filterParam] = bound;
		else if (createdFilterParam) qs[createdFilterParam] = bound;
	}
	return qs;
}

class UpdatedRun {
	readonly events: PollEvent[] = [];
	private readonly readNow = new Set<string>();
	pagesLeft: number;
	/** Update times past this (the slack past the clock or past the cursor) never move the cursor. */
	readonly cap: number;

	constructor(
		readonly t: UpdatedTriggerSpec,
		readonly options: UpdatedOptions,
		readonly state: UpdatedState,
		readonly reads: PollReads,
		readonly now: number,
		readonly record: boolean,
	) {
		this.pagesLeft = record ? POLL_LIMITS.pagesPerPoll : POLL_LIMITS.seedPages;
		// The cursor sits an overlap before the newest update it took; the slack counts from there or from the clock.
		const reached = state.since === undefined ? Number.NEGATIVE_INFINITY : isoMs(state.since) + POLL_LIMITS.overlapMs;
		this.cap = Math.max(now, reached) + POLL_LIMITS.futureSlackMs;
	}

	/** Records one listed item; returns its update time when it may move the cursor. */
	private see(item: unknown): string | undefined {
		if (!isRecord(item)) return undefined;
		const rawId = getPath(item, this.t.idField);
		const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : '';
		if (!id || this.readNow.has(id)) return undefined;
		this.readNow.add(id);
		const status = String(getPath(item, this.t.statusField) ?? '');
		const rawUpdated = getPath(item, this.t.updated.field);
		const updated = typeof rawUpdated === 'string' ? rawUpdated : '';
		const at = isoMs(updated);
		if (this.state.floor && Number.isFinite(at) && at < isoMs(this.state.floor)) return undefined;
		const previous = this.state.seen[id];
		if (this.record && this.options.watched.has(status) && (!previous || previous.status !== status)) {
			const json: IDataObject = { ...item, triggerEvent: 'statusChanged' };
			if (previous) json.previousStatus = previous.status;
			this.events.push({ at, json });
		}
		this.state.seen[id] = { status, updated };
		return Number.isFinite(at) && at <= this.cap ? updated : undefined;
	}

	/**
	 * Reads every page of every linked id, starting where an interrupted read stopped. Returns
	 * complete: false when the budget ran out first (the resume point is then in the state).
	 */
	async readAll(links: Array<string | undefined>, resume: Resume): Promise<{ complete: boolean; top?: string }> {
		let top = resume.top;
		let cursor = resume.cursor;
		for (let link = resume.link; link < links.length; link++) {
			const qs = query(this.t, links[link], resume.bound);
			do {
				const page = this.pagesLeft > 0 ? await this.reads.page(qs, cursor) : undefined;
				if (!page) {
					this.state.resume = { link, cursor, bound: resume.bound, top };
					return { complete: false, top };
				}
				this.pagesLeft--;
				for (const item of page.items) top = later(top, this.see(item));
				cursor = page.items.length ? page.next : undefined;
			} while (cursor !== undefined);
			cursor = undefined;
		}
		delete this.state.resume;
		return { complete: true, top };
	}

	/**
	 * Forgets what cannot come back: entries older than the watch window or the floor, and
	 * entries the next read's overlap cannot reach (older than the newest update seen minus the
	 * overlap). Then the oldest beyond the count and byte budgets; only when the read is complete
	 * may the floor rise past those, because an unfinished read continues on older pages.
	 */
	prune(reference: number, complete: boolean, newest: number) {
		const horizon = reference - this.t.openHorizonHours * 3_600_000;
		for (const [id, e] of Object.entries(this.state.seen)) if (isoMs(e.updated) < horizon) delete this.state.seen[id];
		// While a read spans several polls, what it read must stay: the next read re-reads its overlap
		// and would emit a forgotten entry again. The map may then exceed its budget until the read ends.
		if (!complete) return;
		const floor = this.state.floor ? isoMs(this.state.floor) : Number.NEGATIVE_INFINITY;
		const reach = Number.isFinite(newest) ? newest - POLL_LIMITS.overlapMs : Number.NEGATIVE_INFINITY;
		for (const [id, e] of Object.entries(this.state.seen)) if (isoMs(e.updated) < Math.max(floor, reach)) delete this.state.seen[id];
		const dropped = pruneToBudget(this.state.seen, (e) => isoMs(e.updated), POLL_LIMITS.maxSeen, POLL_LIMITS.watchBudgetBytes);
		if (dropped.length === 0) return;
		// Raising the floor past every forgotten entry means a re-read can never emit one again;
		// not past the clock, where it would hide every later change.
		const newestDropped = Math.min(isoMs(dropped[dropped.length - 1][1].updated), this.cap);
		if (Number.isFinite(newestDropped)) this.state.floor = later(this.state.floor, new Date(newestDropped + 1).toISOString());
	}
}

/** One scheduled poll of the updated-since strategy: pages read within the budget → events and next state. */
export async function pollUpdated(t: UpdatedTriggerSpec, options: UpdatedOptions, input: PollInput<UpdatedState>): Promise<PollOutput<UpdatedState>> {
	const { state, seeding, now } = input;
	const links: Array<string | undefined> = options.links.length ? options.links : [undefined];
	let resume = state.resume;
	if (!resume) {
		// Without an update filter the API can only be narrowed by creation time: re-read the window.
		const bound = t.updated.filterParam ? state.since : t.updated.createdFilterParam ? new Date(now - t.openHorizonHours * 3_600_000).toISOString() : undefined;
		resume = { link: 0, bound };
	}
	const run = new UpdatedRun(t, options, state, input.reads, now, !seeding);
	const read = await run.readAll(links, resume);
	if (seeding && !read.complete) {
		// The seed records what it could read; older items are not new, so nothing is left to resume.
		delete state.resume;
	}
	if ((read.complete || seeding) && read.top !== undefined) {
		const next = new Date(isoMs(read.top) - POLL_LIMITS.overlapMs).toISOString();
		state.since = later(state.since, next);
		// Everything updated before the next read's lower bound has been read completely.
		if (!seeding || read.complete) state.floor = later(state.floor, state.since);
	}
	const newest = isoMs(read.top);
	run.prune(Number.isFinite(newest) ? newest : now, read.complete, newest);
	return { events: run.events, state };
}

/** Recent items in the watched statuses, for "Fetch Test Event"; reads one page per linked id. */
export async function sampleUpdated(t: UpdatedTriggerSpec, options: UpdatedOptions, reads: PollReads): Promise<IDataObject[]> {
	const links: Array<string | undefined> = options.links.length ? options.links : [undefined];
	const items: IDataObject[] = [];
	for (const link of links.slice(0, POLL_LIMITS.sampleSize)) {
		const page = await reads.page(query(t, link, undefined), undefined);
		items.push(...(page?.items ?? []).filter((i) => isRecord(i) && options.watched.has(String(getPath(i, t.statusField) ?? ''))));
	}
	return items
		.sort((a, b) => (isoMs(getPath(b, t.updated.field)) || 0) - (isoMs(getPath(a, t.updated.field)) || 0))
		.slice(0, POLL_LIMITS.sampleSize)
		.map((item) => ({ ...item, triggerEvent: 'statusChanged' }));
}
