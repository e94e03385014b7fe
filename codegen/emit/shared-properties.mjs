// @ts-check
/*
 * Parameters that both the action node and the trigger show, and the credential list and
 * credential tests of both node classes: emitted from one place so the two nodes cannot disagree.
 */

import { lit } from './literal.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../types/description.js').ProviderDescription} ProviderDescription */

/**
 * Run settings every operation offers: parallelism, retries, the client-side rate limit,
 * timeouts, the response size limit, for lists the page cap and, where the vendor supports one,
 * the idempotency key.
 * @param {ProviderDescription} d
 * @param {Json} spec
 */
export function runOptions(d, spec) {
	const rate = d.transport.rateLimit;
	const perSecond = rate ? Math.floor((rate.requests / rate.perSeconds) * 100) / 100 : 0;
	/** @type {Json[]} */
	const options = [
		{
			displayName: 'Max Attempts',
			name: 'maxAttempts',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10, numberPrecision: 0 },
			default: 4,
			description: `Attempts per request, the first included. Rate-limit answers are always retried; server errors and dropped connections only where repeating cannot act twice${spec.idempotencyKey ? ' (here: with the same idempotency key)' : spec.idempotent ? '' : ' (this operation is not retried on them)'}.`,
		},
		{
			displayName: 'Max Retry Wait (Seconds)',
			name: 'maxRetryWait',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 600 },
			default: 30,
			description: 'Upper bound of all waiting between attempts of one request, including waits the API asks for',
		},
		{
			displayName: 'Parallel Requests',
			name: 'parallelRequests',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50, numberPrecision: 0 },
			default: 5,
			description: 'How many items are sent at the same time. Output order and item pairing stay as in the input.',
		},
		{
			displayName: 'Requests Per Second',
			name: 'requestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: perSecond,
			description: rate
				? `Client-side limit for this account, shared by all runs in this n8n process. The default is ${d.displayName}'s published limit of ${rate.requests} per ${rate.perSeconds} s; raise it if your account allows more. 0 turns the limit off.`
				: `${d.displayName} publishes no rate limit; set one here to stay under your account's limit. 0 means no client-side limit.`,
		},
		{
			displayName: 'Request Timeout (Seconds)',
			name: 'requestTimeout',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 3600, numberPrecision: 0 },
			default: 120,
			description: 'Longest time one request may take in all, every attempt and every wait between attempts included. A server that never answers, or answers a byte at a time, ends with a timeout error.',
		},
		{
			displayName: 'Operation Timeout (Seconds)',
			name: 'operationTimeout',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 86400, numberPrecision: 0 },
			default: 600,
			description: `Longest time the operation may take for one item, all its requests${spec.pagination ? ' (every page)' : ''} included`,
		},
		{
			displayName: 'Max Response Size (MB)',
			name: 'maxResponseSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 1024, numberPrecision: 0 },
			default: 32,
			description: 'A larger answer is an error instead of items; reading stops at the limit',
		},
	];
	if (spec.pagination) {
		options.push({
			displayName: 'Max Pages',
			name: 'maxPages',
			type: 'number',
			typeOptions: { minValue: 1, numberPrecision: 0 },
			default: 1000,
			description: 'Pages one run of the list may read. Reaching it with more to read is an error, never a silently shortened list.',
		});
	}
	if (spec.idempotencyKey) {
		options.unshift({
			displayName: 'Idempotency Key',
			name: 'idempotencyKey',
			type: 'string',
			default: '',
			description: `Sent as ${d.transport.idempotencyHeader}. Running the node again with the same key returns the first result instead of acting twice. When empty, a new key is made per item and reused for that item's retries.`,
		});
	}
	// n8n's lint wants a collection's options in alphabetical order.
	return options.sort((a, b) => (a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : 0));
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
