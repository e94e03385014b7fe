// @ts-check
'use strict';

/*
 * A proxy between the nodes and the emulator that rewrites list answers, for the reliability
 * rows an honest emulator cannot produce: pages in an unexpected order, null entries, items dated
 * years ahead. CommonJS because the strict n8n lint forbids Node built-ins in `.ts` files.
 */

const http = require('node:http');

/**
 * @typedef {(items: unknown[], page: { first: boolean }) => unknown[]} Rewrite
 * @typedef {{ url: string, close: () => Promise<void> }} ProxyHandle
 */

/**
 * Starts a proxy on 127.0.0.1 in front of `target`. Every JSON answer to a GET whose list sits
 * at `itemsPath` ('' for a top-level array) goes through `rewrite`.
 * @param {string} target
 * @param {(path: string) => string | undefined} itemsPathOf  items path of the list at this path; undefined when it is not a list
 * @param {Rewrite} rewrite
 * @returns {Promise<ProxyHandle>}
 */
async function startRewriteProxy(target, itemsPathOf, rewrite) {
	const server = http.createServer((req, res) => {
		const chunks = /** @type {Buffer[]} */ ([]);
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const url = new URL(req.url ?? '/', target);
			const headers = { ...req.headers, host: url.host };
			const upstream = http.request(url, { method: req.method, headers }, (answer) => {
				const parts = /** @type {Buffer[]} */ ([]);
				answer.on('data', (c) => parts.push(c));
				answer.on('end', () => {
					let body = Buffer.concat(parts);
					const itemsPath = req.method === 'GET' ? itemsPathOf(url.pathname) : undefined;
					if (itemsPath !== undefined && (answer.statusCode ?? 500) < 300) {
						try {
							const json = JSON.parse(body.toString('utf8'));
							const first = ![...url.searchParams.keys()].some((k) => /after|before|cursor/i.test(k));
							if (itemsPath === '' && Array.isArray(json)) body = Buffer.from(JSON.stringify(rewrite(json, { first })));
							else if (json && Array.isArray(json[itemsPath])) {
								json[itemsPath] = rewrite(json[itemsPath], { first });
								body = Buffer.from(JSON.stringify(json));
							}
						} catch {
							// Not JSON: passed on as it came.
						}
					}
					const out = { ...answer.headers, 'content-length': String(body.length) };
					delete out['transfer-encoding'];
					res.writeHead(answer.statusCode ?? 502, out);
					res.end(body);
				});
				answer.on('error', () => res.destroy());
			});
			upstream.on('error', () => res.destroy());
			upstream.end(Buffer.concat(chunks));
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: async () => await new Promise((resolve) => server.close(() => resolve(undefined))),
	};
}

module.exports = { startRewriteProxy };
