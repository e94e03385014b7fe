import { createHash } from 'crypto';
import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { fetchPage, getPath } from './pagination';
import type { Connection } from './transport';
import { connect, rateOption, send } from './transport';
import { pollUpdated } from './poll-updated';
import type { OperationSpec, ProviderSpec, TriggerSpec } from './types';

/*
 * Polling state machine for lists sorted newest first whose items carry a status.
 *
 * - "New" is decided against a boundary (the newest order key seen, plus the ids that share it),
 *   never against wall-clock time, so clock skew cannot lose items.
 * - When a poll cannot page down to the boundary within its budget, the unread range is kept as a
 *   gap and read on later polls; the boundary never jumps over items that were not emitted.
 * - Sessions that are not final are remembered with their last status; a later poll emits a
 *   status event when a list page or a direct re-check shows a different status. Final sessions
 *   are forgotten, so the state stays small.
 * - The new state is written only after the whole poll succeeded: a failed poll changes nothing
 *   and the next one repeats it.
 */

/** [last status, order key, first seen as ISO time] */
type OpenEntry = [string, number, string];

interface Gap {
	/** Cursor to continue the list from (items older than this one). */
	after: string;
	/** The boundary that was current when the gap was left. */
	floor: number;
	/** Short hashes (boundaryKey) of the ids that share the boundary's order key. */
	floorIds: string[];
}

export interface SnapshotState {
	v: 1;
	top: number;
	/** Short hashes (boundaryKey) of the ids that share `top`: many sessions can share one second. */
	topIds: string[];
	gaps: Gap[];
	open: Record<string, OpenEntry>;
	/** Order key after which the next round of direct re-checks starts. */
	checkAfter: number;
}

/** Limits that keep one poll's cost and the stored state bounded. */
export const POLL_LIMITS = {
	pagesPerPoll: 10,
	seedPages: 5,
	checksPerPoll: 20,
	/** Below this many unlisted open sessions, re-check them one by one instead of paging on. */
	directCheckThreshold: 5,
	maxOpen: 500,
	/** Bytes the watch list may take in node static data (the whole state stays under 64 KB). */
	openBudgetBytes: 48 * 1024,
	maxGaps: 50,
	sampleSize: 5,
};

type Event = 'created' | 'statusChanged';

interface Emitted {
	key: number;
	json: IDataObject;
}

function orderKey(t: TriggerSpec, item: IDataObject): number {
	const value = Number(getPath(item, t.order.field));
	return Number.isFinite(value) ? value : 0;
}

const idOf = (t: TriggerSpec, item: IDataObject) => String(getPath(item, t.idField));
/*
 * An item's status as stored in the state: the statusField value, plus "+value" for each status
 * read from another field (StatusOption.field) that the item has. Without such statuses this is
 * the plain status, so existing state stays valid.
 */
const STATUS_JOIN = '+';
const statusOf = (t: TriggerSpec, item: IDataObject) => {
	let status = String(getPath(item, t.statusField) ?? '');
	for (const s of t.statuses) if (s.field && String(getPath(item, s.field) ?? '') === s.value) status += `${STATUS_JOIN}${s.value}`;
	return status;
};
const statusSet = (status: string | undefined) => (status === undefined ? [] : status.split(STATUS_JOIN));
/** The part of a stored status that comes from statusField, as shown in previousStatus. */
const primaryStatus = (status: string) => statusSet(status)[0];

function isState(value: unknown): value is SnapshotState {
	const s = value as SnapshotState;
	return !!s && s.v === 1 && typeof s.top === 'number' && Array.isArray(s.gaps) && typeof s.open === 'object';
}

function output(item: IDataObject, event: Event, previousStatus?: string): IDataObject {
	const json: IDataObject = { ...item, triggerEvent: event };
	if (previousStatus !== undefined) json.previousStatus = previousStatus;
	return json;
}

class PollRun {
	readonly emitted: Emitted[] = [];
	pagesLeft = POLL_LIMITS.pagesPerPoll;
	/** Lowest order key this poll has listed; open sessions below it were not seen. */
	lowestListed = Number.POSITIVE_INFINITY;
	readonly seenIds = new Set<string>();

