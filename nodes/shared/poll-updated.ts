import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { fetchPage, getPath } from './pagination';
import type { Connection } from './transport';
import { connect, rateOption } from './transport';
import type { ProviderSpec, UpdatedTriggerSpec } from './types';

/*
 * Polling strategy for items that change after they were created (payments, transactions,
 * orders), where "newest first by creation" says nothing about what changed.
 *
 * - Each poll reads the items updated since the cursor (server-side update filter), or, where the
 *   API has none, every item created within the watch window. Items are compared with a bounded
 *   map of id -> [status, update time]; an item whose status differs from the remembered one (or
 *   that was never seen) and is one of the watched statuses is emitted once.
 * - The cursor moves only after a read went through every page, and then only to the newest
 *   update time seen minus an overlap, so items updated while the read was running are read
 *   again (and deduplicated) instead of skipped. When the page budget runs out first, the read
 *   is resumed from its page cursor on the next poll and the cursor stays where it was.
 * - The first poll only records what exists (seed); manual runs return a small sample and change
 *   nothing. State is written only after the whole poll succeeded.
 */

/** [last status, last update time as ISO string] */
type SeenEntry = [string, string];

interface Resume {
	/** Index into the linked ids being read. */
	link: number;
	cursor?: string;
	/** The lower bound the interrupted read used, so its page cursor stays consistent. */
	bound?: string;
	/** Newest update time seen so far in the interrupted read. */
	top?: string;
}

export interface UpdatedState {
	v: 1;
	kind: 'updatedSince';
	/** Inclusive lower bound of the update filter for the next read; absent until something was seen. */
	since?: string;
	resume?: Resume;
	seen: Record<string, SeenEntry>;
	/**
	 * Items updated before this time are done: a re-read ignores them and the seen map forgets
	 * them. It follows the cursor, and rises further when the seen map must shrink to its budget.
	 */
	floor?: string;
	/** The linked ids the state was built for; changing them starts over. */
	links: string;
}

/** Limits that keep one poll's cost and the stored state bounded. */
export const UPDATED_LIMITS = {
	pagesPerPoll: 10,
	seedPages: 5,
	maxSeen: 5000,
	/** Bytes the seen map may take in node static data (the whole state stays under 64 KB). */
	seenBudgetBytes: 48 * 1024,
	/** Re-read this much before the newest update seen: covers items updated while a read ran. */
	overlapMs: 5 * 60_000,
	sampleSize: 5,
	maxLinks: 50,
};

/** Milliseconds of an ISO time; a time without a zone is UTC, as vendors that omit it mean. */
export function isoMs(value: unknown): number {
	if (typeof value !== 'string' || value === '') return Number.NaN;
	const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
	return Date.parse(zoned);
}

function later(a: string | undefined, b: string | undefined): string | undefined {
	if (a === undefined) return b;
	if (b === undefined) return a;
	return isoMs(b) > isoMs(a) ? b : a;
}

function isState(value: unknown): value is UpdatedState {
	const s = value as UpdatedState;
	return !!s && s.v === 1 && s.kind === 'updatedSince' && typeof s.seen === 'object' && typeof s.links === 'string';
}

interface Emitted {
	at: number;
	json: IDataObject;
}

/** Reads the linked ids the user limited the trigger to (comma-separated); [] means all. */
function linkedIds(fn: IPollFunctions, t: UpdatedTriggerSpec): string[] {
	if (!t.linkFilter) return [];
	const raw = String(fn.getNodeParameter('linkIds', '') ?? '');
	const ids = [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))];
	if (ids.length > UPDATED_LIMITS.maxLinks) {
		throw new NodeOperationError(fn.getNode(), `At most ${UPDATED_LIMITS.maxLinks} IDs can be watched by one trigger, got ${ids.length}`);
	}
	return ids;
}

class Reader {
	readonly emitted: Emitted[] = [];
	private readonly readNow = new Set<string>();
	pagesLeft: number;

