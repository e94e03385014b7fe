// @ts-check
/*
 * The import step: the vendors' official OpenAPI documents -> the request, query and response
 * JSON Schemas in schemas/<platform>/ that the generator and the emulator load.
 *
 * Two stages, both committed and both drift-checked:
 * 1. The official document (read from ../shared/vendor-specs/ when it is there) is reduced to its
 *    structure: prose, examples and vendor extensions go, so no vendor text is copied into the
 *    package. The copy, `schemas/<platform>/official.openapi.json`, lets the package build and
 *    test without the folder beside it.
 * 2. Each schema file named in `schemas/<platform>/overlay.json` is derived from that copy: the
 *    operation's body, its query parameters or a response component, as self-contained draft-07
 *    JSON Schema (OpenAPI-only keywords mapped or dropped, so Ajv compiles it in strict mode and
 *    the compiled validators need no runtime package). The overlay is what the package decides:
 *    display names and short descriptions in our own words, which objects are typed in the UI
 *    and which are offered as JSON, and any deliberate rule stricter than the vendor's.
 *
 * `--check` compares instead of writing.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {Record<string, any>} Json */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PLATFORMS = ['stripe', 'primer', 'gr4vy', 'digitalriver'];
export const COPY_FILE = 'official.openapi.json';

/** Keys that carry vendor prose, samples or tool hints rather than structure. */
const PROSE = new Set(['description', 'summary', 'title', 'example', 'examples', 'externalDocs', 'tags', 'x-readme', 'x-logo', 'x-subset', 'contact', 'termsOfService', 'license']);

/**
 * Formats Ajv cannot check without an extra package become the equivalent pattern; the rest
 * (int64, double, unix-time, decimal, currency, json-pointer, ...) only describe a type already given.
 */
const FORMAT_PATTERNS = {
	'date-time': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})$',
	date: '^\\d{4}-\\d{2}-\\d{2}$',
	uuid: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
	email: '^[^@\\s]+@[^@\\s]+$',
};

