import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';
import { fetchPage, getPath } from './pagination';
import type { PollEvent, PollInput, PollOutput, PollReads } from './poll-common';
import { isRecord, POLL_LIMITS } from './poll-common';
import type { SnapshotEvent, SnapshotOptions, SnapshotState } from './poll-snapshot';
import { freshSnapshot, loadSnapshot, pollSnapshot, sampleSnapshot } from './poll-snapshot';
import type { UpdatedOptions, UpdatedState } from './poll-updated';
import { freshUpdated, loadUpdated, pollUpdated, sampleUpdated } from './poll-updated';
import { simplifyEvent } from './simplify';
import type { Connection, Deadline as TransportDeadline } from './transport';
import { connect, rateOption, send } from './transport';
import type { ProviderSpec, TriggerSpec, UpdatedTriggerSpec } from './types';

export { POLL_LIMITS } from './poll-common';
export { boundaryKey } from './poll-snapshot';

/*
 * The one poll lifecycle behind every trigger node: parameters, connection, the manual sample,
 * loading and validating state, the time budget, saving state and the emit order. A strategy
 * (poll-snapshot.ts, poll-updated.ts) only turns (state, pages read within the budget) into
 * (events, next state).
 *
 * What n8n 2.41 does around a poll, and why the lifecycle is shaped by it:
 * - n8n starts the next scheduled poll without waiting for a running one, and both would work on
 *   the same in-memory static data: one poll per trigger node runs at a time in a process, and
 *   every poll ends within its time budget with state that resumes.
 * - Static data reaches the database only when a poll emits (and after activation's first poll);
 *   what a poll that returns null changed lives in memory until the next emit or is lost on a
 *   restart. Every state a poll leaves is therefore a point the next poll may start from again:
 *   a restart goes back to the last saved state and re-reads what followed, and since nothing was
 *   emitted after that state, nothing is repeated; since the state moves only past what was read
 *   and judged, nothing is lost.
 * - Stored state that is unusable (corrupted, from an unknown version, dated far ahead) is logged
 *   once and replaced by a fresh start from now, like a first poll; failing instead would fail
 *   every poll forever.
 * - A poll that fails changes no state: strategies work on a copy that is stored only at the end.
 */

interface Strategy<S> {
	/** Reads stored state deeply; undefined when unusable, 'otherLinks' when built for other linked ids. */
	load(stored: unknown, now: number): S | 'otherLinks' | undefined;
	/** The state of a first poll; `fromNow` ignores a chosen starting point. */
	fresh(fromNow: boolean): { state: S; seeding: boolean };
	poll(input: PollInput<S>): Promise<PollOutput<S>>;
	sample(reads: PollReads): Promise<IDataObject[]>;
}

/** Polls running per trigger node in this process, with when each started. */
const running = new Map<string, { token: object; started: number }>();

/** Reads a chosen starting point for the snapshot strategy; undefined means "start from now". */
function startingPoint(fn: IPollFunctions, t: TriggerSpec): number | undefined {
	if (t.order.kind === 'number') {
		const raw = fn.getNodeParameter('startAfterId', 0) as unknown;
		if (raw === undefined || raw === null || raw === '' || raw === 0 || raw === '0') return undefined;
		const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
		if (!Number.isSafeInteger(value) || value <= 0) {
			throw new NodeOperationError(fn.getNode(), `"Start After ID" must be an ID, a whole number above 0, got "${String(raw)}"`, {
				description: 'Leave it at 0 to start from now: the first poll then only records what exists.',
			});
		}
		return value;
	}
	const from = String(fn.getNodeParameter('startFrom', '') ?? '');
	if (!from) return undefined;
	const ms = Date.parse(from);
	if (Number.isNaN(ms)) throw new NodeOperationError(fn.getNode(), `"Start From" is not a valid date: "${from}"`);
	return Math.floor(ms / 1000);
}

function watchedStatuses(fn: IPollFunctions, required: boolean): Set<string> {
	const watched = new Set((fn.getNodeParameter('statuses', []) as string[]) ?? []);
	if (required && watched.size === 0) throw new NodeOperationError(fn.getNode(), 'Choose at least one status under "Statuses"');
	return watched;
}

