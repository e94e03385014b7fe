// @ts-check
'use strict';

/*
 * Reads the committed structure-only copies of the vendors' official OpenAPI documents
 * (schemas/<platform>/official.openapi.json) and lists, per operation, every request field at any
 * depth and every query parameter, with the values the official schema allows there.
 * CommonJS because test `.ts` files may not use Node built-ins under the strict n8n lint.
 */

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');

/** @typedef {Record<string, any>} Json */

/**
 * What the official schema allows at one field path, over all its alternatives.
 * @typedef {object} Allowed
 * @property {string[]} types  JSON types of the alternatives ('null' included)
 * @property {unknown[] | null} values  the only values allowed, or null when any value of the types is
 */

/**
 * @param {string} platform
 * @returns {{ doc: Json, provider: Json }}
 */
function loadOfficial(platform) {
	const read = (/** @type {string} */ file) => JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', platform, file), 'utf8'));
	return { doc: read('official.openapi.json'), provider: read('provider.json') };
}

/**
 * The platform's overlay: what the package decides on top of the official document.
 * @param {string} platform
 * @returns {Json}
 */
function loadOverlay(platform) {
	return JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', platform, 'overlay.json'), 'utf8'));
}

/**
 * The official operation matching a provider.json operation (path parameter names may differ).
 * @param {Json} doc
 * @param {string} method
 * @param {string} template
 * @returns {Json | undefined}
 */
function officialOperation(doc, method, template) {
	const shape = (/** @type {string} */ p) => p.replace(/\{[^}]+\}/g, '{}');
	for (const [p, item] of Object.entries(doc.paths ?? {})) {
		if (shape(p) === shape(template) && item[method.toLowerCase()]) return item[method.toLowerCase()];
	}
	return undefined;
}

/**
 * Every field path under a schema ("a.b[].c") with what is allowed there.
 * @param {Json} doc
 * @param {Json} schema
 * @param {string} prefix
 * @returns {Map<string, Allowed>}
 */
function fieldPaths(doc, schema, prefix = '') {
	/** @type {Map<string, Allowed>} */
	const out = new Map();
	/** @type {(s: any, p: string, stack: string[], record: boolean) => void} */
	const walk = (s, p, stack, record) => {
		if (!s || typeof s !== 'object') return;
		if (s.$ref) {
			if (stack.includes(s.$ref)) return;
			let target = doc;
			for (const part of s.$ref.replace(/^#\//, '').split('/')) target = target?.[part];
			walk({ ...target, ...(s.nullable ? { nullable: true } : {}) }, p, [...stack, s.$ref], record);
			return;
		}
		if (record && p) {
			const allowed = out.get(p) ?? { types: [], values: [] };
			const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
			if (s.nullable) types.push('null');
			allowed.types = [...new Set([...allowed.types, ...types])];
			const alternatives = [...(s.anyOf ?? []), ...(s.oneOf ?? [])];
			if (!alternatives.length) {
				if (s.enum && allowed.values) allowed.values = [...allowed.values, ...s.enum];
				else if (s.const !== undefined && allowed.values) allowed.values = [...allowed.values, s.const];
				else if (!s.enum && s.const === undefined && types.some((t) => t !== 'null')) allowed.values = null;
			}
			out.set(p, allowed);
		}
		// OpenAPI: a read-only property is not part of a request.
		for (const [k, v] of Object.entries(s.properties ?? {})) if (!v?.readOnly) walk(v, p ? `${p}.${k}` : k, stack, true);
		if (s.items) walk(s.items, `${p}[]`, stack, true);
		for (const a of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(a, p, stack, true);
	};
	walk(schema, prefix, [], Boolean(prefix));
	return out;
}

/**
 * The official request body fields and query parameters of an operation.
 * @param {Json} doc
 * @param {Json} op an official operation
 */
function officialRequest(doc, op) {
	const content = op.requestBody?.content ?? {};
	const media = content['application/json'] ?? content['application/x-www-form-urlencoded'];
	const body = media?.schema ? fieldPaths(doc, media.schema) : new Map();
	/** @type {Map<string, Map<string, Allowed>>} */
	const query = new Map();
	for (const raw of op.parameters ?? []) {
		let p = raw;
		if (raw.$ref) {
			p = doc;
			for (const part of raw.$ref.replace(/^#\//, '').split('/')) p = p?.[part];
		}
		if (p.in === 'query') query.set(p.name, fieldPaths(doc, p.schema ?? {}, p.name));
	}
	return { body, query };
}

/**
 * The request-body examples of the original documents beside the repository (the committed
 * copies leave examples out), as [method, path, example].
 * @param {string} platform
 * @returns {Array<[string, string, unknown]>}
 */
function requestExamples(platform) {
	const file = path.join(ROOT, '..', 'shared', 'vendor-specs', `${platform}.openapi.json`);
	if (!fs.existsSync(file)) throw new Error(`${platform}.openapi.json not found in ../shared/vendor-specs beside the repository`);
	const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
	/** @type {Array<[string, string, unknown]>} */
	const out = [];
	for (const [p, item] of Object.entries(doc.paths ?? {})) {
		for (const [method, op] of Object.entries(/** @type {Json} */ (item))) {
			for (const media of Object.values(op?.requestBody?.content ?? {})) {
				const schema = media.schema?.$ref ? doc.components.schemas[media.schema.$ref.split('/').pop()] : media.schema;
				const examples = [media.example, ...Object.values(media.examples ?? {}).map((e) => e?.value), schema?.example].filter((e) => e !== undefined);
				for (const example of examples) out.push([method.toUpperCase(), p, example]);
			}
		}
	}
	return out;
}

module.exports = { loadOfficial, loadOverlay, officialOperation, officialRequest, fieldPaths, requestExamples };
