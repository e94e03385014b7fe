// @ts-check
/*
 * Conductor (OSS and Orkes) export: per operation an HTTP system task and its task definition,
 * and per platform an example workflow that creates a session and polls its outcome with Orkes'
 * HTTP_POLL. Conductor's HTTP task sends `body` through Spring's RestTemplate: an object is
 * written as JSON, a string unchanged, so a form-encoded platform's body is the encoded string.
 */
import { baseUrlTemplate, credentialHeaders, exampleBody, fillCredentialTemplate, formPairs, formString, staticCredential, statusFlow, httpOperations } from './common.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */
/** @typedef {import('../model.mjs').OperationModel} OperationModel */
/** @typedef {ReturnType<import('./common.mjs').runtimeDefaults>} RuntimeDefaults */

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
// Orkes' shortest HTTP_POLL interval.
const POLL_INTERVAL_SECONDS = 60;

/** Conductor name of an operation's task and task definition. */
export function taskName(/** @type {PlatformModel} */ model, /** @type {OperationModel} */ entry) {
	return `${model.id}_${entry.spec.resource}_${entry.spec.name}`;
}

/** The secret a credential field becomes in Conductor. */
export function secretName(/** @type {PlatformModel} */ model, /** @type {string} */ field) {
	return `${model.id}_${field}`;
}

/**
 * Header values and the Accept type of the platform's static credential, in Conductor's terms.
 * @param {PlatformModel} model
 */
function authHeaders(model) {
	const { credential } = staticCredential(model);
	/** @type {import('./common.mjs').TemplateWriter} */
	const writer = {
		secret: (field) => `\${workflow.secrets.${secretName(model, field)}}`,
		plain: (field, fallback) => (fallback !== undefined && fallback !== '' ? String(fallback) : `\${workflow.input.${field}}`),
	};
	/** @type {Record<string, string>} */
	const headers = {};
	let accept = JSON_TYPE;
	const auth = credential.auth;
	if (auth.type === 'basic') headers.Authorization = `Basic \${workflow.secrets.${secretName(model, 'basicAuth')}}`;
	else if (auth.type === 'header') headers[auth.header] = fillCredentialTemplate(credential, auth.value, writer);
	for (const h of credentialHeaders(credential)) {
		const value = fillCredentialTemplate(credential, h.value, writer);
		if (h.name.toLowerCase() === 'accept') accept = value;
		else headers[h.name] = value;
	}
	const base = fillCredentialTemplate(credential, baseUrlTemplate(credential), writer);
	return { headers, accept, base };
}

/**
 * The `http_request` of one operation.
 * @param {PlatformModel} model
 * @param {OperationModel} entry
 * @param {RuntimeDefaults} defaults
 * @param {Json} examples
 * @param {{ values?: Record<string, string>, reference: string, query?: Record<string, string> }} options
 *   values: expressions for path parameters (default: workflow inputs of the same name)
 */
export function httpRequest(model, entry, defaults, examples, options) {
	const { headers, accept, base } = authHeaders(model);
	const spec = entry.spec;
	const value = (/** @type {string} */ name) => options.values?.[name] ?? `\${workflow.input.${name}}`;
	let path = spec.path;
	/** @type {string[]} */
	const query = [];
	/** @type {Json} */
	const bodyParams = {};
	for (const p of spec.pathParams) {
		if (p.in === 'query') query.push(`${p.name}=${value(p.name)}`);
		else if (p.in === 'body') bodyParams[p.name] = value(p.name);
		else path = path.replace(`{${p.name}}`, value(p.name));
	}
	for (const [k, v] of Object.entries(options.query ?? {})) query.push(`${k}=${v}`);
	// One page at the largest size; following pages need a loop Conductor's HTTP task has not.
	if (spec.pagination?.limitParam) query.push(`${spec.pagination.limitParam}=${spec.pagination.maxLimit ?? 100}`);
	const example = exampleBody(model, entry, examples);
	const encoding = spec.body?.encoding ?? 'json';
	/** @type {Json} */
	const request = {
		uri: `${base}${path}${query.length ? `?${query.join('&')}` : ''}`,
		method: spec.method,
		accept,
		contentType: encoding === 'form' ? FORM : JSON_TYPE,
		headers: { ...headers },
		connectionTimeOut: defaults.attemptTimeoutMs,
		// Conductor's published TypeScript types declare readTimeOut as a string.
		readTimeOut: String(defaults.attemptTimeoutMs),
	};
	if (spec.idempotencyKey && model.description.transport.idempotencyHeader) {
		request.headers[model.description.transport.idempotencyHeader] = `\${workflow.workflowId}-${options.reference}`;
	}
	if (example) {
		const body = { ...bodyParams, ...example };
		request.body = encoding === 'form' ? formString(formPairs(body)) : body;
	}
	return request;
}

/**
 * The task definition of one operation: retries as the nodes do them, the platform's rate limit.
 * @param {PlatformModel} model
 * @param {OperationModel} entry
 * @param {RuntimeDefaults} defaults
 * @param {string} ownerEmail
 */
