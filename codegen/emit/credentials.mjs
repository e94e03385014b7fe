// @ts-check
/*
 * credentials/<Name>.credentials.ts: one class per credential of a platform, with fields, the
 * authenticate function built from the description's auth table, and the credential test.
 */
import { normaliseDescription } from '../fields.mjs';
import { banner, lit, templateToJs } from './literal.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../types/description.js').ProviderDescription} ProviderDescription */
/** @typedef {import('../types/description.js').Credential} Credential */
/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */

/**
 * Emits every credential class of a platform.
 * @param {PlatformModel} model
 * @returns {[string, string][]}
 */
export function emitCredentials(model) {
	const d = model.description;
	return d.credentials.map((c) => [`credentials/${c.className}.credentials.ts`, credentialClass(d, c, model.source)]);
}

/**
 * The credential test's base URL as an n8n expression over the credential's own fields.
 * @param {Credential} c
 */
function baseUrlExpression(c) {
	// The meta-schema allows no undefined value; the filter only tells the type checker so.
	const values = Object.entries(c.baseUrl.values).filter(/** @returns {e is [string, string]} */ (e) => e[1] !== undefined);
	let host = templateToJs(values[values.length - 1][1]);
	if (c.baseUrl.selector) {
		for (const [key, template] of values.slice(0, -1).reverse()) {
			host = `($credentials.${c.baseUrl.selector} === ${JSON.stringify(key)} ? ${templateToJs(template)} : ${host})`;
		}
	}
	const override = c.fields.find((f) => f.baseUrlOverride)?.name;
	return `={{${override ? `$credentials.${override} ? $credentials.${override} : ${host}` : host}}}`;
}

/**
 * @param {ProviderDescription} d
 * @param {Credential} c
 * @param {string} source
 */
function credentialClass(d, c, source) {
	const properties = c.fields.map((f) => {
		/** @type {Json} */
		const p = { displayName: f.displayName, name: f.name, type: f.type, default: f.default };
		if (f.required) p.required = true;
		if (f.placeholder) p.placeholder = f.placeholder;
		if (f.options) p.options = f.options;
		/** @type {Json} */
		const typeOptions = {};
		if (f.secret) typeOptions.password = true;
		if (f.multiline) typeOptions.rows = 4;
		if (Object.keys(typeOptions).length) p.typeOptions = typeOptions;
		if (f.description) p.description = normaliseDescription(f.description);
		return p;
	});
	// The credential's authenticate is a runtime function built from this table (see templateAuthentication).
	/** @type {Json} */
	const spec = {};
	if (c.auth.type === 'basic') spec.basic = { username: c.auth.username, password: c.auth.password };
	const headers = [
		...(c.auth.type === 'header' ? [{ name: c.auth.header, value: c.auth.value }] : []),
		...(c.headers ?? []).map((h) => ({ name: h.name, value: h.value, when: h.when, otherwise: h.otherwise })),
	];
	if (headers.length) spec.headers = headers;
	const runtime = ['templateAuthentication', ...(c.auth.type === 'function' ? [c.auth.function] : [])];
	const imports = ['ICredentialTestRequest', 'ICredentialType', 'INodeProperties', 'Icon'];
	const extraImport = `import { ${runtime.sort().join(', ')} } from '../nodes/shared/auth';\n`;
	const authenticate = `templateAuthentication(${lit(spec, 1)}${c.auth.type === 'function' ? `, ${c.auth.function}` : ''})`;
	const test = { request: { method: c.test.method, baseURL: baseUrlExpression(c), url: c.test.path, qs: c.test.qs } };
	return `${banner(source)}import type { ${imports.sort().join(', ')} } from 'n8n-workflow';
${extraImport}
/** ${c.displayName}: how n8n authenticates requests to ${d.displayName}. */
export class ${c.className} implements ICredentialType {
	name = ${lit(c.name)};

	displayName = ${lit(c.displayName)};

	icon: Icon = ${lit({ light: `file:../nodes/${d.node.className}/${d.icon}.svg`, dark: `file:../nodes/${d.node.className}/${d.icon}.dark.svg` }, 1)};

	documentationUrl = ${lit(c.documentationUrl)};

	properties: INodeProperties[] = ${lit(properties, 1)};

	authenticate = ${authenticate};

	test: ICredentialTestRequest = ${lit(test, 1)};
}
`;
}

