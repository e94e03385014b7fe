// @ts-check
// Local, stateful emulator of the payment-session APIs, driven by schemas/<provider>/.
// Each provider lives in providers/<id>.mjs and is served under /<id>; /__control is for tests.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { handleApiRequest, handleUnknown, mountProvider } from './lib/api.mjs';
import { CONTROL_PREFIX, createControlHandler } from './lib/control.mjs';
import { createFaults } from './lib/faults.mjs';
import { HttpError, readBody, send } from './lib/http.mjs';
import { createRequestLog } from './lib/log.mjs';

/** @typedef {import('./lib/types.mjs').FaultRule} FaultRule */
/** @typedef {import('./lib/types.mjs').LogEntry} LogEntry */
/** @typedef {import('./lib/types.mjs').ProviderController} ProviderController */

/**
 * @typedef {object} SandboxOptions
 * @property {number} [seed]    seed of the fault PRNG (default 1)
 * @property {number} [maxLog]  newest log entries kept (default 20000)
 * @property {Record<string, any>} [quaderno]  e.g. `{ apiKey, rateLimit: { requests, perSeconds } }`
 */

/**
 * @typedef {object} Sandbox
 * @property {string} url   `http://127.0.0.1:<port>`
 * @property {number} port
 * @property {() => Promise<void>} close
 * @property {LogEntry[]} requests  live request log (cleared in place by reset)
 * @property {(name: string) => ProviderController} provider
 * @property {() => void} reset  clears every provider's state, the log and the fault rules
 * @property {(rules: FaultRule[]) => void} setFaults
 */

/** The only interface the sandbox may listen on: it accepts any test key and must stay local. */
const LOOPBACK = '127.0.0.1';

/**
 * Starts the sandbox on 127.0.0.1 and resolves once it accepts connections.
 * @param {{ port?: number, host?: string, providers?: string[], options?: SandboxOptions }} [config]
 * @returns {Promise<Sandbox>}
 */
export async function startSandbox({ port = 0, host = LOOPBACK, providers = ['quaderno'], options = {} } = {}) {
	if (host !== LOOPBACK) throw new Error(`The sandbox only binds to ${LOOPBACK}, not ${host}`);
	let origin = '';
	const log = createRequestLog({ max: options.maxLog });
	const faults = createFaults({ seed: options.seed });
	const closing = new AbortController();

	/** @type {Map<string, import('./lib/api.mjs').MountedProvider>} */
	const mounted = new Map();
	for (const id of providers) {
		const opts = /** @type {Record<string, any>} */ (options)[id] ?? {};
		mounted.set(id, await mountProvider(id, { options: opts, origin: () => origin }));
	}

	function reset() {
		for (const host of mounted.values()) host.instance.controller.reset();
		log.clear();
		faults.reset();
	}

	const control = createControlHandler({ reset, log, faults, providers: mounted });
	const deps = { log, faults, signal: closing.signal };

	const server = createServer((req, res) => {
		serve(req, res).catch((err) => {
			console.error('[sandbox]', err);
			send(res, { status: 500, body: { error: 'Internal sandbox error' } });
		});
	});

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 */
	async function serve(req, res) {
		const at = new Date().toISOString();
		const url = new URL(req.url ?? '/', origin);
		/** @type {Buffer} */
		let raw;
		try {
			raw = await readBody(req);
		} catch (err) {
			const status = err instanceof HttpError ? err.status : 400;
			send(res, { status, body: { error: err instanceof Error ? err.message : 'Bad request' } });
			return;
		}
		const path = url.pathname;
		if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
			send(res, await control(req.method ?? 'GET', url, raw, req.headers['content-type']));
			return;
		}
		const host = mounted.get(path.split('/')[1]);
		if (host) await handleApiRequest(host, { req, res, url, raw, at }, deps);
		else handleUnknown({ req, res, url, raw, at }, deps);
	}

	await new Promise((resolveListen, rejectListen) => {
		server.once('error', rejectListen);
		server.listen(port, LOOPBACK, () => {
			server.off('error', rejectListen);
			resolveListen(undefined);
		});
	});
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	origin = `http://${LOOPBACK}:${address.port}`;

	let closed = false;
	return {
		url: origin,
		port: address.port,
		requests: log.entries,
		provider(name) {
			const host = mounted.get(name);
			if (!host) throw new Error(`Provider ${name} is not mounted in this sandbox`);
			return host.instance.controller;
		},
		reset,
		setFaults(rules) {
			faults.set(rules);
		},
		close() {
			if (closed) return Promise.resolve();
			closed = true;
			closing.abort();
			return new Promise((resolveClose, rejectClose) => {
				server.close((err) => (err ? rejectClose(err) : resolveClose()));
				// Keep-alive sockets of finished clients would otherwise hold close() open.
				server.closeAllConnections();
			});
		},
	};
}

/** Runs the sandbox as a process: prints one JSON line with url, port and pid, stops on a signal. */
async function main() {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: '0' },
			providers: { type: 'string', default: 'quaderno' },
			seed: { type: 'string' },
			options: { type: 'string' },
		},
	});
	/** @type {SandboxOptions} */
	const options = values.options ? JSON.parse(values.options) : {};
	if (values.seed !== undefined) options.seed = Number(values.seed);
	const sandbox = await startSandbox({
		port: Number(values.port),
		providers: values.providers.split(',').map((p) => p.trim()).filter(Boolean),
		options,
	});
	process.stdout.write(`${JSON.stringify({ url: sandbox.url, port: sandbox.port, pid: process.pid })}\n`);
	const stop = () => {
		sandbox.close().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.once('SIGTERM', stop);
	process.once('SIGINT', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().catch((err) => {
		console.error(err instanceof Error ? err.message : err);
		process.exit(1);
	});
}