/** JSON Schema keywords copied as they are. */
const COPIED = ['enum', 'const', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties'];

/**
 * Stage 1: the official document without prose, examples or vendor extensions.
 * @param {Json} doc
 * @param {Json} source what the overlay records about where the document comes from
 */
export function stripDocument(doc, source) {
	/** @type {(v: any, key: string) => any} */
	const strip = (v, key) => {
		if (Array.isArray(v)) return v.map((x) => strip(x, ''));
		if (!v || typeof v !== 'object') return v;
		/** @type {Json} */
		const out = {};
		// Property and component names are structure even when they look like prose keys.
		const names = key === 'properties' || key === 'schemas' || key === 'paths' || key === 'parameters' && !Array.isArray(v) || key === 'encoding' || key === 'content' || key === 'responses';
		for (const [k, x] of Object.entries(v)) {
			if (!names && (PROSE.has(k) || k.startsWith('x-'))) continue;
			out[k] = strip(x, names ? '' : k);
		}
		return out;
	};
	const stripped = strip({ ...doc, info: undefined, servers: undefined, security: undefined }, '');
	// OpenAPI requires a response description; an empty one carries no vendor text.
	for (const item of Object.values(stripped.paths ?? {})) {
		for (const op of Object.values(/** @type {Json} */ (item))) {
			for (const response of Object.values(/** @type {Json} */ (op)?.responses ?? {})) if (response && !response.$ref) response.description = '';
		}
	}
	for (const response of Object.values(stripped.components?.responses ?? {})) response.description = '';
	return {
		openapi: doc.openapi,
		info: { title: doc.info?.title, version: doc.info?.version, 'x-source': source },
		...Object.fromEntries(Object.entries(stripped).filter(([k]) => !['openapi', 'info', 'servers', 'security'].includes(k))),
	};
}

/**
 * Stage 2 converter: one OpenAPI schema -> self-contained draft-07 JSON Schema.
 */
class Converter {
	/** @param {Json} doc @param {'request' | 'response'} mode @param {string} where */
	constructor(doc, mode, where) {
		this.doc = doc;
		this.mode = mode;
		this.where = where;
		/** @type {string[]} components cut where they refer to themselves */
		this.cycles = [];
	}

	/** @param {string} ref */
	target(ref) {
		const parts = ref.replace(/^#\//, '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
		let node = this.doc;
		for (const p of parts) node = node?.[p];
		if (!node) throw new Error(`${this.where}: $ref ${ref} points nowhere`);
		return node;
	}

	/**
	 * @param {any} node
	 * @param {string[]} stack components being inlined, to stop at recursion
	 * @returns {Json | boolean}
	 */
	convert(node, stack = []) {
		if (typeof node === 'boolean') return node;
		if (!node || typeof node !== 'object') return {};
		if (node.$ref) {
			if (stack.includes(node.$ref)) {
				this.cycles.push(node.$ref);
				return {};
			}
			const { $ref, ...siblings } = node;
			const base = /** @type {Json} */ (this.convert(this.target($ref), [...stack, $ref]));
			// OpenAPI 3.1 allows keywords beside $ref; only nullability changes what is accepted.
			return siblings.nullable ? nullable(base) : base;
		}
		/** @type {Json} */
		let out = {};
		if (node.type !== undefined) out.type = node.type;
		for (const k of COPIED) if (node[k] !== undefined) out[k] = node[k];
		if (typeof node.exclusiveMinimum === 'boolean') {
			if (node.exclusiveMinimum && node.minimum !== undefined) {
				out.exclusiveMinimum = node.minimum;
				delete out.minimum;
			}
		} else if (node.exclusiveMinimum !== undefined) out.exclusiveMinimum = node.exclusiveMinimum;
		if (typeof node.exclusiveMaximum === 'boolean') {
			if (node.exclusiveMaximum && node.maximum !== undefined) {
				out.exclusiveMaximum = node.maximum;
				delete out.maximum;
			}
		} else if (node.exclusiveMaximum !== undefined) out.exclusiveMaximum = node.exclusiveMaximum;
		// An official default is structure: an optional value the API fills in anyway may be shown filled in.
		if (node.default !== undefined && node.default !== null && typeof node.default !== 'object') out.default = node.default;
		const format = /** @type {keyof typeof FORMAT_PATTERNS} */ (node.format);
		if (format && FORMAT_PATTERNS[format] && !out.pattern && !out.enum) out.pattern = FORMAT_PATTERNS[format];
		if (node.properties) {
			out.properties = {};
			for (const [k, v] of Object.entries(node.properties)) {
				const resolved = v?.$ref ? this.target(v.$ref) : v;
				if (this.mode === 'request' && (v?.readOnly || resolved?.readOnly)) continue;
				if (this.mode === 'response' && (v?.writeOnly || resolved?.writeOnly)) continue;
				out.properties[k] = this.convert(v, stack);
			}
			const required = (node.required ?? []).filter((/** @type {string} */ k) => k in out.properties);
			if (required.length) out.required = required;
		}
		if (node.additionalProperties !== undefined) {
			out.additionalProperties = typeof node.additionalProperties === 'object' ? this.convert(node.additionalProperties, stack) : node.additionalProperties;
		}
		if (node.items) out.items = this.convert(node.items, stack);
		const alternatives = [...(node.anyOf ?? []), ...(node.oneOf ?? [])];
		// oneOf becomes anyOf: open vendor objects often match more than one alternative, which
		// oneOf would reject although the vendor accepts it.
		if (alternatives.length) out.anyOf = alternatives.map((a) => this.convert(a, stack));
		if (node.allOf) out = mergeAll(out, node.allOf.map((/** @type {any} */ a) => this.convert(a, stack)));
		if (node.nullable === true) out = nullable(out);
		return completeTypes(out);
	}
}

/**
 * How many levels of a response are described. Responses are not validated; their schema feeds
 * n8n's output hints and the generated types, which need no more, and the full depth of the
 * official objects (every payment method's options, every nested address) would multiply the
 * size of the package.
 */
const RESPONSE_DEPTH = 3;

/**
 * The schema down to a depth; below it a value keeps only its type.
 * @param {Json} schema
 * @param {number} depth
 * @returns {Json}
 */
function shallow(schema, depth) {
	if (!schema || typeof schema !== 'object') return schema;
	if (depth <= 0) {
		const kinds = (schema.anyOf ?? [schema]).flatMap((/** @type {Json} */ s) => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []));
		const types = [...new Set(kinds)];
		return types.length === 1 ? { type: types[0] } : types.length ? { type: types } : {};
	}
	/** @type {Json} */
	const out = { ...schema };
	if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, shallow(v, depth - 1)]));
	if (schema.items) out.items = shallow(schema.items, depth - 1);
	if (typeof schema.additionalProperties === 'object') out.additionalProperties = shallow(schema.additionalProperties, depth - 1);
	if (schema.anyOf) out.anyOf = schema.anyOf.map((/** @type {Json} */ a) => shallow(a, depth));
	return out;
}

