// @ts-check
import { setTimeout as sleep } from 'node:timers/promises';
import { parseJsonBody, queryObject, send } from './http.mjs';
import { redactHeaders } from './log.mjs';
import { Router } from './router.mjs';
import { compileOperation, createAjv, loadProviderSpec } from './schemas.mjs';

/** @typedef {import('./types.mjs').ApiCall} ApiCall */
/** @typedef {import('./types.mjs').ApiResult} ApiResult */
/** @typedef {import('./types.mjs').LogEntry} LogEntry */
/** @typedef {import('./types.mjs').OperationSpec} OperationSpec */
/** @typedef {import('./types.mjs').ParsedBody} ParsedBody */
/** @typedef {import('./types.mjs').ProviderFactory} ProviderFactory */
/** @typedef {import('./types.mjs').ProviderInstance} ProviderInstance */
/** @typedef {import('./types.mjs').ProviderSpec} ProviderSpec */

/**
 * @typedef {object} CompiledOperation
 * @property {string} key  `resource.operation`
 * @property {OperationSpec} spec
 * @property {import('./schemas.mjs').OperationChecks} checks
 */

/**
 * A provider mounted under `/<id>`.
 * @typedef {object} MountedProvider
 * @property {string} id
 * @property {string} mount  `/<id>`
 * @property {ProviderSpec} spec
 * @property {ProviderInstance} instance
 * @property {Router<CompiledOperation>} router
 * @property {Router<import('./types.mjs').ControlRoute>} control
 */

/**
 * What one API request needs from the server around it.
 * @typedef {object} Exchange
 * @property {import('node:http').IncomingMessage} req
 * @property {import('node:http').ServerResponse} res
 * @property {URL} url
 * @property {Buffer} raw
 * @property {string} at
 */

/**
 * @typedef {object} ApiDeps
 * @property {import('./log.mjs').RequestLog} log
 * @property {import('./faults.mjs').Faults} faults
 * @property {AbortSignal} signal  aborted when the sandbox closes, to cut injected latency short
 */

/**
 * Loads a provider's description and module and builds its route table from provider.json.
 * Fails at start-up when the module and the description disagree about which operations exist.
 * @param {string} id
 * @param {{ options: Record<string, any>, origin: () => string }} ctx
 * @returns {Promise<MountedProvider>}
 */
export async function mountProvider(id, ctx) {
	if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`Invalid provider id: ${id}`);
	const spec = await loadProviderSpec(id);
	const mod = /** @type {{ default: ProviderFactory }} */ (
		await import(new URL(`../providers/${id}.mjs`, import.meta.url).href)
	);
	const instance = await mod.default({ id, spec, options: ctx.options, origin: ctx.origin });

	const ajvs = { body: createAjv(spec), text: createAjv(spec, { coerce: true }) };
	/** @type {Router<CompiledOperation>} */
	const router = new Router();
	const keys = new Set();
	for (const resource of spec.provider.resources ?? []) {
		for (const op of /** @type {OperationSpec[]} */ (resource.operations ?? [])) {
			const key = `${resource.name}.${op.name}`;
			if (!instance.handlers[key]) throw new Error(`${id}: no sandbox handler for operation ${key}`);
			keys.add(key);
			router.add(op.method, op.path, { key, spec: op, checks: compileOperation(spec, op, ajvs, { cursorSchema: instance.cursorSchema }) });
		}
	}
	for (const key of Object.keys(instance.handlers)) {
		if (!keys.has(key)) throw new Error(`${id}: sandbox handler ${key} has no operation in provider.json`);
	}

	/** @type {Router<import('./types.mjs').ControlRoute>} */
	const control = new Router();
	for (const route of instance.controlRoutes ?? []) control.add(route.method, route.path, route);
	return { id, mount: `/${id}`, spec, instance, router, control };
}

/**
 * Runs the vendor-neutral checks in a fixed order, then the operation's handler.
 * @param {MountedProvider} host
 * @param {CompiledOperation | null} op
 * @param {ApiCall} call
 * @param {ParsedBody} parsed
 * @returns {Promise<ApiResult>}
 */
async function runOperation(host, op, call, parsed) {
	const { instance } = host;
	if (!op) return instance.error(404);
	const denied = instance.guard?.(call);
	if (denied) return denied;
	// A path segment that cannot be a valid id cannot name an existing resource either.
	if (op.checks.params && op.checks.params(call.params).length) return instance.error(404);
	if (op.checks.body) {
		if (!parsed.ok) return instance.error(parsed.status, parsed.message);
		const body = call.body === undefined ? {} : call.body;
		const issues = op.checks.body(body);
		if (issues.length) return instance.invalid(issues);
		call.body = body;
	}
	if (op.checks.query) {
		const issues = op.checks.query(call.query);
		if (issues.length) return instance.invalid(issues);
	}
	return instance.handlers[op.key](call);
}

