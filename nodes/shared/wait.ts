import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';
import { InputError } from './body';
import { forEachConcurrently } from './concurrency';
import type { ParamReader } from './params';
import { WAIT_POLL } from './run-options';
import { simplifyItem } from './simplify';
import { hasStatus, statusValue } from './status';
import type { Connection } from './transport';
import { getPath, send } from './transport';
import type { OperationSpec, StatusSpec, StatusValue } from './types';

/*
 * "Wait for Status": reads one item per input with its resource's Get until the status is one
 * of the chosen values or the item's timeout ends. It only reads, through the same transport as
 * every operation (retries, request timeouts, the account's rate limiter).
 *
 * All items wait together: each has its own next read time, the reads that are due go out at
 * most Parallel Requests at a time, and the interval between two reads of one item grows with
 * the number of items still waiting, so that the waiting items take at most half of the
 * account's client-side rate (the other half stays free for other nodes and triggers using the
 * account). A user-set interval is kept, but never shorter than the limiter allows for that many
 * items. Every input is checked before the first read: bad input sends nothing.
 */

/** What the wait needs from the action runtime for one item: its read request and its errors. */
export interface WaitItemTools {
	/** The Get's path and query for item i, from its checked IDs; throws InputError for a bad ID. */
	request(i: number): { path: string; qs: IDataObject; id: string };
	/** The node error for item i's failure, as every other operation reports it. */
	toError(error: unknown, i: number): Error;
	continueOnFail: boolean;
	parallelRequests: number;
}

/** One item that is still waiting. */
interface Waiter {
	index: number;
	id: string;
	path: string;
	qs: IDataObject;
	chosen: StatusValue[];
	endAt: number;
	dueAt: number;
	last?: IDataObject;
	/** When the last answer came (epoch ms): the time waited is counted to it. */
	readAt: number;
	error?: unknown;
}

const SECOND = 1000;

