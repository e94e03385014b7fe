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
import { redact } from './errors';
import { collect, fetchPage, getPath } from './pagination';
import type { ConnectOptions, Connection } from './transport';
import { connect, DEFAULT_RETRY, rateOption, send } from './transport';
import type { OperationSpec, ProviderSpec } from './types';
import { assertValid } from './validate';

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
	const failure = await forEachConcurrently(items.length, settings.parallelRequests, async (i) => {
		try {
			perItem[i] = (await runItem(this, conn, op, i)).map((json) => ({ json, pairedItem: { item: i } }));
		} catch (error) {
			const wrapped = toNodeError(this, conn, error, i);
			if (!continueOnFail) return wrapped;
			perItem[i] = [{ json: { error: wrapped.message, description: wrapped.description ?? undefined }, pairedItem: { item: i } }];
		}
		return undefined;
	});
	if (failure) throw failure;
	return [perItem.flat()];
}

interface RunSettings extends ConnectOptions {
	parallelRequests: number;
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
		parallelRequests: whole(options.parallelRequests, 5, 1, 50),
		retry: {
			...DEFAULT_RETRY,
			maxAttempts: whole(options.maxAttempts, DEFAULT_RETRY.maxAttempts, 1, 10),
			maxWaitMs: whole(options.maxRetryWait, DEFAULT_RETRY.maxWaitMs / 1000, 0, 600) * 1000,
		},
		requestsPerSecond: rateOption(rate),
	};
}

/**
 * Runs task(0..count-1) with at most `limit` in flight, starting them in index order. A task
 * returns an error to stop the run: no further task starts, those in flight finish, and the
 * error of the lowest failing index is returned, as a sequential run would have reported it.
 */
export async function forEachConcurrently(
	count: number,
	limit: number,
	task: (index: number) => Promise<Error | undefined>,
): Promise<Error | undefined> {
	let next = 0;
	const failures = new Map<number, Error>();
	const worker = async () => {
		while (next < count && failures.size === 0) {
			const index = next++;
			const failure = await task(index);
			if (failure) failures.set(index, failure);
		}
	};
	await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), count) }, worker));
	return failures.size ? failures.get(Math.min(...failures.keys())) : undefined;
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

/** Fills the path template from the item's parameters, checking each value's type. */
function resolvePath(fn: IExecuteFunctions, op: OperationSpec, i: number, body: IDataObject | undefined, qs: IDataObject): { path: string; ids: IDataObject } {
	const ids: IDataObject = {};
	let path = op.path;
	for (const p of op.pathParams) {
		const raw = fn.getNodeParameter(p.param, i, '', { extractValue: true }) as unknown;
		const value = String(raw ?? '').trim();
		if (value === '') throw new InputError(`"${p.displayName}" is required`);
		if (p.valueType === 'integer' && !/^[1-9]\d*$/.test(value)) {
			throw new InputError(`"${p.displayName}" must be a positive whole number, got "${value}"`);
		}
		ids[p.name] = p.valueType === 'integer' ? Number(value) : value;
		if ((p.in ?? 'path') === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(value));
		else if (p.in === 'query') qs[p.name] = value;
		else if (body) body[p.name] = value;
	}
	return { path, ids };
}

async function runItem(fn: IExecuteFunctions, conn: Connection, op: OperationSpec, i: number): Promise<IDataObject[]> {
	const { provider } = conn;
	const qs: IDataObject = {};
	let body: IDataObject | undefined;
	if (op.body) {
		body = buildBody(fn, op.body, i);
		assertValid(provider.validators, op.body.validator, body, [...op.body.required, ...op.body.optional], 'request body');
	}
	if (op.query) {
		Object.assign(qs, buildQuery(fn, op.query, i));
		assertValid(provider.validators, op.query.validator, qs, op.query.fields, 'filters');
	}
	const { path, ids } = resolvePath(fn, op, i, body, qs);

	if (op.pagination) {
		const returnAll = fn.getNodeParameter('returnAll', i, false) as boolean;
		const limit = returnAll ? undefined : (fn.getNodeParameter('limit', i, 50) as number);
		if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new InputError(`"Limit" must be a whole number of at least 1, got ${limit}`);
		return await collect(conn, { ...op, path }, qs, limit, i);
	}

	let idempotencyKey: string | undefined;
	if (op.idempotencyKey) {
		const given = String((fn.getNodeParameter('options', i, {}) as IDataObject).idempotencyKey ?? '').trim();
		if (given.length > 255) throw new InputError('"Idempotency Key" must be at most 255 characters');
		idempotencyKey = given || randomUUID();
	}
	const response = await send(conn, {
		method: op.method,
		path,
		qs,
		body,
		encoding: op.body?.encoding ?? 'json',
		idempotent: op.idempotent,
		idempotencyKey,
		itemIndex: i,
	});
	if (response.body === undefined || response.body === null || response.body === '') {
		return [{ ...ids, ...(op.emptyResponse ?? { success: true }) }];
	}
	const result = getPath(response.body, op.resultPath ?? '');
	if (Array.isArray(result)) return result as IDataObject[];
	if (result && typeof result === 'object') return [result as IDataObject];
	return [{ ...ids, result: result as IDataObject[string] }];
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