/**
 * Serves one request under a provider's mount: log, route, faults, pipeline, response.
 * @param {MountedProvider} host
 * @param {Exchange} x
 * @param {ApiDeps} deps
 */
export async function handleApiRequest(host, x, deps) {
	const { req, res, url, raw, at } = x;
	const { instance } = host;
	const method = (req.method ?? 'GET').toUpperCase();
	const parsed = (instance.parseBody ?? parseJsonBody)(raw, req.headers['content-type']);
	const query = (instance.parseQuery ?? queryObject)(url.searchParams);

	/** @type {LogEntry} */
	const entry = {
		provider: host.id,
		operation: null,
		method,
		path: url.pathname,
		query: { ...query },
		headers: redactHeaders(req.headers),
		body: parsed.ok ? parsed.value : raw.toString('utf8'),
		status: null,
		at,
		...instance.annotate?.(req.headers),
	};
	deps.log.add(entry);

	const rel = url.pathname.slice(host.mount.length) || '/';
	const underApi = rel === instance.apiPrefix || rel.startsWith(`${instance.apiPrefix}/`);
	const apiPath = underApi ? rel.slice(instance.apiPrefix.length) || '/' : rel;
	const match = underApi ? host.router.match(method, instance.normalizePath?.(apiPath) ?? apiPath) : null;

	/** @type {ApiCall} */
	const call = {
		operation: match?.data.key ?? null,
		template: match?.template ?? null,
		params: { ...match?.params },
		query,
		body: parsed.ok ? parsed.value : undefined,
		headers: req.headers,
		url,
		state: {},
	};
	entry.operation = call.operation;

	const decision = deps.faults.decide({
		provider: host.id,
		method,
		template: call.template,
		path: url.pathname,
		apiPath,
	});
	if (decision.latencyMs > 0) {
		entry.delayMs = decision.latencyMs;
		try {
			await sleep(decision.latencyMs, undefined, { signal: deps.signal });
		} catch {
			return; // the sandbox is closing
		}
	}
	const fault = decision.fault;
	if (fault) entry.fault = { ...fault };
	if (fault?.kind === 'reset' && fault.when !== 'after') {
		req.socket.destroy();
		return;
	}

	/** @type {ApiResult} */
	let result;
	if (fault?.kind === 'status' && fault.when !== 'after') {
		result = faultResult(host, fault);
	} else {
		try {
			result = await runOperation(host, match?.data ?? null, call, parsed);
		} catch (err) {
			// Surface sandbox bugs to whoever runs it, but keep answering like a server would.
			console.error(`[sandbox:${host.id}]`, err);
			result = instance.error(500);
		}
		if (fault) {
			entry.fault = { ...fault, handledStatus: result.status };
			if (fault.kind === 'reset') {
				req.socket.destroy();
				return;
			}
			if (fault.kind === 'truncate') {
				sendTruncated(res, result);
				return;
			}
			result = faultResult(host, fault);
		}
	}
	instance.decorate?.(result, call, fault?.kind === 'status' ? { retryAfter: fault.retryAfter } : null);
	entry.status = result.status;
	send(res, result);
}

/**
 * Promises the whole body in Content-Length, sends half of it and drops the connection: what a
 * client sees when a proxy or the network fails after the server has acted.
 * @param {import('node:http').ServerResponse} res
 * @param {ApiResult} result
 */
function sendTruncated(res, result) {
	const payload = Buffer.from(JSON.stringify(result.body ?? {}));
	res.writeHead(result.status, { ...result.headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': payload.length });
	res.write(payload.subarray(0, Math.floor(payload.length / 2)), () => res.socket?.destroy());
}

/**
 * The vendor's error response for an injected status fault.
 * @param {MountedProvider} host
 * @param {import('./types.mjs').FaultRule} fault
 * @returns {ApiResult}
 */
function faultResult(host, fault) {
	const result = host.instance.error(fault.status ?? 500);
	if (fault.retryAfter !== undefined) {
		result.headers = { ...result.headers, 'Retry-After': String(Math.ceil(fault.retryAfter)) };
	}
	return result;
}

/**
 * Answers a request that no mounted provider claims, and logs it for debugging.
 * @param {Exchange} x
 * @param {ApiDeps} deps
 */
export function handleUnknown(x, deps) {
	const { req, res, url, raw, at } = x;
	deps.log.add({
		provider: null,
		operation: null,
		method: (req.method ?? 'GET').toUpperCase(),
		path: url.pathname,
		query: queryObject(url.searchParams),
		headers: redactHeaders(req.headers),
		body: raw.length ? raw.toString('utf8') : undefined,
		status: 404,
		at,
	});
	send(res, { status: 404, body: { error: 'Not found' } });
}