/** Runs "Wait for Status" for every input item and returns the node's outputs (a second one for timed-out items when chosen). */
export async function waitForStatuses(fn: IExecuteFunctions, conn: Connection, op: OperationSpec, read: ParamReader, tools: WaitItemTools): Promise<INodeExecutionData[][]> {
	const items = fn.getInputData();
	const list = op.wait ? conn.provider.statuses?.[op.resource] : undefined;
	const get = op.wait ? conn.provider.operations[op.wait.get] : undefined;
	if (!list || !get) throw new NodeOperationError(fn.getNode(), `"${op.resource}" has no status list to wait for`);
	const toOutput = read('onTimeout', 0, 'error') === 'timedOutOutput';
	const pollSeconds = pollIntervalOption(read);
	const maxTimeout = timeoutLimit(fn);

	// The resource as the item wants it (raw or the common view), then how long it waited.
	const output = (w: Waiter, waitedSeconds: number): IDataObject => {
		const last = w.last ?? {};
		const shown = op.simplify && read('simplify', w.index, false) === true && w.last ? simplifyItem(conn.provider, op.resource, last) : last;
		return { ...shown, waitedSeconds };
	};
	const done: INodeExecutionData[][] = new Array(items.length);
	const timedOut: INodeExecutionData[][] = new Array(items.length);
	const fail = (i: number, error: unknown): Error | undefined => {
		const wrapped = tools.toError(error, i);
		if (!tools.continueOnFail) return wrapped;
		const description = (wrapped as { description?: string | null }).description;
		done[i] = [{ json: { error: wrapped.message, description: description ?? undefined }, pairedItem: { item: i } }];
		return undefined;
	};

	const started = Date.now();
	let waiting: Waiter[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			const { path, qs, id } = tools.request(i);
			const chosen = readStatuses(read, list, i);
			const timeout = readTimeout(read, i, maxTimeout);
			waiting.push({ index: i, id, path, qs, chosen, endAt: started + timeout * SECOND, dueAt: started, readAt: started });
		} catch (error) {
			// Every item is checked before the first read, so bad input stops the run with nothing sent.
			const failure = fail(i, error);
			if (failure) throw failure;
		}
	}

	const signal = cancelSignal(fn);
	const waited = (at: number) => Math.round((at - started) / 100) / 10;
	const cancelled = () => new NodeOperationError(fn.getNode(), `The execution was cancelled while ${waiting.length} item(s) waited for their status`);
	while (waiting.length > 0) {
		if (signal?.aborted) throw cancelled();
		const now = Date.now();
		const due = waiting.filter((w) => w.dueAt <= now);
		const isDue = new Set(due);
		// The same scheduler as every operation's items; a read's failure stays with its item.
		await forEachConcurrently(due.length, tools.parallelRequests, (k) => async () => {
			const w = due[k];
			try {
				const response = await send(conn, {
					method: get.method,
					path: w.path,
					qs: { ...w.qs },
					idempotent: true,
					itemIndex: w.index,
					expect: { path: get.resultPath ?? '', kind: 'object' },
				});
				w.last = getPath(response.body, get.resultPath ?? '') as IDataObject;
				w.readAt = Date.now();
			} catch (error) {
				w.error = error;
			}
			return undefined;
		});
		// n8n aborts the reads in flight when it cancels; their failures are the cancellation's.
		if (signal?.aborted) throw cancelled();
		const interval = intervalMs(conn, waiting.length, pollSeconds);
		const failures: Error[] = [];
		const still: Waiter[] = [];
		for (const w of waiting) {
			if (!isDue.has(w)) {
				still.push(w);
				continue;
			}
			const at = w.readAt;
			if (w.error !== undefined) {
				const failure = fail(w.index, w.error);
				if (failure) failures.push(failure);
			} else if (w.last && w.chosen.some((s) => hasStatus(list.field, s, w.last as IDataObject))) {
				done[w.index] = [{ json: output(w, waited(at)), pairedItem: { item: w.index } }];
			} else if (at >= w.endAt) {
				const seconds = waited(at);
				if (toOutput) timedOut[w.index] = [{ json: output(w, seconds), pairedItem: { item: w.index } }];
				else {
					const failure = fail(w.index, timeoutError(fn, op, w, list, seconds));
					if (failure) failures.push(failure);
				}
			} else {
				// The last read falls on the timeout, so an item is never given up between two reads.
				w.dueAt = Math.min(Date.now() + interval, w.endAt);
				still.push(w);
			}
		}
		// Reported like a sequential run would: the lowest failing item.
		if (failures.length) throw failures[0];
		waiting = still;
		if (waiting.length) await sleepUntil(waiting.reduce((next, w) => Math.min(next, w.dueAt), Infinity), signal);
	}
	const first = done.flat();
	return toOutput ? [first, timedOut.flat()] : [first];
}


function timeoutError(fn: IExecuteFunctions, op: OperationSpec, w: Waiter, list: StatusSpec, waitedSeconds: number): NodeOperationError {
	const idName = op.pathParams[0]?.displayName ?? 'ID';
	const last = w.last ? statusValue(list, w.last) : undefined;
	const wanted = w.chosen.map((s) => s.value).join(', ');
	return new NodeOperationError(
		fn.getNode(),
		`${idName} "${w.id}" did not reach ${w.chosen.length > 1 ? 'any of ' : ''}${wanted} within the timeout; last status "${last ?? 'none'}" after ${waitedSeconds} s [item ${w.index}]`,
		{
			itemIndex: w.index,
			description: `Waited ${waitedSeconds} s. Raise "Timeout (Seconds)", or set "On Timeout" to send such items to the Timed Out output.`,
		},
	);
}

