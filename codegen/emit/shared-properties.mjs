// @ts-check
/*
 * Parameters that both the action node and the trigger show, and the credential list and
 * credential tests of both node classes: emitted from one place so the two nodes cannot disagree.
 */

import { lit, raw } from './literal.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../types/description.js').ProviderDescription} ProviderDescription */

/**
 * The Options collection of an operation: a call of the runtime's runOptions(), which builds the
 * parameters from the platform's provider table and how the operation may be retried and paged.
 * @param {Json} spec the operation's spec
 */
export function runOptionsCall(spec) {
	const retry = spec.idempotencyKey ? 'idempotencyKey' : spec.idempotent ? 'idempotent' : 'notRetried';
	return raw(`runOptions(provider, { retry: ${lit(retry)}${spec.pagination ? ', list: true' : ''}${spec.wait ? ', wait: true' : ''} })`);
}

/**
 * The Simplify switch, worded and placed as n8n's own nodes have it (after the paging fields,
 * before Filters and Options); the runtime gives the common session view when it is on.
 */
export const SIMPLIFY_PROPERTY = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: false,
	description:
		'Whether to return the common session view (the same fields on every platform: status, state, amount, currency, customer email, URL, dates and linked IDs) instead of the raw data',
};

/**
 * The imports of a generated parameter file that calls run option builders: the builders and
 * the provider table they read.
 * @param {string} builder
 */
export function runOptionsImports(builder) {
	return `import { ${builder} } from '../../shared/run-options';\nimport { provider } from './provider';\n`;
}

/**
 * The "Authentication" choice of a provider with several credentials; the runtime's connect()
 * picks the credential named by its value.
 * @param {ProviderDescription} d
 * @returns {Json[]}
 */
export function authenticationProperty(d) {
	if (d.credentials.length < 2) return [];
	return [
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: d.credentials.map((c) => ({ name: c.displayName, value: c.name })),
			default: d.credentials[0].name,
		},
	];
}

/**
 * The `testedBy` name under which a node offers the credential test of credential `name`.
 * @param {string} name
 */
function credentialTestName(name) {
	return `${name}Test`;
}

/**
 * The credentials entry of a node class: each tested by the node's own credential test and, with
 * several credentials, shown under its own Authentication choice.
 * @param {ProviderDescription} d
 */
export function nodeCredentials(d) {
	return d.credentials.map((c) => ({
		name: c.name,
		required: true,
		testedBy: credentialTestName(c.name),
		displayOptions: d.credentials.length > 1 ? { show: { authentication: [c.name] } } : undefined,
	}));
}

/**
 * The `credentialTest` methods of a node class, one runtime function per credential, as class
 * member source text.
 * @param {ProviderDescription} d
 */
export function credentialTestMethods(d) {
	return `\t\tcredentialTest: {\n${d.credentials.map((c) => `\t\t\t${credentialTestName(c.name)}: credentialTest(provider, ${lit(c.name)}),`).join('\n')}\n\t\t},\n`;
}
