// @ts-check
/*
 * What every export format reads from the platform model besides the operation rows: schemas
 * with their references inlined, a minimal example request per operation, how a credential's
 * templates fill in outside n8n, and the runtime's own retry and timeout defaults (read from the
 * runtime's source, so an export can never drift from what the nodes do).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SchemaResolver } from '../fields.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */
/** @typedef {import('../model.mjs').OperationModel} OperationModel */
/** @typedef {import('../types/description.js').Credential} Credential */

/** Keywords of the descriptions' schemas that only the n8n fields or the editor read. */
const EDITOR_KEYWORDS = new Set(['$id', '$schema', 'definitions', 'x-enumNames', 'x-n8n']);

/**
 * A schema with every $ref inlined (the exports are single documents), cut at `maxDepth`
 * nested objects: deeper levels keep their type and lose their properties.
 * @param {PlatformModel} model
 * @param {string} ref e.g. "checkout-session.schema.json" or "x.schema.json#/definitions/y"
 * @param {number} [maxDepth]
 * @returns {Json}
 */
export function inlineSchema(model, ref, maxDepth = 8) {
	const resolver = new SchemaResolver(model.id, model.schemas);
	/** @type {(s: Json, file: string, depth: number) => Json} */
	const inline = (s, file, depth) => {
		const { schema, file: f } = resolver.resolve(s, file);
		/** @type {Json} */
		const out = {};
		for (const [k, v] of Object.entries(schema)) {
			if (EDITOR_KEYWORDS.has(k)) continue;
			if (depth > maxDepth && (k === 'properties' || k === 'items' || k === 'additionalProperties')) continue;
			if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, inline(/** @type {Json} */ (pv), f, depth + 1)]));
			else if ((k === 'items' || k === 'additionalProperties' || k === 'not') && v && typeof v === 'object') out[k] = inline(v, f, depth + 1);
			else if ((k === 'anyOf' || k === 'oneOf' || k === 'allOf') && Array.isArray(v)) out[k] = v.map((x) => inline(x, f, depth + 1));
			else out[k] = v;
		}
		return out;
	};
	const file = ref.split('#')[0];
	return inline({ $ref: ref }, file, 0);
}

/**
 * The body schema an operation requires, inlined: the description may require more than the
 * schema file (see effectiveBodySchema in model.mjs).
 * @param {PlatformModel} model
 * @param {OperationModel} entry
 * @returns {Json | undefined}
 */
export function bodySchema(model, entry) {
	const body = entry.op.body;
	if (!body) return undefined;
	const schema = inlineSchema(model, body.schema);
	const required = body.required ?? schema.required;
	const fromParams = new Set((entry.op.pathParams ?? []).filter((p) => p.in === 'body').map((p) => p.name));
	/** @type {Json} */
	const out = { ...schema };
	if (required?.length || fromParams.size) out.required = [...new Set([...(required ?? []), ...fromParams])];
	else delete out.required;
	if (body.minProperties) out.minProperties = body.minProperties;
	return out;
}

/** Example values by string format; the formats the descriptions use. */
const FORMAT_EXAMPLES = /** @type {Record<string, string>} */ ({
	uri: 'https://shop.example/return',
	email: 'ann@example.com',
	'date-time': '2030-01-01T00:00:00Z',
	date: '2030-01-01',
	uuid: '00000000-0000-4000-8000-000000000000',
});

/**
 * A small value valid against an inlined schema: its example or default, the first enum value,
 * and for objects only the required properties.
 * @param {Json} schema
 * @param {string} [name] property name, for a readable string
 * @returns {unknown}
 */
export function exampleOf(schema, name = 'value') {
	if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
	if (schema.const !== undefined) return schema.const;
	if (schema.default !== undefined && schema.default !== null) return schema.default;
	if (Array.isArray(schema.enum)) return schema.enum.find((v) => v !== null) ?? schema.enum[0];
	const alternatives = schema.anyOf ?? schema.oneOf;
	if (Array.isArray(alternatives)) return exampleOf({ ...alternatives.find((a) => a.type !== 'null') ?? alternatives[0] }, name);
	if (Array.isArray(schema.allOf)) return exampleOf(Object.assign({}, ...schema.allOf, { allOf: undefined }), name);
	const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type ?? (schema.properties ? 'object' : undefined);
	switch (type) {
		case 'object': {
			/** @type {Json} */
			const out = {};
			for (const key of schema.required ?? []) out[key] = exampleOf(schema.properties?.[key] ?? {}, key);
			const missing = (schema.minProperties ?? 0) - Object.keys(out).length;
			if (missing > 0) {
				const optional = Object.entries(schema.properties ?? {}).filter(([k, s]) => !(k in out) && isScalar(s));
				for (const [k, s] of optional.slice(0, missing)) out[k] = exampleOf(s, k);
			}
			return out;
		}
		case 'array':
			return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () => exampleOf(schema.items ?? {}, name));
		case 'integer':
		case 'number':
			return Math.max(schema.minimum ?? 1, schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
		case 'boolean':
			return true;
		default: {
			if (schema.format && FORMAT_EXAMPLES[schema.format]) return FORMAT_EXAMPLES[schema.format];
			const text = `example_${name}`.slice(0, schema.maxLength ?? 64);
			return text.length >= (schema.minLength ?? 0) ? text : text.padEnd(schema.minLength, 'x');
		}
	}
}

