// @ts-check
'use strict';

/*
 * Starts the local API emulator for a jest test file, in-process. CommonJS because the strict
 * n8n lint forbids Node built-ins and dynamic imports of tooling in `.ts` files; the emulator is
 * an ES module, loaded through the dynamic import jest allows under --experimental-vm-modules.
 */

const path = require('node:path');

/**
 * @typedef {object} SandboxHandle
 * @property {string} url
 * @property {Array<Record<string, any>>} requests  live request log
 * @property {(name: string) => any} provider
 * @property {() => void} reset
 * @property {(rules: unknown[]) => void} setFaults
 * @property {() => Promise<void>} close
 */

/**
 * Starts the emulator on 127.0.0.1 with the given providers.
 * @param {{ providers?: string[], options?: Record<string, unknown> }} [opts]
 * @returns {Promise<SandboxHandle>}
 */
async function startSandbox(opts = {}) {
	const server = await import(path.join(__dirname, '..', '..', 'sandbox', 'server.mjs'));
	return await server.startSandbox({ port: 0, host: '127.0.0.1', providers: opts.providers ?? ['quaderno'], options: opts.options ?? {} });
}

module.exports = { startSandbox };