/**
 * One OpenAPI schema of a document as draft-07 JSON Schema (request objects closed to unknown fields).
 * @param {Json} doc
 * @param {Json} schema
 * @param {'request' | 'response'} mode
 */
export function convertSchema(doc, schema, mode) {
	const converted = new Converter(doc, mode, 'schema').convert(schema);
	return mode === 'request' ? closeObjects(converted) : converted;
}

/**
 * allOf members merged into one object schema, so that the object can be closed to unknown
 * fields (a closed allOf member would reject its siblings' fields).
 * @param {Json} base
 * @param {Json[]} members
 */
function mergeAll(base, members) {
	const out = { ...base };
	for (const m of members) {
		for (const [k, v] of Object.entries(m)) {
			if (k === 'properties') out.properties = { ...(out.properties ?? {}), ...v };
			else if (k === 'required') out.required = [...new Set([...(out.required ?? []), ...v])];
			else if (out[k] === undefined) out[k] = v;
		}
	}
	return out;
}

/** @param {Json} schema */
function nullable(schema) {
	const out = { ...schema };
	if (out.type === undefined) return { anyOf: [out, { type: 'null' }] };
	const types = Array.isArray(out.type) ? out.type : [out.type];
	if (!types.includes('null')) out.type = [...types, 'null'];
	if (out.enum && !out.enum.includes(null)) out.enum = [...out.enum, null];
	return out;
}

/**
 * Ajv's strict mode wants the type beside type-specific keywords.
 * @param {Json} schema
 */
function completeTypes(schema) {
	if (schema.type !== undefined || schema.anyOf) return schema;
	if (schema.properties || schema.additionalProperties !== undefined) return { type: 'object', ...schema };
	if (schema.items) return { type: 'array', ...schema };
	if (schema.minLength !== undefined || schema.maxLength !== undefined || schema.pattern) return { type: 'string', ...schema };
	if (schema.enum && schema.enum.every((/** @type {unknown} */ v) => typeof v === 'string')) return { type: 'string', ...schema };
	return schema;
}

/**
 * Request objects are closed to unknown fields, so a misspelt field is an error before anything
 * is sent; the official document lists every field, so nothing the vendor accepts is refused.
 * @param {Json | boolean} schema
 */
