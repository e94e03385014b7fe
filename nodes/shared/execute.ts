import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeListSearchResult,
} from 'n8n-workflow';
import { randomUUID } from 'crypto';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { buildBody, buildQuery, InputError } from './body';
import { forEachConcurrently } from './concurrency';
import { redact } from './errors';
import { collect, fetchPage, getPath } from './pagination';
import type { ConnectOptions, Connection, Deadline } from './transport';
import { RUN_OPTION_DEFAULTS } from './run-options';
import { simplifyItem } from './simplify';
import { connect, DEFAULT_LIMITS, DEFAULT_RETRY, rateOption, send } from './transport';
import type { ParamReader } from './params';
import { parameterReader } from './params';
import type { OperationSpec, ProviderSpec } from './types';
import { assertValid } from './validate';
import { waitForStatuses } from './wait';

/*
 * The one execute() behind every action node: look up the operation in the provider's table,
 * build and validate the request per item, send it, and turn the answer into items paired with
 * their input. Nothing here knows a vendor by name.
 */

/** The value n8n puts in "operation" when the user picks the injected "Custom API Call" option. */
const CUSTOM_API_CALL = '__CUSTOM_API_CALL__';

/** Runs the selected operation for every input item. */
export async function executeOperations(this: IExecuteFunctions, provider: ProviderSpec): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	if (operation === CUSTOM_API_CALL) {
		throw new NodeOperationError(this.getNode(), 'Custom API calls are made with the HTTP Request node', {
			description: `Add an HTTP Request node and choose the ${provider.displayName} credential under "Predefined Credential Type".`,
		});
	}
	const op = provider.operations[`${resource}.${operation}`];
	if (!op) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not known for resource "${resource}"`);

	const settings = runSettings(this);
	const conn = await connect(this, provider, settings);
	const perItem: INodeExecutionData[][] = new Array(items.length);
	const continueOnFail = this.continueOnFail();
	const read = parameterReader(this);
	if (op.wait) {
		return await waitForStatuses(this, conn, op, read, {
			request: (i) => {
				const qs: IDataObject = {};
				const ids = readIds(read, op, i);
				return { path: placeIds(op, ids, undefined, qs), qs, id: Object.values(ids).map(String).join('/') };
			},
			toError: (error, i) => toNodeError(this, conn, error, i),
			continueOnFail,
			parallelRequests: settings.parallelRequests,
		});
	}
	const settle = (i: number, error: unknown): Error | undefined => {
		const wrapped = toNodeError(this, conn, error, i);
		if (!continueOnFail) return wrapped;
		perItem[i] = [{ json: { error: wrapped.message, description: wrapped.description ?? undefined }, pairedItem: { item: i } }];
		return undefined;
	};
	const failure = await forEachConcurrently(items.length, settings.parallelRequests, (i) => {
		let request: () => Promise<IDataObject[]>;
		try {
			request = prepareItem(read, conn, op, i, settings);
		} catch (error) {
			// Bad input: nothing is sent for this item.
			return async () => settle(i, error);
		}
		return async () => {
			try {
				perItem[i] = (await request()).map((json) => ({ json, pairedItem: { item: i } }));
				return undefined;
			} catch (error) {
				return settle(i, error);
			}
		};
	});
	if (failure) throw failure;
	return [perItem.flat()];
}

interface RunSettings extends ConnectOptions {
	parallelRequests: number;
	/** Time one item's operation may take, all its requests (every page of a list) included. */
	operationTimeoutMs: number;
	/** Pages one list operation may read. */
	maxPages: number;
}

/** Reads the run options; they apply to the whole run, so item 0's values are used. */
function runSettings(fn: IExecuteFunctions): RunSettings {
	const options = fn.getNodeParameter('options', 0, {}) as IDataObject;
	const whole = (value: unknown, fallback: number, min: number, max: number) => {
		const n = Number(value ?? fallback);
		return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.floor(n))) : fallback;
	};
	const rate = options.requestsPerSecond;
	return {
		parallelRequests: whole(options.parallelRequests, RUN_OPTION_DEFAULTS.parallelRequests, 1, 50),
		retry: {
			...DEFAULT_RETRY,
			maxAttempts: whole(options.maxAttempts, DEFAULT_RETRY.maxAttempts, 1, 10),
			maxWaitMs: whole(options.maxRetryWait, DEFAULT_RETRY.maxWaitMs / 1000, 0, 600) * 1000,
		},
		requestsPerSecond: rateOption(rate),
		limits: {
			requestTimeoutMs: whole(options.requestTimeout, DEFAULT_LIMITS.requestTimeoutMs / 1000, 1, 3600) * 1000,
			maxResponseBytes: whole(options.maxResponseSize, DEFAULT_LIMITS.maxResponseBytes / (1024 * 1024), 1, 1024) * 1024 * 1024,
		},
		operationTimeoutMs: whole(options.operationTimeout, RUN_OPTION_DEFAULTS.operationTimeout, 1, 86_400) * 1000,
		maxPages: whole(options.maxPages, RUN_OPTION_DEFAULTS.maxPages, 1, 1_000_000),
	};
}

function toNodeError(fn: IExecuteFunctions, conn: Connection, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context) error.context.itemIndex ??= itemIndex;
		return error;
	}
	if (error instanceof InputError) {
		return new NodeOperationError(fn.getNode(), `${error.message} [item ${itemIndex}]`, {
			itemIndex,
			description: error.description ? redact(error.description, conn.secrets) : 'Nothing was sent to the API.',
		});
	}
	return new NodeOperationError(fn.getNode(), redact((error as Error).message ?? String(error), conn.secrets), { itemIndex });
}

/** How a value that is not text or a number is described in an error. */
function kindOf(value: unknown): string {
	if (Array.isArray(value)) return `a list (${JSON.stringify(value).slice(0, 60)})`;
	if (value === null) return 'null';
	return typeof value === 'object' ? 'an object' : String(value);
}

/**
 * Reads and checks the item's path, query and body IDs before anything else, so a bad ID is
 * named even when other fields are wrong too. IDs "." and ".." would be sent as they are (they
 * need no encoding) and URL parsing would resolve them into another endpoint's path.
 */
function readIds(read: ParamReader, op: OperationSpec, i: number): IDataObject {
	const ids: IDataObject = {};
	for (const p of op.pathParams) {
		const raw = read(p.param, i, '', { extractValue: true });
		if (raw !== undefined && raw !== null && typeof raw !== 'string' && typeof raw !== 'number') {
			throw new InputError(`"${p.displayName}" must be text or a number, got ${kindOf(raw)}`);
		}
		const value = String(raw ?? '').trim();
		if (value === '') throw new InputError(`"${p.displayName}" is required`);
		if ((p.in ?? 'path') === 'path' && /^\.{1,2}$/.test(value)) {
			throw new InputError(`"${p.displayName}" cannot be "${value}": in a URL path it would address another endpoint`);
		}
		if (p.valueType === 'integer' && !/^[1-9]\d*$/.test(value)) {
			throw new InputError(`"${p.displayName}" must be a positive whole number, got "${value}"`);
		}
		ids[p.name] = p.valueType === 'integer' ? Number(value) : value;
	}
	return ids;
}

/** Puts the checked IDs into the path template, the query or the body, as the table says. */
function placeIds(op: OperationSpec, ids: IDataObject, body: IDataObject | undefined, qs: IDataObject): string {
	let path = op.path;
	for (const p of op.pathParams) {
		const value = String(ids[p.name]);
		if ((p.in ?? 'path') === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(value));
		else if (p.in === 'query') qs[p.name] = value;
		else if (body) body[p.name] = value;
	}
	return path;
}

/** The Limit of item i: a whole number of at least 1, also as text from an expression ("10"). */
function readLimit(read: ParamReader, i: number): number {
	const raw = read('limit', i, 50);
	// Like n8n's own number validation, numeric text is read as the number it spells.
	const limit = typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
		throw new InputError(`"Limit" must be a whole number of at least 1, got ${typeof raw === 'string' ? JSON.stringify(raw) : kindOf(raw)}`);
	}
	return limit;
}

/** The deadline of one item's operation, counted from when its first request starts. */
function operationDeadline(settings: RunSettings): Deadline {
	return { at: Date.now() + settings.operationTimeoutMs, label: `Operation Timeout (${settings.operationTimeoutMs / 1000} s)` };
}

/**
 * Item i's own work: reads and checks its parameters and builds its request. Throws for bad
 * input before anything is sent; returns the function that sends the request and maps the answer.
 */
function prepareItem(read: ParamReader, conn: Connection, op: OperationSpec, i: number, settings: RunSettings): () => Promise<IDataObject[]> {
	const request = prepareRequest(read, conn, op, i, settings);
	if (!op.simplify || read('simplify', i, false) !== true) return request;
	return async () => (await request()).map((item) => simplifyItem(conn.provider, op.resource, item));
}

function prepareRequest(read: ParamReader, conn: Connection, op: OperationSpec, i: number, settings: RunSettings): () => Promise<IDataObject[]> {
	const { provider } = conn;
	const ids = readIds(read, op, i);
	const qs: IDataObject = {};
	let body: IDataObject | undefined;
	if (op.body) {
		body = buildBody(read, op.body, i);
		assertValid(provider.validators, op.body.validator, body, [...op.body.required, ...op.body.optional], 'request body');
	}
	if (op.query) {
		Object.assign(qs, buildQuery(read, op.query, i));
		assertValid(provider.validators, op.query.validator, qs, op.query.fields, 'filters');
	}
	const path = placeIds(op, ids, body, qs);

	if (op.pagination) {
		const returnAll = read('returnAll', i, false) as boolean;
		const limit = returnAll ? undefined : readLimit(read, i);
		return async () => await collect(conn, { ...op, path }, qs, { limit, maxPages: settings.maxPages, itemIndex: i, deadline: operationDeadline(settings) });
	}

	let idempotencyKey: string | undefined;
	if (op.idempotencyKey) {
		const given = String((read('options', i, {}) as IDataObject).idempotencyKey ?? '').trim();
		if (given.length > 255) throw new InputError('"Idempotency Key" must be at most 255 characters');
		idempotencyKey = given || randomUUID();
	}
	return async () => {
		const response = await send(conn, {
			method: op.method,
			path,
			qs,
			body,
			encoding: op.body?.encoding ?? 'json',
			idempotent: op.idempotent,
			idempotencyKey,
			itemIndex: i,
			deadline: operationDeadline(settings),
			// Anything but the object the operation returns (or, where it answers with nothing, an
			// empty body) is an error: an HTML page or a bare "true" is not a result.
			expect: { path: op.resultPath ?? '', kind: 'object', emptyAllowed: op.emptyResponse !== undefined },
		});
		if (response.body === undefined) return [{ ...ids, ...op.emptyResponse }];
		return [getPath(response.body, op.resultPath ?? '') as IDataObject];
	};
}

/** Builds a resource-locator search method from the provider's locator table. */
export function listSearch(provider: ProviderSpec, method: string) {
	return async function (this: ILoadOptionsFunctions, _filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const locator = provider.locators?.[method];
		if (!locator) throw new NodeOperationError(this.getNode(), `No list search "${method}"`);
		const op = provider.operations[locator.operation];
		const conn = await connect(this, provider);
		const page = await fetchPage(conn, op, {}, 100, paginationToken);
		return {
			results: page.items.map((item) => {
				const id = String(getPath(item, locator.idField));
				const label = String(getPath(item, locator.labelField) ?? id);
				const status = locator.statusField ? getPath(item, locator.statusField) : undefined;
				return { name: status ? `${label} (${String(status)})` : label, value: id };
			}),
			paginationToken: page.next,
		};
	};
}