	constructor(
		readonly conn: Connection,
		readonly t: TriggerSpec,
		readonly state: SnapshotState,
		readonly event: Event,
		readonly watched: Set<string>,
		readonly now: Date,
		readonly record: boolean,
	) {}

	private isTerminal(status: string) {
		return statusSet(status).some((s) => this.t.terminalStatuses.includes(s));
	}

	/** Emits when the item now has a watched status it did not have before. */
	private emitStatus(item: IDataObject, key: number, status: string, previous?: string) {
		const before = statusSet(previous);
		const reached = statusSet(status).some((s) => this.watched.has(s) && !before.includes(s));
		if (this.record && this.event === 'statusChanged' && reached) {
			this.emitted.push({ key, json: output(item, 'statusChanged', previous === undefined ? undefined : primaryStatus(previous)) });
		}
	}

	/** A session above the boundary: first sight. */
	onNew(item: IDataObject) {
		const id = idOf(this.t, item);
		const key = orderKey(this.t, item);
		const status = statusOf(this.t, item);
		if (this.record && this.event === 'created') this.emitted.push({ key, json: output(item, 'created') });
		this.emitStatus(item, key, status);
		if (!this.isTerminal(status)) this.state.open[id] = [status, key, this.now.toISOString()];
	}

	/** A session at or below the boundary: only interesting if we watch it. */
	onKnown(item: IDataObject) {
		const id = idOf(this.t, item);
		const entry = this.state.open[id];
		if (!entry) return;
		const status = statusOf(this.t, item);
		if (status !== entry[0]) {
			this.emitStatus(item, entry[1], status, entry[0]);
			entry[0] = status;
		}
		if (this.isTerminal(status)) delete this.state.open[id];
	}

	/** Watched sessions not listed yet this poll at or below `key` (sessions can share a key). */
	private openBelow(key: number) {
		return Object.entries(this.state.open).filter(([id, e]) => e[1] <= key && !this.seenIds.has(id)).length;
	}

	/**
	 * Lists from `cursor` down to the boundary, then (when `extend`) further while many watched
	 * sessions are still below what was listed. Returns the cursor to resume from if the page
	 * budget ran out before the boundary.
	 */
	async scan(cursor: string | undefined, floor: number, floorIds: string[], extend: boolean): Promise<{ resumeAt?: string; newest?: IDataObject[] }> {
		const list = this.conn.provider.operations[this.t.list];
		let reached = false;
		const newest: IDataObject[] = [];
		let first = true;
		while (this.pagesLeft > 0) {
			this.pagesLeft--;
			const page = await fetchPage(this.conn, list, {}, list.pagination!.maxLimit, cursor);
			for (const item of page.items) {
				const key = orderKey(this.t, item);
				const id = idOf(this.t, item);
				if (this.seenIds.has(id)) continue;
				this.seenIds.add(id);
				this.lowestListed = Math.min(this.lowestListed, key);
				const isNew = !reached && (key > floor || (key === floor && !floorIds.includes(boundaryKey(id))));
				if (isNew) {
					// Every new session sharing the newest order key belongs to the boundary, on whatever page.
					if (newest.length === 0 ? first : orderKey(this.t, newest[0]) === key) newest.push(item);
					this.onNew(item);
				} else {
					reached = true;
					this.onKnown(item);
				}
			}
			first = false;
			cursor = page.next;
			if (cursor === undefined || page.items.length === 0) return { newest };
			if (reached && !(extend && this.openBelow(this.lowestListed) > POLL_LIMITS.directCheckThreshold)) return { newest };
		}
		return { resumeAt: reached ? undefined : cursor, newest };
	}