function snapshotStrategy(fn: IPollFunctions, t: TriggerSpec, maxLimit: number): Strategy<SnapshotState> {
	const event = fn.getNodeParameter('event') as SnapshotEvent;
	const watched = event === 'statusChanged' ? watchedStatuses(fn, true) : new Set<string>();
	const options: SnapshotOptions = { event, watched, start: startingPoint(fn, t) };
	return {
		load: (stored, now) => loadSnapshot(t, stored, now),
		fresh: (fromNow) => freshSnapshot(t, fromNow ? { ...options, start: undefined } : options),
		poll: async (input) => await pollSnapshot(t, options, input),
		sample: async (reads) => await sampleSnapshot(t, options, reads, maxLimit),
	};
}

/** Reads the linked ids the user limited the trigger to (comma-separated); [] means all. */
function linkedIds(fn: IPollFunctions, t: UpdatedTriggerSpec): string[] {
	if (!t.linkFilter) return [];
	const raw = String(fn.getNodeParameter('linkIds', '') ?? '');
	const ids = [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))];
	if (ids.length > POLL_LIMITS.maxLinks) {
		throw new NodeOperationError(fn.getNode(), `At most ${POLL_LIMITS.maxLinks} IDs can be watched by one trigger, got ${ids.length}`);
	}
	return ids;
}

function updatedStrategy(fn: IPollFunctions, t: UpdatedTriggerSpec): Strategy<UpdatedState> {
	const options: UpdatedOptions = { watched: watchedStatuses(fn, true), links: linkedIds(fn, t) };
	return {
		load: (stored, now) => loadUpdated(stored, options, now),
		fresh: () => freshUpdated(options),
		poll: async (input) => await pollUpdated(t, options, input),
		sample: async (reads) => await sampleUpdated(t, options, reads),
	};
}

/**
 * The poll's time budget: what n8n offers where it has a poll scheduler, never more than
 * POLL_LIMITS.budgetMs. Without the scheduler n8n's poll context answers a fixed 5 minutes,
 * longer than its own 45 s poll timeout, so that figure alone cannot be trusted.
 */
function budgetMs(fn: IPollFunctions): number {
	let offered = Number.POSITIVE_INFINITY;
	try {
		const value: unknown = typeof fn.getPollBudgetMs === 'function' ? fn.getPollBudgetMs() : undefined;
		if (typeof value === 'number' && value > 0) offered = value;
	} catch {
		// Older n8n versions may throw here; the package's own budget applies.
	}
	return Math.min(offered, POLL_LIMITS.budgetMs);
}

/**
 * The end of a poll's time budget. A read still running at that moment is abandoned (its
 * answer is ignored) and the strategy stops with state that resumes before it.
 */
export class Deadline {
	private readonly end: number;
	private readonly stopper = new AbortController();
	private expiry?: Promise<undefined>;
	/** Reads that finished within the budget. */
	answered = 0;
	/** A read was cut short, or not started, because the budget was spent. */
	spent = false;

	/** The same end as the transport's deadline, so an abandoned read does not go on after it. */
	readonly request: TransportDeadline;

	constructor(ms: number) {
		this.end = Date.now() + ms;
		this.request = { at: this.end, label: `the poll's time budget (${Math.round(ms / 1000)} s)` };
	}

	/** Runs `work` unless the budget is spent; undefined when it is, or runs out first. */
	async within<T>(work: () => Promise<T>): Promise<T | undefined> {
		const left = this.end - Date.now();
		if (left <= 0) {
			this.spent = true;
			return undefined;
		}
		this.expiry ??= sleep(left, this.stopper.signal).then(
			() => undefined,
			() => undefined,
		);
		// A read that fails once the budget is spent failed for lack of time (the transport's deadline
		// is the same instant, and which timer fires first is up to the event loop): it counts as
		// cut short, exactly like one still running at that moment.
		const result = await Promise.race([
			work().then(
				(value) => ({ value }),
				(error: unknown) => {
					if (Date.now() >= this.end) return undefined;
					throw error;
				},
			),
			this.expiry,
		]);
		if (result === undefined) this.spent = true;
		else this.answered++;
		return result?.value;
	}

	/** Releases the timer. */
	stop() {
		this.stopper.abort();
	}
}