	constructor(
		readonly conn: Connection,
		readonly t: UpdatedTriggerSpec,
		readonly state: UpdatedState,
		readonly watched: Set<string>,
		readonly record: boolean,
		pages: number,
	) {
		this.pagesLeft = pages;
	}

	/** The query of one read: the linked id and the lower bound, when the API can filter by them. */
	query(link: string | undefined, bound: string | undefined): IDataObject {
		const qs: IDataObject = {};
		if (link !== undefined && this.t.linkFilter) qs[this.t.linkFilter.param] = link;
		const { filterParam, createdFilterParam } = this.t.updated;
		if (bound !== undefined) {
			if (filterParam) qs[filterParam] = bound;
			else if (createdFilterParam) qs[createdFilterParam] = bound;
		}
		return qs;
	}

	private see(item: IDataObject): string | undefined {
		const id = String(getPath(item, this.t.idField) ?? '');
		if (!id || this.readNow.has(id)) return undefined;
		this.readNow.add(id);
		const status = String(getPath(item, this.t.statusField) ?? '');
		const updated = String(getPath(item, this.t.updated.field) ?? '');
		if (this.state.floor && updated && isoMs(updated) < isoMs(this.state.floor)) return updated;
		const previous = this.state.seen[id];
		if (this.record && this.watched.has(status) && (!previous || previous[0] !== status)) {
			const json: IDataObject = { ...item, triggerEvent: 'statusChanged' };
			if (previous) json.previousStatus = previous[0];
			this.emitted.push({ at: isoMs(updated), json });
		}
		this.state.seen[id] = [status, updated];
		return updated || undefined;
	}

