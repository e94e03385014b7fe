// @ts-check
'use strict';

/*
 * A throwaway HTTP server on 127.0.0.1 (random port) that records every request it receives.
 * CommonJS because the strict n8n lint forbids Node built-ins such as `node:http` in `.ts` files.
 */

const http = require('node:http');
const net = require('node:net');

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path   path plus query string, as sent
 * @property {import('node:http').IncomingHttpHeaders} headers  lower-cased header names
 * @property {string} body   raw request body
 */

/**
 * @typedef {object} LocalResponse
 * @property {number} [status]   defaults to 200
 * @property {Record<string, string>} [headers]
 * @property {unknown} [body]    objects are sent as JSON, strings as they are
 * @property {number} [trickleMs] send the headers at once, then the body one byte per this many
 *   milliseconds (a server that answers but never finishes in any useful time)
 */

/**
 * @typedef {object} LocalServer
 * @property {string} url  base URL without a trailing slash, e.g. http://127.0.0.1:41234
 * @property {RecordedRequest[]} requests  every request received, oldest first
 * @property {() => Promise<void>} close
 */

/**
 * Starts a recording server bound to 127.0.0.1 on a free port.
 * @param {(request: RecordedRequest) => LocalResponse | Promise<LocalResponse>} [respond]
 *   decides each response; the default echoes the request back as JSON
 * @returns {Promise<LocalServer>}
 */
async function startLocalServer(respond) {
	/** @type {RecordedRequest[]} */
	const requests = [];
	const sockets = new Set();

	const server = http.createServer((req, res) => {
		/** @type {Buffer[]} */
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			/** @type {RecordedRequest} */
			const recorded = {
				method: req.method ?? 'GET',
				path: req.url ?? '/',
				headers: req.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			};
			requests.push(recorded);
			Promise.resolve(respond ? respond(recorded) : { body: recorded })
				.then((reply) => {
					const isText = typeof reply.body === 'string';
					const payload =
						reply.body === undefined ? '' : isText ? String(reply.body) : JSON.stringify(reply.body);
					res.writeHead(reply.status ?? 200, {
						'content-type': isText ? 'text/plain' : 'application/json',
						...reply.headers,
					});
					if (reply.trickleMs !== undefined) {
						res.flushHeaders();
						let at = 0;
						const timer = setInterval(() => {
							if (at >= payload.length) {
								clearInterval(timer);
								res.end();
								return;
							}
							res.write(payload.charAt(at++));
						}, reply.trickleMs);
						res.on('close', () => clearInterval(timer));
						return;
					}
					res.end(payload);
				})
				.catch((/** @type {unknown} */ error) => {
					res.writeHead(500, { 'content-type': 'text/plain' });
					res.end(error instanceof Error ? error.message : String(error));
				});
		});
	});
	// Tracked so close() does not wait for keep-alive connections to time out.
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve(undefined));
	});
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('server has no TCP address');

	return {
		url: `http://127.0.0.1:${address.port}`,
		requests,
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise((resolve) => server.close(() => resolve(undefined)));
		},
	};
}

/**
 * Opens a TCP connection to `url` and reports whether it is open yet: the open is only seen
 * after the event loop has polled for I/O, which makes it a probe of when that happened.
 * @param {string} url
 * @returns {{connected: () => boolean, close: () => void}}
 */
function connectProbe(url) {
	const { hostname, port } = new URL(url);
	let open = false;
	const socket = net.connect(Number(port), hostname, () => {
		open = true;
	});
	socket.on('error', () => undefined);
	return { connected: () => open, close: () => socket.destroy() };
}

module.exports = { startLocalServer, connectProbe };
