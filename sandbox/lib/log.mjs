// @ts-check
/** @typedef {import('./types.mjs').LogEntry} LogEntry */

/** Headers whose value is a credential; authorization-like ones keep their scheme for assertions. */
const SCHEME_ONLY = new Set(['authorization', 'proxy-authorization']);
const HIDDEN = new Set(['x-api-key', 'cookie', 'set-cookie']);

/**
 * Copies request headers for the log with credentials removed.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {Record<string, string | string[] | undefined>}
 */
export function redactHeaders(headers) {
	/** @type {Record<string, string | string[] | undefined>} */
	const out = {};
	for (const [name, value] of Object.entries(headers)) {
		const key = name.toLowerCase();
		if (SCHEME_ONLY.has(key) && typeof value === 'string') out[key] = value.trim().split(/\s+/)[0];
		else if (HIDDEN.has(key)) out[key] = '[REDACTED]';
		else out[key] = value;
	}
	return out;
}

/**
 * Creates the request log. `entries` is one array for the sandbox's lifetime (callers may hold
 * it); only the newest `max` entries are kept so a long benchmark cannot grow memory unbounded.
 * @param {{ max?: number }} [opts]
 */
export function createRequestLog({ max = 20000 } = {}) {
	/** @type {LogEntry[]} */
	const entries = [];
	return {
		entries,
		/** @param {LogEntry} entry */
		add(entry) {
			entries.push(entry);
			if (entries.length > max) entries.splice(0, entries.length - max);
		},
		clear() {
			entries.length = 0;
		},
		/** @param {string | null} [provider] */
		list(provider) {
			return provider ? entries.filter((e) => e.provider === provider) : entries.slice();
		},
	};
}

/** @typedef {ReturnType<typeof createRequestLog>} RequestLog */