	/**
	 * Reads every page of every linked id, starting where an interrupted read stopped. Returns
	 * false when the page budget ran out first (the resume point is then in the state).
	 */
	async readAll(links: Array<string | undefined>, resume: Resume): Promise<{ complete: boolean; top?: string }> {
		const list = this.conn.provider.operations[this.t.list];
		let top = resume.top;
		let cursor = resume.cursor;
		for (let link = resume.link; link < links.length; link++) {
			const qs = this.query(links[link], resume.bound);
			do {
				if (this.pagesLeft <= 0) {
					this.state.resume = { link, cursor, bound: resume.bound, top };
					return { complete: false, top };
				}
				this.pagesLeft--;
				const page = await fetchPage(this.conn, list, qs, list.pagination!.maxLimit, cursor);
				for (const item of page.items) top = later(top, this.see(item));
				cursor = page.items.length ? page.next : undefined;
			} while (cursor !== undefined);
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
		const entries = Object.entries(this.state.seen);
		for (const [id, e] of entries) if (isoMs(e[1]) < horizon) delete this.state.seen[id];
		const floor = this.state.floor ? isoMs(this.state.floor) : Number.NEGATIVE_INFINITY;
		// While a read spans several polls, what it read must stay: the next read re-reads its overlap
		// and would emit a forgotten entry again. The map may then exceed its budget until the read ends.
		if (!complete) return;
		const reach = Number.isFinite(newest) ? newest - UPDATED_LIMITS.overlapMs : Number.NEGATIVE_INFINITY;
		for (const [id, e] of Object.entries(this.state.seen)) if (isoMs(e[1]) < Math.max(floor, reach)) delete this.state.seen[id];
		const left = Object.entries(this.state.seen).sort((a, b) => (isoMs(a[1][1]) || 0) - (isoMs(b[1][1]) || 0));
		let size = JSON.stringify(this.state.seen).length;
		let drop = Math.max(0, left.length - UPDATED_LIMITS.maxSeen);
		// Each entry costs its JSON plus a separator; drop the oldest until the map fits its budget.
		while (drop < left.length && size > UPDATED_LIMITS.seenBudgetBytes) size -= JSON.stringify(left[drop++]).length + 1;
		if (drop === 0) return;
		for (const [id] of left.slice(0, drop)) delete this.state.seen[id];
		// Raising the floor past every forgotten entry means a re-read can never emit one again.
		const newestDropped = isoMs(left[drop - 1][1][1]);
		if (complete && Number.isFinite(newestDropped)) this.state.floor = later(this.state.floor, new Date(newestDropped + 1).toISOString());
	}
}

/** Recent items in the watched statuses, for "Fetch Test Event"; reads one page per linked id. */
async function sample(conn: Connection, t: UpdatedTriggerSpec, links: Array<string | undefined>, watched: Set<string>): Promise<INodeExecutionData[][] | null> {
	const list = conn.provider.operations[t.list];
	const reader = new Reader(conn, t, { v: 1, kind: 'updatedSince', seen: {}, links: '' }, watched, false, 0);
	const items: IDataObject[] = [];
	for (const link of links.slice(0, UPDATED_LIMITS.sampleSize)) {
		const page = await fetchPage(conn, list, reader.query(link, undefined), list.pagination!.maxLimit, undefined);
		items.push(...page.items.filter((i) => watched.has(String(getPath(i, t.statusField) ?? ''))));
	}
	const chosen = items
		.sort((a, b) => (isoMs(getPath(b, t.updated.field)) || 0) - (isoMs(getPath(a, t.updated.field)) || 0))
		.slice(0, UPDATED_LIMITS.sampleSize);
	return chosen.length ? [chosen.map((item) => ({ json: { ...item, triggerEvent: 'statusChanged' } }))] : null;
}

/** The poll() of triggers with the updatedSince strategy. */
export async function pollUpdated(this: IPollFunctions, provider: ProviderSpec, t: UpdatedTriggerSpec): Promise<INodeExecutionData[][] | null> {
	const watched = new Set((this.getNodeParameter('statuses', []) as string[]) ?? []);
	if (watched.size === 0) throw new NodeOperationError(this.getNode(), 'Choose at least one status under "Statuses"');
	const ids = linkedIds(this, t);
	const links: Array<string | undefined> = ids.length ? ids : [undefined];
	// Same client-side rate option as the snapshot strategy; absent on triggers generated before it existed.
	const rate = (this.getNodeParameter('options', {}) as IDataObject).requestsPerSecond;
	const conn = await connect(this, provider, { requestsPerSecond: rateOption(rate) });
	if (this.getMode() === 'manual') return await sample(conn, t, links, watched);

	const staticData = this.getWorkflowStaticData('node');
	const linkKey = ids.join(',');
	const stored = isState(staticData.state) && staticData.state.links === linkKey ? (JSON.parse(JSON.stringify(staticData.state)) as UpdatedState) : undefined;
	const seeding = !stored;
	const state: UpdatedState = stored ?? { v: 1, kind: 'updatedSince', seen: {}, links: linkKey };
	const now = Date.now();

	let resume = state.resume;
	if (!resume) {
		// Without an update filter the API can only be narrowed by creation time: re-read the window.
		const bound = t.updated.filterParam ? state.since : t.updated.createdFilterParam ? new Date(now - t.openHorizonHours * 3_600_000).toISOString() : undefined;
		resume = { link: 0, bound };
	}
	const reader = new Reader(conn, t, state, watched, !seeding, seeding ? UPDATED_LIMITS.seedPages : UPDATED_LIMITS.pagesPerPoll);
	const read = await reader.readAll(links, resume);
	if (seeding && !read.complete) {
		// The seed records what it could read; older items are not new, so nothing is left to resume.
		delete state.resume;
	}
	if (read.complete || seeding) {
		if (read.top !== undefined) {
			const next = new Date(isoMs(read.top) - UPDATED_LIMITS.overlapMs).toISOString();
			state.since = later(state.since, next);
			// Everything updated before the next read's lower bound has been read completely.
			if (!seeding || read.complete) state.floor = later(state.floor, state.since);
		}
	}
	const newest = isoMs(read.top);
	reader.prune(Number.isFinite(newest) ? newest : now, read.complete, newest);
	staticData.state = state as unknown as IDataObject;
	if (reader.emitted.length === 0) return null;
	reader.emitted.sort((a, b) => (a.at || 0) - (b.at || 0));
	return [reader.emitted.map((e) => ({ json: e.json }))];
}
