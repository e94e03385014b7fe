import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';
import { getPath } from './pagination';
import type { PollEvent, PollInput, PollOutput, PollReads } from './poll-common';
import { isIso, isRecord, isStringArray, POLL_LIMITS, pruneToBudget } from './poll-common';
import { hasStatus } from './status';
import type { TriggerSpec } from './types';

/*
 * Strategy for lists sorted newest first whose items carry a status (Quaderno and Stripe
 * sessions). It only turns (state, pages read within the budget) into (events, next state); the
 * lifecycle in poll.ts owns parameters, connection, state loading and saving.
 *
 * - "New" is decided per item against a boundary (the newest order key seen, plus the ids that
 *   share it), never by an item's position in the list and never against wall-clock time.
 * - The boundary cannot advance past the poll's clock plus a slack: an item dated further ahead
 *   is emitted once (remembered in `ahead`) without hiding everything created until its date.
 * - When a poll cannot page down to the boundary within its budget, the unread range is kept as a
 *   gap and read on later polls; the boundary never jumps over items that were not emitted.
 * - Sessions that are not final are remembered with their last status; a later poll emits a
 *   status event when a list page or a direct re-check shows a different status. Final sessions
 *   are forgotten, so the state stays small.
 */

export type SnapshotEvent = 'created' | 'statusChanged';

/** A session that is not final yet, watched for status changes. */
export interface OpenSession {
	/** Last status seen (see statusOf). */
	status: string;
	/** Its order key, so re-checks and pruning go oldest first. */
	key: number;
	/** When the trigger first saw it, as an ISO time; sessions are watched for openHorizonHours. */
	firstSeen: string;
}

/** A range of the list a poll could not read within its budget. */
export interface Gap {
	/** Cursor to continue the list from (items older than this one). */
	after: string;
	/** The boundary that was current when the gap was left. */
	floor: number;
	/** Short hashes (boundaryKey) of the ids that share the boundary's order key. */
	floorIds: string[];
}

export interface SnapshotState {
	v: 2;
	top: number;
	/** Short hashes (boundaryKey) of the ids that share `top`: many sessions can share one second. */
	topIds: string[];
	/** Short hashes of items dated past what the boundary may reach (see futureSlackMs) that were handled, with their order key. */
	ahead: Record<string, number>;
	gaps: Gap[];
	open: Record<string, OpenSession>;
	/** Order key after which the next round of direct re-checks starts. */
	checkAfter: number;
}

export interface SnapshotOptions {
	event: SnapshotEvent;
	watched: Set<string>;
	/** Order key the first poll starts after; undefined starts from now (a seed). */
	start?: number;
}

/**
 * What the state keeps of an id at the boundary: 12 base64url characters of its SHA-256 (72 bits),
 * so a burst of sessions sharing one second costs little state whatever the ids' length.
 */
export function boundaryKey(id: string): string {
	return createHash('sha256').update(id).digest('base64url').slice(0, 12);
}

/** An item's order key; undefined when the item has none that can be compared. */
function orderKey(t: TriggerSpec, item: IDataObject): number | undefined {
	const raw = getPath(item, t.order.field);
	if (raw === null || raw === undefined || raw === '' || typeof raw === 'boolean') return undefined;
	const value = Number(raw);
	return Number.isFinite(value) ? value : undefined;
}

