// @ts-check
/**
 * The n8n the UI suite drives: the pinned runtime with the five platform packages, the emulator with
 * the example credentials of `npm start` pointing at it, and its example workflows.
 */
import path from 'node:path';

import { CACHE_DIR, ensureRuntime } from '../lib/install.mjs';
import { freePort, prepareUserFolder, startN8n } from '../lib/n8n.mjs';
import { packageVars, packPlatforms } from '../lib/pack.mjs';
import { startSandbox } from '../../sandbox/server.mjs';
import { demoCredentials, demoSandboxOptions } from '../../scripts/demo-data.mjs';
import { exampleWorkflows } from '../../scripts/examples.mjs';

export const UI_DIR = path.join(CACHE_DIR, 'ui');

/**
 * Builds, installs and starts everything; `close` stops n8n and the emulator.
 * @returns {Promise<{url: string, userFolder: string, examples: Array<{id: string, name: string}>, close: () => Promise<void>}>}
 */
export async function startInstance() {
	await ensureRuntime();
	// Its own tarball folder, so a concurrent e2e run or `npm start` keeps its own.
	const packed = await packPlatforms(path.join(UI_DIR, 'packages'));
	const options = demoSandboxOptions();
	const sandbox = await startSandbox({ port: await freePort(), host: '127.0.0.1', providers: Object.keys(options), options });
	try {
		const home = await prepareUserFolder({ tarballs: packed.map((p) => p.tarball), userFolder: path.join(UI_DIR, 'n8n') });
		const vars = { SANDBOX_URL: sandbox.url, ...packageVars(packed) };
		await home.importCredentials(demoCredentials(), vars);
		// The lifecycle examples only: an active trigger would poll and add executions mid-run.
		const examples = exampleWorkflows().filter((w) => !w.active);
		for (const workflow of examples) await home.importWorkflow(workflow, vars);
		const n8n = await startN8n(home.userFolder, { logFile: path.join(UI_DIR, 'n8n.log') });
		// The first authenticated call creates the owner account the browser signs in with.
		await n8n.rest('GET', '/rest/login');
		return {
			url: n8n.url,
			userFolder: home.userFolder,
			examples: examples.map((w) => ({ id: String(w.id), name: String(w.name) })),
			close: async () => {
				await n8n.stop().catch(() => undefined);
				await sandbox.close();
			},
		};
	} catch (error) {
		await sandbox.close();
		throw error;
	}
}