function closeObjects(schema) {
	if (typeof schema !== 'object') return schema;
	if (schema.properties && !Object.keys(schema.properties).length && schema.additionalProperties !== true) {
		// An object with no fields at all (e.g. a payment method with no options yet): only {} is valid.
		delete schema.properties;
		delete schema.additionalProperties;
		schema.maxProperties = 0;
	}
	if (schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
	for (const v of Object.values(schema.properties ?? {})) closeObjects(v);
	if (schema.items) closeObjects(schema.items);
	if (typeof schema.additionalProperties === 'object') closeObjects(schema.additionalProperties);
	for (const a of schema.anyOf ?? []) closeObjects(a);
	return schema;
}

/**
 * Finds an operation by "METHOD /path".
 * @param {Json} doc
 * @param {string} ref
 */
function operation(doc, ref) {
	const [method, path] = ref.split(' ');
	const op = doc.paths?.[path]?.[method.toLowerCase()];
	if (!op) throw new Error(`no operation ${ref} in the official document`);
	return op;
}

/**
 * The JSON Schema of one overlay entry, before annotations.
 * @param {Json} doc
 * @param {Json} entry
 * @param {string} where
 */
function derive(doc, entry, where) {
	const from = entry.from;
	if (from.component) {
		const c = new Converter(doc, 'response', where);
		return { schema: shallow(/** @type {Json} */ (c.convert({ $ref: `#/components/schemas/${from.component}` })), RESPONSE_DEPTH), cycles: c.cycles };
	}
	const op = operation(doc, from.operation);
	const c = new Converter(doc, 'request', where);
	if (from.part === 'body') {
		const content = op.requestBody?.content ?? {};
		const media = content['application/json'] ?? content['application/x-www-form-urlencoded'];
		if (!media?.schema) throw new Error(`${where}: ${from.operation} has no request body`);
		let schema = /** @type {Json} */ (c.convert(media.schema));
		// A body offered as alternatives (e.g. an object or null) keeps the one the node sends.
		if (from.alternative !== undefined) schema = schema.anyOf[from.alternative];
		return { schema: closeObjects(schema), cycles: c.cycles };
	}
	if (from.part === 'query') {
		const exclude = new Set(Object.keys(from.exclude ?? {}));
		/** @type {Json} */
		const properties = {};
		const required = [];
		for (const raw of op.parameters ?? []) {
			const p = raw.$ref ? c.target(raw.$ref) : raw;
			if (p.in !== 'query' || exclude.has(p.name)) continue;
			properties[p.name] = c.convert(p.schema ?? {});
			if (p.required) required.push(p.name);
		}
		for (const name of exclude) {
			if (!(op.parameters ?? []).some((/** @type {Json} */ p) => (p.$ref ? c.target(p.$ref) : p).name === name)) throw new Error(`${where}: excluded parameter ${name} is not an official parameter`);
		}
		/** @type {Json} */
		const schema = { type: 'object', properties };
		if (required.length) schema.required = required;
		return { schema: closeObjects(schema), cycles: c.cycles };
	}
	throw new Error(`${where}: "from" needs a component or an operation part (body, query)`);
}

/**
 * Visits every named field of a schema: properties, entries of arrays, anyOf alternatives.
 * @param {Json} schema
 * @param {string} path
 * @param {(node: Json, path: string) => void} visit
 */
export function eachField(schema, path, visit) {
	if (!schema || typeof schema !== 'object') return;
	for (const [k, v] of Object.entries(schema.properties ?? {})) {
		const p = path ? `${path}.${k}` : k;
		visit(v, p);
		eachField(v, p, visit);
	}
	if (schema.items) {
		visit(schema.items, `${path}[]`);
		eachField(schema.items, `${path}[]`, visit);
	}
	for (const a of schema.anyOf ?? []) eachField(a, path, visit);
}

/**
 * The object or array-of-objects shape of a field, looking through null / unset alternatives.
 * @param {Json} node
 */
function isDeep(node) {
	/** @type {(n: Json) => boolean} */
	const deep = (n) => Boolean(n.properties || (n.type === 'object' && typeof n.additionalProperties === 'object' && n.additionalProperties.properties) || (n.items && (n.items.properties || (n.items.anyOf ?? []).some(deep))));
	return deep(node) || (node.anyOf ?? []).some(deep);
}

/**
 * Lays the overlay's decisions over a derived schema.
 * @param {Json} schema
 * @param {Json} entry
 * @param {string} where
 * @param {string[]} problems
 */
function annotate(schema, entry, where, problems) {
	const fields = entry.fields ?? {};
	const seen = new Set();
	const typed = new Set(Object.entries(fields).filter(([, f]) => f.typed).map(([p]) => p));
	eachField(schema, '', (node, path) => {
		const f = fields[path];
		if (f) seen.add(path);
		if (f?.stricter) Object.assign(node, f.stricter);
		/** @type {Json} */
		const n8n = {};
		if (f?.param) n8n.param = f.param;
		else if (path.split(/[.[\]]+/).pop()?.includes('-')) n8n.param = path.split('.').pop()?.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
		if (f?.alternative !== undefined) n8n.alternative = f.alternative;
		// Deep objects the overlay does not type are offered as one JSON field, checked by the body validator.
		if (isDeep(node) && !typed.has(path) && !path.endsWith('[]')) n8n.json = true;
		if (f?.title) node.title = f.title;
		if (f?.description) node.description = f.description;
		if (f?.default !== undefined) node.default = f.default;
		if (f?.enumNames) {
			const values = enumOf(node);
			if (values) node['x-enumNames'] = values.map((/** @type {unknown} */ v) => f.enumNames[String(v)] ?? null);
		}
		if (Object.keys(n8n).length) node['x-n8n'] = n8n;
	});
	for (const path of Object.keys(fields)) if (!seen.has(path)) problems.push(`${where}: overlay field "${path}" is not in the official document`);
	if (entry.stricter) Object.assign(schema, entry.stricter);
	return schema;
}

/**
 * @param {Json} node
 * @returns {unknown[] | undefined}
 */
function enumOf(node) {
	if (node.enum) return node.enum.filter((/** @type {unknown} */ v) => v !== null);
	if (node.items?.enum) return node.items.enum;
	for (const a of node.anyOf ?? []) {
		/** @type {unknown[] | undefined} */
		const e = enumOf(a);
		if (e && !(e.length === 1 && e[0] === '')) return e;
	}
	return undefined;
}

/**
 * Everything the import produces for one platform, as repo-relative path -> content.
 * @param {string} root
 * @param {string} platform
 * @param {{ specsDir?: string }} [options]
 */
export function importPlatform(root, platform, options = {}) {
	const dir = join(root, 'schemas', platform);
	const overlay = JSON.parse(readFileSync(join(dir, 'overlay.json'), 'utf8'));
	/** @type {Map<string, string>} */
	const files = new Map();
	const specsDir = options.specsDir ?? join(root, '..', 'shared', 'vendor-specs');
	const official = join(specsDir, overlay.source.document);
	const copyPath = join(dir, COPY_FILE);
	let copy;
	if (existsSync(official)) {
		copy = stripDocument(JSON.parse(readFileSync(official, 'utf8')), overlay.source);
		files.set(`schemas/${platform}/${COPY_FILE}`, `${JSON.stringify(copy, null, '\t')}\n`);
	} else {
		copy = JSON.parse(readFileSync(copyPath, 'utf8'));
	}
	/** @type {string[]} */
	const problems = [];
	for (const [file, entry] of Object.entries(overlay.schemas)) {
		const where = `schemas/${platform}/overlay.json ${file}`;
		const { schema, cycles } = /** @type {{ schema: Json, cycles: string[] }} */ (derive(copy, entry, where));
		annotate(schema, entry, where, problems);
		/** @type {Json} */
		const out = { $schema: 'http://json-schema.org/draft-07/schema#', $id: `${platform}/${file}`, ...schema };
		if (cycles.length) out.$comment = `Recursive official components are cut to any value where they repeat: ${[...new Set(cycles)].join(', ')}`;
		files.set(`schemas/${platform}/${file}`, `${JSON.stringify(out, null, 2)}\n`);
	}
	if (problems.length) throw new Error(problems.join('\n'));
	return files;
}

/**
 * Writes (or with check compares) every imported file; returns the differences.
 * @param {{ check?: boolean, root?: string, specsDir?: string }} [options]
 */
export function run({ check = false, root = ROOT, specsDir } = {}) {
	const differences = [];
	for (const platform of PLATFORMS) {
		for (const [path, content] of importPlatform(root, platform, { specsDir })) {
			const full = join(root, path);
			const current = existsSync(full) ? readFileSync(full, 'utf8') : null;
			if (current === content) continue;
			differences.push(current === null ? `missing: ${path}` : `stale: ${path}`);
			if (!check) writeFileSync(full, content);
		}
	}
	return differences;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const check = process.argv.includes('--check');
	const differences = run({ check });
	if (check && differences.length) {
		console.error(`Imported schemas are out of date (run \`npm run import-specs\`):\n  ${differences.join('\n  ')}`);
		process.exit(1);
	}
	console.log(check ? 'Imported schemas are up to date.' : `Imported: ${differences.length} file(s) changed.`);
}