function idOf(t: TriggerSpec, item: IDataObject): string | undefined {
	const id = getPath(item, t.idField);
	return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/*
 * An item's status as stored in the state: the statusField value, plus "+value" for each status
 * read from another field (StatusOption.field) that the item has. Without such statuses this is
 * the plain status.
 */
const STATUS_JOIN = '+';
function statusOf(t: TriggerSpec, item: IDataObject): string {
	let status = String(getPath(item, t.statusField) ?? '');
	for (const s of t.statuses) if (s.field && hasStatus(t.statusField, s, item)) status += `${STATUS_JOIN}${s.value}`;
	return status;
}
const statusSet = (status: string | undefined) => (status === undefined ? [] : status.split(STATUS_JOIN));
/** The part of a stored status that comes from statusField, as shown in previousStatus. */
const primaryStatus = (status: string) => statusSet(status)[0];

function output(item: IDataObject, event: SnapshotEvent, previousStatus?: string): IDataObject {
	const json: IDataObject = { ...item, triggerEvent: event };
	if (previousStatus !== undefined) json.previousStatus = previousStatus;
	return json;
}

/** The highest order key the boundary may take in this poll: the slack past the clock or past where it stood, whichever is later. */
function keyCap(t: TriggerSpec, now: number, top: number): number {
	if (t.order.kind !== 'unixSeconds') return Number.POSITIVE_INFINITY;
	return Math.floor((Math.max(now, top * 1000) + POLL_LIMITS.futureSlackMs) / 1000);
}

/** The state of a first poll, and whether it is a seed that only records what exists. */
export function freshSnapshot(t: TriggerSpec, options: SnapshotOptions): { state: SnapshotState; seeding: boolean } {
	const empty = (top: number, topIds: string[]): SnapshotState => ({ v: 2, top, topIds, ahead: {}, gaps: [], open: {}, checkAfter: -1 });
	if (options.start === undefined) return { state: empty(Number.NEGATIVE_INFINITY, []), seeding: true };
	return { state: empty(options.start, t.order.kind === 'number' ? [boundaryKey(String(options.start))] : []), seeding: false };
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function loadOpen(value: unknown): OpenSession | undefined {
	// Version 1 stored [status, key, firstSeen].
	if (Array.isArray(value) && value.length === 3) return loadOpen({ status: value[0], key: value[1], firstSeen: value[2] });
	if (!isRecord(value)) return undefined;
	const { status, key, firstSeen } = value;
	return typeof status === 'string' && isFiniteNumber(key) && isIso(firstSeen) ? { status, key, firstSeen: firstSeen as string } : undefined;
}

const isGap = (value: unknown): value is Gap =>
	isRecord(value) && typeof value.after === 'string' && value.after !== '' && isFiniteNumber(value.floor) && isStringArray(value.floorIds);

/**
 * Reads stored state, checking every field; undefined when anything is unusable. Version 1
 * state (positional open entries, no `ahead`) is converted.
 */
export function loadSnapshot(t: TriggerSpec, stored: unknown, now: number): SnapshotState | undefined {
	if (!isRecord(stored) || (stored.v !== 1 && stored.v !== 2)) return undefined;
	const { top, topIds, gaps, open, checkAfter } = stored;
	const ahead = stored.v === 1 && stored.ahead === undefined ? {} : stored.ahead;
	const far = t.order.kind === 'unixSeconds' ? (now + POLL_LIMITS.farFutureMs) / 1000 : Number.POSITIVE_INFINITY;
	if (!isFiniteNumber(top) || top > far || !isStringArray(topIds) || !isFiniteNumber(checkAfter)) return undefined;
	if (!Array.isArray(gaps) || !gaps.every(isGap) || !isRecord(open) || !isRecord(ahead)) return undefined;
	if (!Object.values(ahead).every(isFiniteNumber)) return undefined;
	const sessions: Record<string, OpenSession> = {};
	for (const [id, value] of Object.entries(open)) {
		const session = loadOpen(value);
		if (!session) return undefined;
		sessions[id] = session;
	}
	return { v: 2, top, topIds: [...topIds], ahead: { ...(ahead as Record<string, number>) }, gaps: gaps.map((g) => ({ ...g, floorIds: [...g.floorIds] })), open: sessions, checkAfter };
}

class SnapshotRun {
	readonly events: PollEvent[] = [];
	pagesLeft = POLL_LIMITS.pagesPerPoll;
	/** The poll's time ran out: later phases read nothing more. */
	outOfTime = false;
	/** Lowest order key this poll has listed; open sessions below it were not seen. */
	lowestListed = Number.POSITIVE_INFINITY;
	readonly seenIds = new Set<string>();
	readonly cap: number;

	constructor(
		readonly t: TriggerSpec,
		readonly options: SnapshotOptions,
		readonly state: SnapshotState,
		readonly reads: PollReads,
		readonly now: number,
		readonly record: boolean,
	) {
		this.cap = keyCap(t, now, state.top);
	}

	private isTerminal(status: string) {
		return statusSet(status).some((s) => this.t.terminalStatuses.includes(s));
	}

	/** Emits when the item now has a watched status it did not have before. */
	private emitStatus(item: IDataObject, key: number, status: string, previous?: string) {
		const before = statusSet(previous);
		const reached = statusSet(status).some((s) => this.options.watched.has(s) && !before.includes(s));
		if (this.record && this.options.event === 'statusChanged' && reached) {
			this.events.push({ at: key, json: output(item, 'statusChanged', previous === undefined ? undefined : primaryStatus(previous)) });
		}
	}

	/** A session above the boundary: first sight. */
	private onNew(item: IDataObject, id: string, key: number) {
		const status = statusOf(this.t, item);
		if (this.record && this.options.event === 'created') this.events.push({ at: key, json: output(item, 'created') });
		this.emitStatus(item, key, status);
		if (!this.isTerminal(status)) this.state.open[id] = { status, key, firstSeen: new Date(this.now).toISOString() };
	}

	/** A session seen before: only interesting if we watch it. */
	onKnown(item: IDataObject, id: string) {
		const entry = this.state.open[id];
		if (!entry) return;
		const status = statusOf(this.t, item);
		if (status !== entry.status) {
			this.emitStatus(item, entry.key, status, entry.status);
			entry.status = status;
		}
		if (this.isTerminal(status)) delete this.state.open[id];
	}

	/** Watched sessions not listed yet this poll at or below `key` (sessions can share a key). */
	private openBelow(key: number) {
		return Object.entries(this.state.open).filter(([id, e]) => e.key <= key && !this.seenIds.has(id)).length;
	}

	/** Whether an item was already handled as one dated past the clock; adds it when it is one now. */
	private handledAhead(id: string, key: number): 'known' | 'new' | undefined {
		const hasAhead = Object.keys(this.state.ahead).length > 0;
		if (key <= this.cap && !(hasAhead && key >= this.state.top)) return undefined;
		const hash = boundaryKey(id);
		if (this.state.ahead[hash] !== undefined) return 'known';
		if (key <= this.cap) return undefined;
		this.state.ahead[hash] = key;
		return 'new';
	}

	/**
	 * Lists from `cursor` down to the boundary, then (when `extend`) further while many watched
	 * sessions are still below what was listed. Each item is judged on its own key and id, so a
	 * list in an unexpected order loses and repeats nothing on the pages read. Returns the cursor
	 * to resume from if the budget ran out before the boundary, and the newest new key with its ids.
	 */
	async scan(cursor: string | undefined, floor: number, floorIds: string[], extend: boolean): Promise<{ resumeAt?: string; newestKey?: number; newestIds: string[] }> {
		let reached = false;
		let newestKey: number | undefined;
		let newestIds: string[] = [];
		while (this.pagesLeft > 0 && !this.outOfTime) {
			const page = await this.reads.page({}, cursor);
			if (!page) {
				this.outOfTime = true;
				break;
			}
			this.pagesLeft--;
			for (const item of page.items) {
				// Entries without an object, an id or an order key cannot be placed: they are skipped and never become the boundary.
				if (!isRecord(item)) continue;
				const id = idOf(this.t, item);
				const key = orderKey(this.t, item);
				if (id === undefined || key === undefined || this.seenIds.has(id)) continue;
				this.seenIds.add(id);
				this.lowestListed = Math.min(this.lowestListed, key);
				const ahead = this.handledAhead(id, key);
				if (ahead === 'new') this.onNew(item, id, key);
				else if (ahead === 'known') this.onKnown(item, id);
				else if (key > floor || (key === floor && !floorIds.includes(boundaryKey(id)))) {
					if (newestKey === undefined || key > newestKey) {
						newestKey = key;
						newestIds = [];
					}
					if (key === newestKey) newestIds.push(boundaryKey(id));
					this.onNew(item, id, key);
				} else {
					reached = true;
					this.onKnown(item, id);
				}
			}
			cursor = page.next;
			if (cursor === undefined || page.items.length === 0) return { newestKey, newestIds };
			if (reached && !(extend && this.openBelow(this.lowestListed) > POLL_LIMITS.directCheckThreshold)) return { newestKey, newestIds };
		}
		return { resumeAt: reached ? undefined : cursor, newestKey, newestIds };
	}

	/** Re-reads watched sessions that no list page showed this time, a bounded number per poll. */
	async recheck() {
		const candidates = Object.entries(this.state.open)
			.filter(([id]) => !this.seenIds.has(id))
			.sort((a, b) => a[1].key - b[1].key);
		const after = this.state.checkAfter;
		const rotated = [...candidates.filter(([, e]) => e.key > after), ...candidates.filter(([, e]) => e.key <= after)];
		for (const [id, entry] of rotated.slice(0, POLL_LIMITS.checksPerPoll)) {
			if (this.outOfTime) return;
			const item = await this.reads.one(id);
			if (item === undefined) {
				this.outOfTime = true;
				return;
			}
			this.state.checkAfter = entry.key;
			// A session deleted since we saw it (only pending ones can be) has nothing left to report.
			if (item === null || !isRecord(item)) delete this.state.open[id];
			else this.onKnown(item, id);
		}
	}

	prune() {
		const horizon = this.now - this.t.openHorizonHours * 3_600_000;
		for (const [id, e] of Object.entries(this.state.open)) if (Date.parse(e.firstSeen) < horizon) delete this.state.open[id];
		// Count and bytes both bound the watch list (ids differ in length: Stripe's are 66
		// characters); the oldest open sessions are the ones given up.
		pruneToBudget(this.state.open, (e) => e.key, POLL_LIMITS.maxOpen, POLL_LIMITS.watchBudgetBytes);
		// Once the boundary has passed an item dated ahead, the boundary alone keeps it from being new again.
		for (const [hash, key] of Object.entries(this.state.ahead)) if (key < this.state.top) delete this.state.ahead[hash];
		pruneToBudget(this.state.ahead, (key) => key, POLL_LIMITS.maxAhead, Number.POSITIVE_INFINITY);
	}
}

/** One scheduled poll of the snapshot strategy: pages read within the budget → events and next state. */
export async function pollSnapshot(t: TriggerSpec, options: SnapshotOptions, input: PollInput<SnapshotState>): Promise<PollOutput<SnapshotState>> {
	const { state, seeding } = input;
	const run = new SnapshotRun(t, options, state, input.reads, input.now, !seeding);
	if (seeding) run.pagesLeft = POLL_LIMITS.seedPages;
	const floor = state.top;
	const floorIds = state.topIds;
	// Paging past the boundary and re-reading sessions by id only serve status events; a trigger
	// for new sessions would otherwise pay for them on every poll (up to five pages and twenty
	// reads while hundreds of sessions are open). Open sessions are still recorded from the pages
	// read, so switching the event to status changes finds them.
	const watching = options.event === 'statusChanged';
	const top = await run.scan(undefined, floor, floorIds, !seeding && watching);
	if (top.newestKey !== undefined) {
		state.topIds = top.newestKey === floor ? [...new Set([...floorIds, ...top.newestIds])] : top.newestIds;
		state.top = top.newestKey;
	}
	if (seeding) {
		// Whatever the seed could not read is older than everything we will ever call new.
		if (state.top === Number.NEGATIVE_INFINITY) state.top = 0;
	} else {
		if (top.resumeAt !== undefined) state.gaps.unshift({ after: top.resumeAt, floor, floorIds });
		const gaps = state.gaps;
		state.gaps = [];
		// Unread ranges get a page budget of their own, so a backlog shrinks even while new
		// sessions keep arriving at the pace of one poll's budget.
		if (gaps.length) run.pagesLeft = Math.max(run.pagesLeft, POLL_LIMITS.pagesPerPoll);
		for (const gap of gaps) {
			if (run.pagesLeft <= 0 || run.outOfTime) {
				state.gaps.push(gap);
				continue;
			}
			const rest = await run.scan(gap.after, gap.floor, gap.floorIds, false);
			if (rest.resumeAt !== undefined) state.gaps.push({ ...gap, after: rest.resumeAt });
		}
		if (state.gaps.length > POLL_LIMITS.maxGaps) {
			// Failing here would keep the old state and fail again on every poll; the ranges are kept
			// (nothing is skipped) and the user is told to poll more often.
			input.warn(`${state.gaps.length} unread ranges are pending; sessions arrive faster than one poll reads them. Poll more often.`);
		}
		if (watching && t.get) await run.recheck();
	}
	run.prune();
	return { events: run.events, state };
}

/** A recent sample for "Fetch Test Event": newest first, at most sampleSize items. */
export async function sampleSnapshot(t: TriggerSpec, options: SnapshotOptions, reads: PollReads, maxLimit: number): Promise<IDataObject[]> {
	const { event } = options;
	const watched = [...options.watched];
	let items: IDataObject[] = [];
	// Statuses read from another field cannot be asked for with the status filter.
	const filterable = watched.every((w) => !t.statuses.some((s) => s.value === w && s.field));
	if (event === 'statusChanged' && t.statusFilterParam && filterable) {
		for (const status of watched) items.push(...((await reads.page({ [t.statusFilterParam]: status }, undefined, POLL_LIMITS.sampleSize))?.items ?? []));
	} else {
		items = (await reads.page({}, undefined, event === 'created' ? POLL_LIMITS.sampleSize : maxLimit))?.items ?? [];
		if (event === 'statusChanged') items = items.filter((i) => isRecord(i) && statusSet(statusOf(t, i)).some((s) => options.watched.has(s)));
	}
	return items
		.filter((i) => isRecord(i) && orderKey(t, i) !== undefined)
		.sort((a, b) => (orderKey(t, b) ?? 0) - (orderKey(t, a) ?? 0))
		.slice(0, POLL_LIMITS.sampleSize)
		.map((item) => output(item, event));
}