	/** Re-reads watched sessions that no list page showed this time, a bounded number per poll. */
	async recheck() {
		const getKey = this.t.get;
		if (!getKey) return;
		const op = this.conn.provider.operations[getKey];
		const param = op.pathParams[0]?.name;
		const candidates = Object.entries(this.state.open)
			.filter(([id]) => !this.seenIds.has(id))
			.sort((a, b) => a[1][1] - b[1][1]);
		const rotated = [...candidates.filter(([, e]) => e[1] > this.state.checkAfter), ...candidates.filter(([, e]) => e[1] <= this.state.checkAfter)];
		for (const [id, entry] of rotated.slice(0, POLL_LIMITS.checksPerPoll)) {
			this.state.checkAfter = entry[1];
			const item = await this.fetchOne(op, param, id);
			// A session deleted since we saw it (only pending ones can be) has nothing left to report.
			if (item === undefined) delete this.state.open[id];
			else this.onKnown(item);
		}
	}

	/** One session by id; undefined when the API says it no longer exists. */
	private async fetchOne(op: OperationSpec, param: string, id: string): Promise<IDataObject | undefined> {
		const path = op.path.replace(`{${param}}`, encodeURIComponent(id));
		const response = await send(this.conn, { method: op.method, path, idempotent: true }).catch((error: unknown) => {
			if (error instanceof NodeApiError && error.httpCode === '404') return undefined;
			throw error;
		});
		const item = response && getPath(response.body, op.resultPath ?? '');
		return item && typeof item === 'object' ? (item as IDataObject) : undefined;
	}

	prune() {
		const horizon = this.now.getTime() - this.t.openHorizonHours * 3_600_000;
		const entries = Object.entries(this.state.open);
		for (const [id, e] of entries) if (Date.parse(e[2]) < horizon) delete this.state.open[id];
		const left = Object.entries(this.state.open).sort((a, b) => a[1][1] - b[1][1]);
		// Count and bytes both bound the watch list (ids differ in length: Stripe's are 66
		// characters); the oldest open sessions are the ones given up.
		let drop = Math.max(0, left.length - POLL_LIMITS.maxOpen);
		let size = JSON.stringify(this.state.open).length;
		for (const [id, e] of left.slice(0, drop)) size -= JSON.stringify(id).length + JSON.stringify(e).length + 2;
		while (drop < left.length && size > POLL_LIMITS.openBudgetBytes) {
			size -= JSON.stringify(left[drop][0]).length + JSON.stringify(left[drop][1]).length + 2;
			drop++;
		}
		for (const [id] of left.slice(0, drop)) delete this.state.open[id];
	}
}

/**
 * What the state keeps of an id at the boundary: 12 base64url characters of its SHA-256 (72 bits),
 * so a burst of sessions sharing one second costs little state whatever the ids' length.
 */
export function boundaryKey(id: string): string {
	return createHash('sha256').update(id).digest('base64url').slice(0, 12);
}

function emptyState(top: number, topIds: string[]): SnapshotState {
	return { v: 1, top, topIds, gaps: [], open: {}, checkAfter: -1 };
}

/** Reads the chosen starting point; undefined means "start from now". */
function startingPoint(fn: IPollFunctions, t: TriggerSpec): number | undefined {
	if (t.order.kind === 'number') {
		const after = Number(fn.getNodeParameter('startAfterId', 0));
		return Number.isFinite(after) && after > 0 ? after : undefined;
	}
	const from = String(fn.getNodeParameter('startFrom', '') ?? '');
	if (!from) return undefined;
	const ms = Date.parse(from);
	if (Number.isNaN(ms)) throw new NodeOperationError(fn.getNode(), `"Start From" is not a valid date: "${from}"`);
	return Math.floor(ms / 1000);
}

async function sample(conn: Connection, t: TriggerSpec, event: Event, watched: string[]): Promise<INodeExecutionData[][] | null> {
	const list = conn.provider.operations[t.list];
	let items: IDataObject[];
	// Statuses read from another field cannot be asked for with the status filter.
	const filterable = watched.every((w) => !t.statuses.some((s) => s.value === w && s.field));
	if (event === 'statusChanged' && t.statusFilterParam && filterable) {
		const pages = await Promise.all(watched.map(async (s) => await fetchPage(conn, list, { [t.statusFilterParam!]: s }, POLL_LIMITS.sampleSize, undefined)));
		items = pages.flatMap((p) => p.items);
	} else {
		items = (await fetchPage(conn, list, {}, event === 'created' ? POLL_LIMITS.sampleSize : list.pagination!.maxLimit, undefined)).items;
		if (event === 'statusChanged') items = items.filter((i) => statusSet(statusOf(t, i)).some((s) => watched.includes(s)));
	}
	const chosen = items.sort((a, b) => orderKey(t, b) - orderKey(t, a)).slice(0, POLL_LIMITS.sampleSize);
	return chosen.length ? [chosen.map((item) => ({ json: output(item, event) }))] : null;
}