function taskDefinition(model, entry, defaults, ownerEmail) {
	const spec = entry.spec;
	const { signed } = staticCredential(model);
	// Conductor retries on any failure, so only what the nodes may repeat is retried: idempotent
	// calls and POSTs that carry an idempotency key.
	const safe = spec.idempotent || Boolean(spec.idempotencyKey && model.description.transport.idempotencyHeader);
	const sentences = [`${entry.op.action} (${spec.method} ${spec.path}).`, entry.op.description.replace(/\.?$/, '.')];
	if (!safe) sentences.push('Not retried: the platform has no idempotency key for it and a repeat could act twice.');
	if (signed) {
		sentences.push(
			`${model.description.displayName} normally authenticates every request with a fresh signed token (${signed.displayName}); an HTTP task can only send a fixed header, so this task sends a bearer token from the secret ${secretName(model, 'token')}, which you create and renew before it expires.`,
		);
	}
	const rate = model.description.transport.rateLimit;
	/** @type {Json} */
	const def = {
		name: taskName(model, entry),
		description: sentences.join(' '),
		ownerEmail,
		retryCount: safe ? defaults.maxAttempts - 1 : 0,
		retryLogic: 'EXPONENTIAL_BACKOFF',
		retryDelaySeconds: Math.max(1, Math.ceil(defaults.baseDelayMs / 1000)),
		timeoutPolicy: 'TIME_OUT_WF',
		timeoutSeconds: defaults.requestTimeout,
		responseTimeoutSeconds: defaults.requestTimeout,
		totalTimeoutSeconds: defaults.operationTimeout,
	};
	if (rate) {
		def.rateLimitPerFrequency = rate.requests;
		def.rateLimitFrequencyInSeconds = Math.max(1, Math.ceil(rate.perSeconds));
	}
	return def;
}

/** Reference name of an operation's task in a workflow. */
function reference(/** @type {OperationModel} */ entry) {
	return `${entry.spec.resource}_${entry.spec.name}`;
}

/**
 * The HTTP_POLL termination condition: the polled session, or any listed item, has a final status.
 * @param {NonNullable<ReturnType<typeof statusFlow>>} flow
 */
function terminationCondition(flow) {
	const checks = flow.terminal
		.map((s) => {
			const own = `x[${JSON.stringify(s.field)}] === ${JSON.stringify(s.value)}`;
			return s.when ? `(${own} && x[${JSON.stringify(s.when.field)}] === ${JSON.stringify(s.when.value)})` : own;
		})
		.join(' || ');
	const items = flow.itemsPath === undefined ? '[$.output.response.body]' : flow.itemsPath ? `($.output.response.body[${JSON.stringify(flow.itemsPath)}] || [])` : '($.output.response.body || [])';
	return `(function () { var items = ${items}; return items.some(function (x) { return x != null && (${checks}); }); })();`;
}

/**
 * Every Conductor file of one platform.
 * @param {PlatformModel} model
 * @param {{ defaults: RuntimeDefaults, examples: Json, ownerEmail: string }} ctx
 * @returns {[string, string][]}
 */
export function emitConductor(model, ctx) {
	const dir = `export/conductor/${model.id}`;
	/** @type {[string, string][]} */
	const files = [];
	files.push([`${dir}/task-definitions.json`, json(httpOperations(model).map((e) => taskDefinition(model, e, ctx.defaults, ctx.ownerEmail)))]);
	for (const entry of httpOperations(model)) {
		const ref = reference(entry);
		const task = { name: taskName(model, entry), taskReferenceName: ref, type: 'HTTP', inputParameters: { http_request: httpRequest(model, entry, ctx.defaults, ctx.examples, { reference: ref }) } };
		files.push([`${dir}/tasks/${entry.spec.resource}.${entry.spec.name}.json`, json(task)]);
	}
	const flow = statusFlow(model);
	if (flow) {
		const createRef = reference(flow.create);
		const pollRef = `${reference(flow.poll)}_until_final`;
		const linked = `\${${createRef}.output.response.body.${flow.link.field}}`;
		const pollRequest = flow.link.query
			? httpRequest(model, flow.poll, ctx.defaults, ctx.examples, { reference: pollRef, query: { [flow.link.param]: linked } })
			: httpRequest(model, flow.poll, ctx.defaults, ctx.examples, { reference: pollRef, values: { [flow.link.param]: linked } });
		const workflow = {
			name: `${model.id}_session_until_final`,
			description: `Creates a ${model.description.displayName} ${flow.create.resource.displayName.toLowerCase()}, then repeats "${flow.poll.op.action}" every ${POLL_INTERVAL_SECONDS} s until ${flow.itemsPath ? 'one of them has' : 'it has'} a final status (${flow.terminal.map((s) => s.value).join(', ')}).`,
			version: 1,
			schemaVersion: 2,
			ownerEmail: ctx.ownerEmail,
			timeoutPolicy: 'TIME_OUT_WF',
			timeoutSeconds: 0,
			inputParameters: inputNames(model),
			tasks: [
				{ name: taskName(model, flow.create), taskReferenceName: createRef, type: 'HTTP', inputParameters: { http_request: httpRequest(model, flow.create, ctx.defaults, ctx.examples, { reference: createRef }) } },
				{
					name: `${taskName(model, flow.poll)}_poll`,
					taskReferenceName: pollRef,
					type: 'HTTP_POLL',
					inputParameters: { http_request: pollRequest, pollingInterval: POLL_INTERVAL_SECONDS, pollingStrategy: 'FIXED', terminationCondition: terminationCondition(flow) },
				},
			],
			outputParameters: { created: `\${${createRef}.output.response.body}`, final: `\${${pollRef}.output.response.body}` },
		};
		files.push([`${dir}/workflow.json`, json(workflow)]);
	}
	return files;
}

/**
 * Workflow inputs the tasks read: host parts and settings of the credential without a default.
 * @param {PlatformModel} model
 */
function inputNames(model) {
	const { headers, base } = authHeaders(model);
	const text = [base, ...Object.values(headers)].join(' ');
	return [...new Set([...text.matchAll(/\$\{workflow\.input\.([A-Za-z0-9_]+)\}/g)].map((m) => m[1]))];
}

/** @param {unknown} value */
function json(value) {
	return `${JSON.stringify(value, null, 2)}\n`;
}
