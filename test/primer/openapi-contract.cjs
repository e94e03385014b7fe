// @ts-check
'use strict';

/*
 * Checks requests the nodes really sent (as the sandbox logged them) against the vendor's own
 * OpenAPI document, so the emulator cannot drift into accepting what the real API would refuse.
 * CommonJS because test `.ts` files may not use Node built-ins under the strict n8n lint.
 */

const fs = require('node:fs');
const path = require('node:path');
const { default: Ajv } = require('ajv');

/** The vendor documents live beside the repository, in ../shared/vendor-specs. */
const SPEC_DIR = path.join(__dirname, '..', '..', '..', 'shared', 'vendor-specs');

/**
 * OpenAPI 3.0 marks null with `nullable`; JSON Schema spells it as a type. 3.1 documents are
 * already JSON Schema, so this only rewrites what is there.
 * @param {any} node
 * @returns {any}
 */
function toJsonSchema(node) {
	if (Array.isArray(node)) return node.map(toJsonSchema);
	if (!node || typeof node !== 'object') return node;
	/** @type {Record<string, any>} */
	const out = {};
	for (const [k, v] of Object.entries(node)) out[k] = toJsonSchema(v);
	if (out.nullable === true) {
		if (typeof out.type === 'string') out.type = [out.type, 'null'];
		else if (out.enum) out.enum = [...out.enum, null];
		else if (!out.type && (out.$ref || out.allOf || out.anyOf || out.oneOf)) return { anyOf: [{ type: 'null' }, { ...out, nullable: undefined }] };
	}
	delete out.nullable;
	return out;
}

/**
 * Loads one vendor's document; a missing file fails the test instead of skipping it.
 * @param {string} vendor
 */