/** @param {Json} s */
function isScalar(s) {
	const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
	return ['string', 'integer', 'number', 'boolean'].includes(type) || Array.isArray(s.enum);
}

/**
 * The runtime's defaults as its source declares them: retries, backoff and timeouts.
 * @param {string} root
 * @returns {{ maxAttempts: number, requestTimeout: number, operationTimeout: number, baseDelayMs: number, attemptTimeoutMs: number }}
 */
export function runtimeDefaults(root) {
	const options = readFileSync(join(root, 'nodes', 'shared', 'run-options.ts'), 'utf8');
	const transport = readFileSync(join(root, 'nodes', 'shared', 'transport.ts'), 'utf8');
	/** @param {string} text @param {RegExp} re @param {string} what */
	const number = (text, re, what) => {
		const m = re.exec(text);
		if (!m) throw new Error(`export: cannot read ${what} from the runtime's source`);
		return Number(m[1].replace(/_/g, ''));
	};
	return {
		maxAttempts: number(options, /\bmaxAttempts:\s*([\d_]+)/, 'RUN_OPTION_DEFAULTS.maxAttempts'),
		requestTimeout: number(options, /\brequestTimeout:\s*([\d_]+)/, 'RUN_OPTION_DEFAULTS.requestTimeout'),
		operationTimeout: number(options, /\boperationTimeout:\s*([\d_]+)/, 'RUN_OPTION_DEFAULTS.operationTimeout'),
		baseDelayMs: number(transport, /\bbaseDelayMs:\s*([\d_]+)\s*\}/, 'DEFAULT_RETRY.baseDelayMs'),
		attemptTimeoutMs: number(transport, /\bATTEMPT_TIMEOUT_MS\s*=\s*([\d_]+)/, 'ATTEMPT_TIMEOUT_MS'),
	};
}

/**
 * The example body an operation's exports send: the platform's example for its body schema, or
 * a minimal one derived from the schema. Values a path parameter puts into the body are not in it.
 * @param {PlatformModel} model
 * @param {OperationModel} entry
 * @param {Json} examples the contents of examples.json
 * @returns {Json | undefined}
 */
export function exampleBody(model, entry, examples) {
	const body = entry.op.body;
	if (!body) return undefined;
	const given = examples[model.id]?.[body.schema];
	if (given) return structuredClone(given);
	const schema = bodySchema(model, entry) ?? {};
	const fromParams = new Set((entry.op.pathParams ?? []).filter((p) => p.in === 'body').map((p) => p.name));
	const derived = /** @type {Json} */ (exampleOf({ ...schema, required: (schema.required ?? []).filter((/** @type {string} */ k) => !fromParams.has(k)) }));
	return derived;
}

/**
 * Bracket-notation form pairs of a body, by the rules of the runtime's form encoder
 * (nodes/shared/form.ts): objects as parent[child], arrays with indices, null as empty.
 * @param {Json} body
 * @returns {[string, string][]}
 */
export function formPairs(body) {
	/** @type {[string, string][]} */
	const out = [];
	/** @param {string} prefix @param {unknown} value */
	const walk = (prefix, value) => {
		if (value === undefined) return;
		if (value === null) out.push([prefix, '']);
		else if (Array.isArray(value)) value.forEach((v, i) => walk(`${prefix}[${i}]`, v));
		else if (typeof value === 'object') {
			const entries = Object.entries(value);
			if (entries.length === 0 && prefix) out.push([prefix, '']);
			for (const [k, v] of entries) walk(prefix ? `${prefix}[${k}]` : k, v);
		} else out.push([prefix, String(value)]);
	};
	walk('', body);
	return out;
}

/**
 * The form string of pairs, brackets left unescaped as the runtime sends them.
 * @param {[string, string][]} pairs
 */
export function formString(pairs) {
	/** @param {string} s */
	const enc = (s) => encodeURIComponent(s).replace(/%5B/g, '[').replace(/%5D/g, ']').replace(/%20/g, '+');
	return pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

/**
 * The credential an export authenticates with: the platform's first one whose authentication is
 * a fixed header or Basic auth. A signing credential (Gr4vy's per-request JWT) cannot be
 * written down as a header, so its static sibling stands in, and `signed` names what was lost.
 * @param {PlatformModel} model
 * @returns {{ credential: Credential, signed: Credential | undefined }}
 */
export function staticCredential(model) {
	const credentials = model.description.credentials;
	const credential = credentials.find((c) => c.auth.type !== 'function');
	if (!credential) throw new Error(`${model.id}: no credential authenticates with a fixed header or Basic auth`);
	return { credential, signed: credentials.find((c) => c.auth.type === 'function') };
}

/**
 * How a value of a credential template is written in an export.
 * @typedef {object} TemplateWriter
 * @property {(field: string) => string} secret a secret field
 * @property {(field: string, fallback: unknown) => string} plain a field that is not secret; fallback is its default
 */

/**
 * Fills a credential template ("Bearer {secretKey}") for an export.
 * @param {Credential} credential
 * @param {string} template
 * @param {TemplateWriter} writer
 */
export function fillCredentialTemplate(credential, template, writer) {
	return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_, name) => {
		const field = credential.fields.find((f) => f.name === name);
		if (!field) throw new Error(`credential ${credential.name}: the template names an unknown field "${name}"`);
		return field.secret ? writer.secret(name) : writer.plain(name, field.default);
	});
}

