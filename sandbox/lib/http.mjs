// @ts-check
/** @typedef {import('./types.mjs').ApiResult} ApiResult */
/** @typedef {import('./types.mjs').ParsedBody} ParsedBody */

/** An error that carries the HTTP status a control endpoint should answer with. */
export class HttpError extends Error {
	/**
	 * @param {number} status
	 * @param {string} message
	 */
	constructor(status, message) {
		super(message);
		this.name = 'HttpError';
		this.status = status;
	}
}

/** Largest request body accepted; real APIs cap bodies too and a runaway test should fail fast. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads the whole request body; rejects with HttpError 413 when it exceeds `limit` bytes.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} [limit]
 * @returns {Promise<Buffer>}
 */
export function readBody(req, limit = MAX_BODY_BYTES) {
	return new Promise((resolve, reject) => {
		/** @type {Buffer[]} */
		const chunks = [];
		let size = 0;
		req.on('data', (/** @type {Buffer} */ chunk) => {
			size += chunk.length;
			if (size > limit) {
				reject(new HttpError(413, 'Request body too large'));
				// Keep draining so the client can still read the 413 instead of a broken pipe.
				chunks.length = 0;
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/**
 * Decodes a JSON body; an empty body is `undefined` so that operations can treat it as `{}`.
 * @param {Buffer} raw
 * @param {string | undefined} contentType
 * @returns {ParsedBody}
 */
export function parseJsonBody(raw, contentType) {
	if (raw.length === 0) return { ok: true, value: undefined };
	if (contentType && !/[/+]json\b/i.test(contentType)) {
		return { ok: false, status: 415, message: 'Content-Type must be application/json' };
	}
	try {
		return { ok: true, value: JSON.parse(raw.toString('utf8')) };
	} catch {
		return { ok: false, status: 400, message: 'Request body is not valid JSON' };
	}
}

/**
 * Turns query parameters into an object; a repeated name becomes an array, as most servers do.
 * @param {URLSearchParams} params
 * @returns {Record<string, string | string[]>}
 */
export function queryObject(params) {
	/** @type {Record<string, string | string[]>} */
	const out = {};
	for (const [key, value] of params) {
		const prev = out[key];
		if (prev === undefined) out[key] = value;
		else if (Array.isArray(prev)) prev.push(value);
		else out[key] = [prev, value];
	}
	return out;
}

/**
 * Writes `result` to `res` unless the connection is already gone (e.g. closed during a latency fault).
 * @param {import('node:http').ServerResponse} res
 * @param {ApiResult} result
 */
export function send(res, result) {
	if (res.headersSent || res.destroyed) return;
	/** @type {Record<string, string | number>} */
	const headers = { ...result.headers };
	if (result.body === undefined || result.status === 204) {
		res.writeHead(result.status, headers);
		res.end();
		return;
	}
	const payload = JSON.stringify(result.body);
	headers['Content-Type'] = 'application/json; charset=utf-8';
	headers['Content-Length'] = Buffer.byteLength(payload);
	res.writeHead(result.status, headers);
	res.end(payload);
}