function loadContract(vendor) {
	const file = path.join(SPEC_DIR, `${vendor}.openapi.json`);
	if (!fs.existsSync(file)) throw new Error(`Vendor contract ${file} is missing: contract tests cannot run without it`);
	const spec = toJsonSchema(JSON.parse(fs.readFileSync(file, 'utf8')));
	const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
	// Only the schemas go to Ajv: the rest of the document (parameters, paths) is not JSON Schema.
	ajv.addSchema({ $id: 'spec', components: { schemas: spec.components?.schemas ?? {} } });
	/** @type {Array<{ method: string, template: string, pattern: RegExp, names: string[], op: any }>} */
	const ops = [];
	for (const [template, item] of Object.entries(spec.paths)) {
		for (const [method, op] of Object.entries(/** @type {Record<string, any>} */ (item))) {
			if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
			/** @type {string[]} */
			const names = [];
			const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_, name) => {
				names.push(name);
				return '([^/]+)';
			});
			ops.push({ method: method.toUpperCase(), template, pattern: new RegExp(`^${source}$`), names, op: { ...op, parameters: [...(/** @type {any} */ (item).parameters ?? []), ...(op.parameters ?? [])] } });
		}
	}
	// Literal paths first, so /checkouts is not taken for /checkouts/{id}.
	ops.sort((a, b) => a.names.length - b.names.length);

	/** @param {any} schema */
	const resolve = (schema) => {
		let current = schema;
		for (let depth = 0; current && current.$ref && depth < 10; depth++) {
			current = String(current.$ref).slice(2).split('/').reduce((/** @type {any} */ at, part) => at?.[part], spec);
		}
		return current;
	};
	/** @param {any} schema */
	const compile = (schema) => ajv.compile({ $ref: undefined, ...rewriteRefs(schema) });

	/**
	 * @param {any} schema
	 * @returns {any}
	 */
	function rewriteRefs(schema) {
		if (Array.isArray(schema)) return schema.map(rewriteRefs);
		if (!schema || typeof schema !== 'object') return schema;
		/** @type {Record<string, any>} */
		const out = {};
		for (const [k, v] of Object.entries(schema)) out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#') ? `spec${v}` : rewriteRefs(v);
		if (out.$ref === undefined) delete out.$ref;
		return out;
	}

	/**
	 * Turns a logged query value into what the parameter's schema describes.
	 * @param {any} schema
	 * @param {string | string[]} value
	 * @returns {any}
	 */
	function coerce(schema, value) {
		let s = resolve(schema) ?? {};
		// OpenAPI 3.1 documents spell an optional parameter as anyOf [the type, null]: coerce to the type.
		const branches = s.anyOf ?? s.oneOf;
		if (!s.type && Array.isArray(branches)) s = resolve(branches.find((/** @type {any} */ b) => resolve(b)?.type !== 'null')) ?? s;
		const type = Array.isArray(s.type) ? s.type.find((/** @type {string} */ t) => t !== 'null') : s.type;
		if (type === 'array') return (Array.isArray(value) ? value : [value]).map((v) => coerce(s.items, v));
		const one = Array.isArray(value) ? value[0] : value;
		if (type === 'integer' || type === 'number') return Number(one);
		if (type === 'boolean') return one === 'true';
		return Array.isArray(value) ? value : one;
	}

	/**
	 * Problems of one logged request; [] when it matches the contract.
	 * @param {{ method: string, path: string, query: Record<string, string | string[]>, headers: Record<string, any>, body: unknown }} entry
	 * @param {string} mount  the sandbox's path prefix of this vendor, e.g. /primer
	 */
	function check(entry, mount) {
		const rel = entry.path.startsWith(mount) ? entry.path.slice(mount.length) || '/' : entry.path;
		const found = ops.find((o) => o.method === entry.method && o.pattern.test(rel));
		if (!found) return [`${entry.method} ${rel} is not an operation of the ${vendor} contract`];
		/** @type {string[]} */
		const problems = [];
		const where = `${entry.method} ${found.template}`;
		const match = /** @type {RegExpExecArray} */ (found.pattern.exec(rel));
		const known = new Set();
		for (const raw of found.op.parameters) {
			const p = resolve(raw);
			/** @type {unknown} */
			let value;
			if (p.in === 'path') value = decodeURIComponent(match[found.names.indexOf(p.name) + 1] ?? '');
			else if (p.in === 'header') value = entry.headers[p.name.toLowerCase()];
			else if (p.in === 'query') {
				known.add(p.name);
				if (p.style === 'deepObject') {
					// A log that already decoded a[b]=x into { a: { b: x } } is read the same as the flat form.
					const nested = /** @type {unknown} */ (entry.query[p.name]);
					/** @type {Record<string, string>} */
					const obj = nested && typeof nested === 'object' && !Array.isArray(nested) ? { .../** @type {Record<string, string>} */ (nested) } : {};
					for (const [k, v] of Object.entries(entry.query)) {
						const m = /^([^[]+)\[([^\]]+)\]$/.exec(k);
						if (m && m[1] === p.name) {
							obj[m[2]] = String(v);
							known.add(k);
						}
					}
					value = Object.keys(obj).length ? obj : undefined;
				} else if (entry.query[p.name] !== undefined) value = coerce(p.schema, entry.query[p.name]);
			} else continue;
			if (value === undefined || value === '') {
				if (p.required) problems.push(`${where}: required ${p.in} parameter ${p.name} is missing`);
				continue;
			}
			// Header values are redacted in the log; presence is what can be checked.
			if (p.in === 'header') continue;
			const validate = compile(p.schema ?? {});
			if (!validate(value)) problems.push(`${where}: ${p.in} parameter ${p.name}=${JSON.stringify(value)} ${ajv.errorsText(validate.errors)}`);
		}
		for (const key of Object.keys(entry.query)) if (!known.has(key)) problems.push(`${where}: query parameter ${key} is not in the contract`);
		problems.push(...missingAuth(found.op, entry.headers, where));
		const bodySchema = found.op.requestBody?.content?.['application/json']?.schema;
		if (bodySchema && entry.body !== undefined) {
			const validate = compile(bodySchema);
			if (!validate(entry.body)) problems.push(`${where}: body ${ajv.errorsText(validate.errors)}`);
		} else if (!bodySchema && entry.body !== undefined && entry.body !== '') problems.push(`${where}: sends a body the contract does not take`);
		if (found.op.requestBody?.required && entry.body === undefined) problems.push(`${where}: the required body is missing`);
		return problems;
	}

	/**
	 * The document's security requirement, as far as a logged request can show it: the header
	 * that carries the credential is present (the log redacts its value). [] when met.
	 * @param {any} op
	 * @param {Record<string, any>} headers
	 * @param {string} where
	 */
	function missingAuth(op, headers, where) {
		/** @type {Array<Record<string, unknown>>} */
		const requirements = op.security ?? spec.security ?? [];
		if (requirements.length === 0 || requirements.some((r) => Object.keys(r).length === 0)) return [];
		const schemes = spec.components?.securitySchemes ?? {};
		const met = requirements.some((r) =>
			Object.keys(r).every((name) => {
				const scheme = schemes[name];
				if (!scheme) return false;
				if (scheme.type === 'http') return String(headers.authorization ?? '').toLowerCase().startsWith(String(scheme.scheme).toLowerCase());
				if (scheme.type === 'apiKey' && scheme.in === 'header') return headers[String(scheme.name).toLowerCase()] !== undefined;
				// Other kinds (query keys, OAuth flows) are not visible in a request log entry.
				return true;
			}),
		);
		return met ? [] : [`${where}: the request carries none of the credentials the contract requires`];
	}

	return { check, operations: ops.map((o) => `${o.method} ${o.template}`) };
}

module.exports = { loadContract, SPEC_DIR };