/** The poll() behind every trigger node. */
export async function pollSessions(this: IPollFunctions, provider: ProviderSpec): Promise<INodeExecutionData[][] | null> {
	const t = provider.trigger;
	if (!t) throw new NodeOperationError(this.getNode(), `${provider.displayName} has no trigger`);
	// Items that change after creation need their own strategy: see poll-updated.ts.
	if (t.strategy === 'updatedSince') return await pollUpdated.call(this, provider, t);
	const event = this.getNodeParameter('event') as Event;
	const watched = event === 'statusChanged' ? ((this.getNodeParameter('statuses', []) as string[]) ?? []) : [];
	if (event === 'statusChanged' && watched.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Choose at least one status under "Statuses"');
	}
	const rate = (this.getNodeParameter('options', {}) as IDataObject).requestsPerSecond;
	const conn = await connect(this, provider, { requestsPerSecond: rateOption(rate) });
	if (this.getMode() === 'manual') return await sample(conn, t, event, watched);

	const staticData = this.getWorkflowStaticData('node');
	const now = new Date();
	const stored = isState(staticData.state) ? (JSON.parse(JSON.stringify(staticData.state)) as SnapshotState) : undefined;
	let state = stored;
	let seeding = false;
	if (!state) {
		const start = startingPoint(this, t);
		if (start === undefined) {
			seeding = true;
			state = emptyState(Number.NEGATIVE_INFINITY, []);
		} else {
			state = emptyState(start, t.order.kind === 'number' ? [boundaryKey(String(start))] : []);
		}
	}
	const run = new PollRun(conn, t, state, event, new Set(watched), now, !seeding);
	if (seeding) run.pagesLeft = POLL_LIMITS.seedPages;

	const floor = state.top;
	const floorIds = state.topIds;
	// Paging past the boundary and re-reading sessions by id only serve status events; a trigger
	// for new sessions would otherwise pay for them on every poll (up to five pages and twenty
	// reads while hundreds of sessions are open). Open sessions are still recorded from the pages
	// read, so switching the event to status changes finds them.
	const watching = event === 'statusChanged';
	const top = await run.scan(undefined, floor, floorIds, !seeding && watching);
	if (top.newest && top.newest.length) {
		const newestKey = orderKey(t, top.newest[0]);
		const sameKey = top.newest.filter((i) => orderKey(t, i) === newestKey).map((i) => boundaryKey(idOf(t, i)));
		state.topIds = newestKey === floor ? [...new Set([...floorIds, ...sameKey])] : sameKey;
		state.top = newestKey;
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
			if (run.pagesLeft <= 0) {
				state.gaps.push(gap);
				continue;
			}
			const rest = await run.scan(gap.after, gap.floor, gap.floorIds, false);
			if (rest.resumeAt !== undefined) state.gaps.push({ ...gap, after: rest.resumeAt });
		}
		if (state.gaps.length > POLL_LIMITS.maxGaps) {
			// Failing here would keep the old state and fail again on every poll; the ranges are kept
			// (nothing is skipped) and the user is told to poll more often.
			this.logger.warn(`${provider.displayName} trigger: ${state.gaps.length} unread ranges are pending; sessions arrive faster than one poll reads them. Poll more often.`);
		}
		if (watching) await run.recheck();
	}
	run.prune();
	staticData.state = state as unknown as IDataObject;
	if (run.emitted.length === 0) return null;
	run.emitted.sort((a, b) => a.key - b.key);
	return [run.emitted.map((e) => ({ json: e.json }))];
}