/**
 * The headers a credential adds, with optional ones at their default: sent when the default is
 * set (e.g. the API version the fields are built for), left out otherwise.
 * @param {Credential} credential
 * @returns {{ name: string, value: string }[]}
 */
export function credentialHeaders(credential) {
	/** @type {{ name: string, value: string }[]} */
	const out = [];
	for (const h of credential.headers ?? []) {
		const field = credential.fields.find((f) => f.name === h.when);
		const set = !h.when || (field?.default !== undefined && field.default !== '');
		if (set) out.push({ name: h.name, value: h.value });
		else if (h.otherwise) out.push({ name: h.name, value: h.otherwise });
	}
	return out;
}

/**
 * The base URL template of a credential for its default environment, e.g.
 * "https://{accountName}.quadernoapp.com/api".
 * @param {Credential} credential
 */
export function baseUrlTemplate(credential) {
	const values = /** @type {Record<string, string>} */ (credential.baseUrl.values);
	const selector = credential.baseUrl.selector ? credential.fields.find((f) => f.name === credential.baseUrl.selector) : undefined;
	const key = selector && typeof selector.default === 'string' && values[selector.default] ? selector.default : Object.keys(values)[0];
	return values[key];
}

/**
 * The operations that are one HTTP request each. Wait for Status is a loop of Gets run by the
 * node, not a request of its own: an HTTP task cannot express it (the example workflows poll
 * with HTTP_POLL instead), and its Get is exported already.
 * @param {PlatformModel} model
 */
export function httpOperations(model) {
	return model.operations.filter((entry) => !entry.spec.wait);
}

/**
 * The example flow of a platform: the session it creates and the read that shows the outcome.
 * Where the trigger reads the session itself (snapshot), the flow polls its Get; where the
 * outcome lives on a linked resource (payments, transactions, orders), it polls that list
 * filtered by the trigger's link parameter, whose value the created session carries: as its own
 * ID when the parameter names the resource ("checkout_session_id"), else as a field of the same
 * name ("order_id" and a client session's "orderId").
 * @param {PlatformModel} model
 */
export function statusFlow(model) {
	const d = model.description;
	const t = d.trigger;
	if (!t) return undefined;
	const find = (/** @type {string} */ resource, /** @type {string} */ name) => model.operations.find((o) => o.spec.resource === resource && o.spec.name === name);
	const normal = (/** @type {string} */ s) => s.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
	const statusList = d.resources.find((r) => r.name === t.resource)?.status;
	if (!statusList) return undefined;
	// A status with `when` counts only while the list's own field has that value as well.
	const terminal = statusList.values
		.filter((s) => s.final)
		.map((s) => ({ value: s.value, field: s.field ?? statusList.field, ...(s.when !== undefined ? { when: { field: statusList.field, value: s.when } } : {}) }));
	if (t.get) {
		const create = find(t.resource, 'create');
		const get = find(t.resource, t.get);
		if (!create || !get) return undefined;
		const resource = d.resources.find((r) => r.name === t.resource);
		return { create, poll: get, link: { param: get.spec.pathParams[0]?.name ?? 'id', field: resource?.idField ?? 'id' }, terminal, itemsPath: undefined };
	}
	if (!t.linkFilter) return undefined;
	const list = find(t.resource, t.list);
	const param = normal(t.linkFilter.param);
	const creatable = d.resources.filter((r) => r.operations.some((o) => o.name === 'create'));
	const byName = creatable.find((r) => normal(`${r.name}id`) === param);
	/** @type {{ resource: import('../types/description.js').Resource, field: string } | undefined} */
	let source = byName ? { resource: byName, field: byName.idField } : undefined;
	for (const r of creatable) {
		if (source) break;
		const create = r.operations.find((o) => o.name === 'create');
		const schema = create?.response ? inlineSchema(model, create.response.schema, 1) : {};
		const field = Object.keys(schema.properties ?? {}).find((k) => normal(k) === param);
		if (field) source = { resource: r, field };
	}
	const create = source && find(source.resource.name, 'create');
	if (!source || !create || !list) return undefined;
	return { create, poll: list, link: { param: t.linkFilter.param, field: source.field, query: true }, terminal, itemsPath: list.spec.pagination?.itemsPath };
}