/** One item by id through the trigger's get operation; null when the API no longer has it. */
async function fetchOne(conn: Connection, t: TriggerSpec, id: string, deadline: TransportDeadline): Promise<IDataObject | null> {
	const op = conn.provider.operations[t.get!];
	const param = op.pathParams[0]?.name;
	const path = op.path.replace(`{${param}}`, encodeURIComponent(id));
	const response = await send(conn, { method: op.method, path, idempotent: true, deadline }).catch((error: unknown) => {
		if (error instanceof NodeApiError && error.httpCode === '404') return undefined;
		throw error;
	});
	const item = response && getPath(response.body, op.resultPath ?? '');
	return isRecord(item) ? item : null;
}

function readsOf(conn: Connection, provider: ProviderSpec, deadline: Deadline): PollReads {
	const t = provider.trigger!;
	const list = provider.operations[t.list];
	const maxLimit = list.pagination!.maxLimit;
	return {
		page: async (qs, cursor, size) => await deadline.within(async () => await fetchPage(conn, list, qs, size ?? maxLimit, cursor, { deadline: deadline.request })),
		one: async (id) => (t.strategy === 'snapshot' && t.get ? await deadline.within(async () => await fetchOne(conn, t, id, deadline.request)) : null),
	};
}

const byTime = (a: PollEvent, b: PollEvent) => (a.at || 0) - (b.at || 0);

/** The poll() behind every trigger node. */
export async function pollSessions(this: IPollFunctions, provider: ProviderSpec): Promise<INodeExecutionData[][] | null> {
	const t = provider.trigger;
	if (!t) throw new NodeOperationError(this.getNode(), `${provider.displayName} has no trigger`);
	const maxLimit = provider.operations[t.list].pagination!.maxLimit;
	// Every parameter is checked before anything is sent.
	const strategy = (t.strategy === 'updatedSince' ? updatedStrategy(this, t) : snapshotStrategy(this, t, maxLimit)) as Strategy<unknown>;
	const rate = (this.getNodeParameter('options', {}) as IDataObject).requestsPerSecond;
	const view = provider.simplify?.[t.resource] && this.getNodeParameter('simplify', false) === true ? (json: IDataObject) => simplifyEvent(provider, t.resource, json) : (json: IDataObject) => json;
	const conn = await connect(this, provider, { requestsPerSecond: rateOption(rate) });
	const budget = budgetMs(this);
	const deadline = new Deadline(budget);
	const reads = readsOf(conn, provider, deadline);
	const label = `${provider.displayName} trigger "${this.getNode().name}"`;

	if (this.getMode() === 'manual') {
		try {
			const items = await strategy.sample(reads);
			return items.length ? [items.map((json) => ({ json: view(json) }))] : null;
		} finally {
			deadline.stop();
		}
	}

	const key = `${this.getWorkflow().id ?? ''}\n${this.getNode().id}`;
	const now = Date.now();
	const current = running.get(key);
	// A poll that outlived twice its budget is stuck in something the deadline cannot cut short;
	// it may no longer store state (see the owner check below), so the next one takes over.
	if (current && now - current.started < 2 * budget) {
		deadline.stop();
		this.logger.info(`${label}: the previous poll is still running; this one is skipped`);
		return null;
	}
	const token = {};
	running.set(key, { token, started: now });
	try {
		const staticData = this.getWorkflowStaticData('node');
		let loaded = staticData.state === undefined ? undefined : strategy.load(staticData.state, now);
		if (staticData.state !== undefined && loaded === undefined) {
			this.logger.warn(`${label}: its stored state is unusable; it starts again from now, and what happened since it was last saved is not emitted`);
		}
		if (loaded === 'otherLinks') loaded = undefined;
		const { state, seeding } = loaded === undefined ? strategy.fresh(staticData.state !== undefined) : { state: loaded, seeding: false };
		const warn = (message: string) => this.logger.warn(`${label}: ${message}`);
		const result = await strategy.poll({ state, seeding, now, reads, warn });
		if (deadline.spent && deadline.answered === 0) {
			// Nothing was read, so nothing can move; a first poll would otherwise record an empty list.
			throw new NodeOperationError(this.getNode(), `${provider.displayName} did not answer within the poll's time budget of ${Math.round(budget / 1000)} s`, {
				description: 'Nothing was changed; the next poll starts from the same point.',
			});
		}
		if (running.get(key)?.token !== token) return null;
		staticData.state = result.state as IDataObject;
		if (result.events.length === 0) return null;
		return [result.events.sort(byTime).map((e) => ({ json: view(e.json) }))];
	} finally {
		deadline.stop();
		if (running.get(key)?.token === token) running.delete(key);
	}
}