/** The chosen statuses of item i, each one of the resource's list. */
function readStatuses(read: ParamReader, list: StatusSpec, i: number): StatusValue[] {
	const raw = read('statuses', i, []);
	const values = typeof raw === 'string' ? raw.split(',').map((v) => v.trim()).filter(Boolean) : raw;
	if (!Array.isArray(values) || values.length === 0) throw new InputError('"Statuses" must name at least one status', 'Nothing was sent to the API.');
	return values.map((v) => {
		const found = list.values.find((s) => s.value === String(v));
		if (!found) {
			throw new InputError(`"Statuses" has "${String(v)}", which is not a status here`, `Known statuses: ${list.values.map((s) => s.value).join(', ')}. Nothing was sent to the API.`);
		}
		return found;
	});
}

/** The Timeout (Seconds) of item i: more than 0 and at most what the execution may last. */
function readTimeout(read: ParamReader, i: number, limit: { seconds: number; by: string }): number {
	const raw = read('timeout', i, WAIT_POLL.defaultTimeoutSeconds);
	const value = typeof raw === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : raw;
	if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > limit.seconds) {
		throw new InputError(
			`"Timeout (Seconds)" must be more than 0 and at most ${limit.seconds}, got ${typeof raw === 'string' ? JSON.stringify(raw) : String(raw)}`,
			`${limit.by}. Nothing was sent to the API.`,
		);
	}
	return value;
}

/** The longest wait: n8n's maximum execution time, or the workflow's own timeout when it is shorter. */
function timeoutLimit(fn: IExecuteFunctions): { seconds: number; by: string } {
	// n8n 1.x has no getWorkflowSettings on the execute context; its executions end by EXECUTIONS_TIMEOUT_MAX too.
	const settings = typeof fn.getWorkflowSettings === 'function' ? fn.getWorkflowSettings() : undefined;
	const own = Number(settings?.executionTimeout ?? -1);
	if (own > 0 && own < WAIT_POLL.maxTimeoutSeconds) return { seconds: own, by: `The workflow's "Timeout Workflow" setting ends the execution after ${own} s` };
	return { seconds: WAIT_POLL.maxTimeoutSeconds, by: `n8n ends an execution after at most ${WAIT_POLL.maxTimeoutSeconds} s unless its EXECUTIONS_TIMEOUT_MAX is raised` };
}

/** The "Poll Interval (Seconds)" option, read once per run; 0 or unset picks the interval. */
function pollIntervalOption(read: ParamReader): number {
	const value = Number((read('options', 0, {}) as IDataObject).pollInterval ?? 0);
	return Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * Time between two reads of one item while `count` items wait. The limiter's own pace is the
 * floor (a shorter interval would only queue at the limiter); unset, half of that pace and at
 * least the default.
 */
export function intervalMs(conn: Pick<Connection, 'limiter'>, count: number, pollSeconds: number): number {
	const perMs = conn.limiter?.rate;
	const floor = perMs ? count / perMs : 0;
	if (pollSeconds > 0) return Math.max(pollSeconds * SECOND, floor);
	return Math.max(WAIT_POLL.defaultSeconds * SECOND, floor / WAIT_POLL.rateShare);
}

/** n8n's cancel signal of the execution, where the n8n version offers one. */
function cancelSignal(fn: IExecuteFunctions): AbortSignal | undefined {
	return typeof fn.getExecutionCancelSignal === 'function' ? fn.getExecutionCancelSignal() : undefined;
}

/** Sleeps until `at` (epoch ms), ending early when the execution is cancelled; leaves no listener on the signal. */
export async function sleepUntil(at: number, signal: AbortSignal | undefined): Promise<void> {
	let wake = () => {};
	const aborted = new Promise<void>((resolve) => (wake = resolve));
	// One wait calls this once per round of reads: a listener left behind per call would pile up on
	// the execution's signal over a long wait.
	signal?.addEventListener('abort', wake, { once: true });
	try {
		// Slept in steps of at most a second, so no long timer outlives a cancelled wait.
		for (let left = at - Date.now(); left > 0 && !signal?.aborted; left = at - Date.now()) {
			const step = sleep(Math.min(left, SECOND));
			await (signal ? Promise.race([step, aborted]) : step);
		}
	} finally {
		signal?.removeEventListener('abort', wake);
	}
}
