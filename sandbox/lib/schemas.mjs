// @ts-check
import { readFile, readdir } from 'node:fs/promises';
import { Ajv } from 'ajv';

/** @typedef {import('./types.mjs').ProviderSpec} ProviderSpec */
/** @typedef {import('./types.mjs').OperationSpec} OperationSpec */
/** @typedef {import('./types.mjs').ValidationIssue} ValidationIssue */
/** @typedef {(value: unknown) => ValidationIssue[]} Check */

/** Root of the hand-written provider descriptions, relative to this file so the repo can move. */
export const SCHEMAS_ROOT = new URL('../../schemas/', import.meta.url);

/**
 * Formats some providers' schemas may use; Ajv only knows them with an extra package, and the
 * sandbox needs nothing stricter than a plausibility check.
 * @type {Record<string, RegExp>}
 */
const FORMATS = {
	email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
	uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
	'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i,
	date: /^\d{4}-\d{2}-\d{2}$/,
	uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

/**
 * Loads `schemas/<id>/provider.json` and every `*.schema.json` next to it (once, at start-up).
 * @param {string} id
 * @returns {Promise<ProviderSpec>}
 */
export async function loadProviderSpec(id) {
	const dir = new URL(`${id}/`, SCHEMAS_ROOT);
	const provider = JSON.parse(await readFile(new URL('provider.json', dir), 'utf8'));
	const names = (await readdir(dir)).filter((name) => name.endsWith('.schema.json')).sort();
	/** @type {Map<string, any>} */
	const schemas = new Map();
	await Promise.all(
		names.map(async (name) => {
			const schema = JSON.parse(await readFile(new URL(name, dir), 'utf8'));
			if (typeof schema.$id !== 'string') throw new Error(`${id}/${name} has no $id`);
			schemas.set(name, schema);
		}),
	);
	return { id, provider, schemas };
}

/**
 * Creates an Ajv instance that knows all of the provider's schemas by their $id.
 * @param {ProviderSpec} spec
 * @param {{ coerce?: boolean }} [opts]  coerce for query strings and path segments, which arrive as text
 */
export function createAjv(spec, { coerce = false } = {}) {
	// 'array' also turns a single query value into a one-element array: a=x is a list of one, like a=x&a=y is of two.
	const ajv = new Ajv({ allErrors: true, coerceTypes: coerce ? 'array' : false, formats: FORMATS });
	// UI annotations the generator reads (option labels, n8n hints); they do not constrain values.
	ajv.addVocabulary(['x-enumNames', 'x-n8n']);
	for (const schema of spec.schemas.values()) ajv.addSchema(schema);
	return ajv;
}

/**
 * Resolves a schema reference from provider.json (a file name next to it) to the schema's $id.
 * @param {ProviderSpec} spec
 * @param {string} ref
 */
export function schemaId(spec, ref) {
	const schema = spec.schemas.get(ref);
	if (!schema) throw new Error(`${spec.id}: provider.json refers to missing schema ${ref}`);
	return /** @type {string} */ (schema.$id);
}

/**
 * Converts Ajv errors into vendor-neutral issues that point at the offending field.
 * @param {import('ajv').ErrorObject[] | null | undefined} errors
 * @returns {ValidationIssue[]}
 */
export function toIssues(errors) {
	/** @type {ValidationIssue[]} */
	const issues = [];
	const seen = new Set();
	for (const error of errors ?? []) {
		// `if` only repeats what the failed `then`/`else` branch already said.
		if (error.keyword === 'if') continue;
		/** @type {(string | number)[]} */
		const path = error.instancePath
			.split('/')
			.slice(1)
			.map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
			.map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
		let message = error.message ?? 'is invalid';
		const params = /** @type {Record<string, any>} */ (error.params);
		if (error.keyword === 'required') {
			path.push(params.missingProperty);
			message = 'is required';
		} else if (error.keyword === 'additionalProperties') {
			path.push(params.additionalProperty);
			message = 'is not a permitted field';
		} else if (error.keyword === 'enum') {
			message = `must be one of: ${params.allowedValues.join(', ')}`;
		}
		const key = `${JSON.stringify(path)}\u0000${message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		issues.push({ path, keyword: error.keyword, message });
	}
	return issues;
}

/**
 * Renders an issue path as `items[0].product`; the empty path (the whole object) renders as ''.
 * @param {(string | number)[]} path
 */
export function formatPath(path) {
	let out = '';
	for (const seg of path) {
		if (typeof seg === 'number') out += `[${seg}]`;
		else out += out ? `.${seg}` : seg;
	}
	return out;
}

/**
 * Wraps a compiled Ajv function so callers get issues (empty when valid).
 * @param {import('ajv').ValidateFunction} fn
 * @returns {Check}
 */
function asCheck(fn) {
	return (value) => (fn(value) ? [] : toIssues(fn.errors));
}

/**
 * @typedef {object} OperationChecks
 * @property {Check | null} params  path parameters (coerced in place)
 * @property {Check | null} body    request body
 * @property {Check | null} query   query parameters (coerced in place), pagination included
 */

/**
 * Compiles the validators of one operation from provider.json.
 * The effective body schema is the referenced schema plus the operation's `required` and
 * `minProperties`, because one request schema serves both create and (partial) update.
 * Pagination parameters are checked apart from the query schema: the query schema describes
 * the filters a user can set and may forbid other properties.
 * @param {ProviderSpec} spec
 * @param {OperationSpec} op
 * @param {{ body: Ajv, text: Ajv }} ajvs  `text` coerces strings, `body` does not
 * @param {{ cursorSchema?: Record<string, unknown> }} [opts]  the provider's id-cursor schema, when its ids are not integers
 * @returns {OperationChecks}
 */
export function compileOperation(spec, op, ajvs, opts = {}) {
	/** @type {Check | null} */
	let params = null;
	// Parameters that travel in the query or the body (e.g. a client token) are not path segments.
	const inPath = (op.pathParams ?? []).filter((p) => (p.in ?? 'path') === 'path');
	if (inPath.length) {
		/** @type {Record<string, unknown>} */
		const properties = {};
		for (const p of inPath) properties[p.name] = p.schema ?? { type: 'string', minLength: 1 };
		params = asCheck(
			ajvs.text.compile({ type: 'object', properties, required: inPath.map((p) => p.name) }),
		);
	}

	/** @type {Check | null} */
	let body = null;
	if (op.body) {
		/** @type {Record<string, unknown>} */
		const schema = { type: 'object', allOf: [{ $ref: schemaId(spec, op.body.schema) }] };
		if (op.body.required?.length) schema.required = op.body.required;
		if (op.body.minProperties !== undefined) schema.minProperties = op.body.minProperties;
		// Form-encoded values arrive as text, like query strings, so they are coerced the same way.
		body = asCheck((op.body.encoding === 'form' ? ajvs.text : ajvs.body).compile(schema));
	}

	/** @type {Check | null} */
	let query = null;
	const filters = op.query ? asCheck(ajvs.text.compile({ $ref: schemaId(spec, op.query.schema) })) : null;
	const paging = op.pagination ? compilePaging(op.pagination, ajvs.text, opts.cursorSchema) : null;
	if (filters || paging) {
		const pageKeys = paging?.keys ?? [];
		query = (value) => {
			const all = /** @type {Record<string, unknown>} */ (value);
			/** @type {Record<string, unknown>} */
			const page = {};
			/** @type {Record<string, unknown>} */
			const rest = {};
			for (const [k, v] of Object.entries(all)) (pageKeys.includes(k) ? page : rest)[k] = v;
			const issues = [...(paging ? paging.check(page) : []), ...(filters ? filters(rest) : [])];
			// Coercion happened on the split copies; hand the coerced values back to the caller.
			Object.assign(all, rest, page);
			return issues;
		};
	}
	return { params, body, query };
}

/**
 * Builds the validator of an operation's limit and cursor parameters.
 * @param {NonNullable<OperationSpec['pagination']>} pagination
 * @param {Ajv} ajv
 * @param {Record<string, unknown>} [cursorSchema]
 */
function compilePaging(pagination, ajv, cursorSchema) {
	/** @type {Record<string, unknown>} */
	const properties = {};
	if (pagination.limitParam) {
		properties[pagination.limitParam] = { type: 'integer', minimum: 1, maximum: pagination.maxLimit ?? 100 };
	}
	if (pagination.cursorParam) {
		// Id cursors are integers; other styles use opaque tokens.
		properties[pagination.cursorParam] =
			pagination.style === 'idCursor' ? (cursorSchema ?? { type: 'integer', minimum: 1 }) : { type: 'string', minLength: 1 };
	}
	return {
		keys: Object.keys(properties),
		check: asCheck(ajv.compile({ type: 'object', properties })),
	};
}
