// @ts-check
/**
 * The main job on a fresh machine: build and pack the package, start the local API emulator and
 * a local n8n (pinned, on Node 24) with the package installed, one ready credential per platform
 * pointing at the emulator and example workflows, then print the editor URL and login.
 * Everything listens on 127.0.0.1; Ctrl-C stops n8n and the emulator by their process ids.
 *
 *   npm start            (n8n on port 5678 and the emulator on 4010, or free ports if taken)
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { CACHE_DIR, ensureRuntime } from '../e2e/lib/install.mjs';
import { OWNER, freePort, killAllChildren, prepareUserFolder, startN8n } from '../e2e/lib/n8n.mjs';
import { packRepository } from '../e2e/lib/pack.mjs';
import { chain, everyMinute, manualStart } from '../e2e/lib/workflow.mjs';
import { startSandbox } from '../sandbox/server.mjs';
import { demoCredentials, demoSandboxOptions } from './demo-data.mjs';

/** @param {number} preferred */
async function portOr(preferred) {
	const probe = await import('node:net');
	const free = await new Promise((resolve) => {
		const server = probe.createServer().once('error', () => resolve(false));
		server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(true)));
	});
	return free ? preferred : await freePort();
}

/** Example workflows: one lifecycle per platform to run by hand, and an active Quaderno trigger. */
function exampleWorkflows() {
	const cred = (/** @type {string} */ type, /** @type {string} */ id) => ({ [type]: { id, name: `${id} (local emulator)` } });
	const q = cred('quadernoSessionsApi', 'quaderno');
	const urls = { success_url: 'https://shop.example/thanks', cancel_url: 'https://shop.example/cart' };
	return [
		chain('exampleQuaderno', 'Example: Quaderno checkout session', [
			manualStart,
			{ name: 'Create Session', type: 'pkg:quadernoSessions', credentials: q, parameters: { resource: 'checkoutSession', operation: 'create', items: { item: [{ product: 'sku_book', quantity: 1 }] }, ...urls } },
			{ name: 'Get Session', type: 'pkg:quadernoSessions', credentials: q, parameters: { resource: 'checkoutSession', operation: 'get', checkoutSessionId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } } },
		]),
		chain('exampleStripe', 'Example: Stripe checkout session', [
			manualStart,
			{
				name: 'Create Checkout Session',
				type: 'pkg:stripeSessions',
				credentials: cred('stripeSessionsApi', 'stripe'),
				parameters: { resource: 'checkoutSession', operation: 'create', mode: 'payment', additionalFields: { success_url: 'https://shop.example/thanks', line_items: { lineItem: [{ price: 'price_demo', quantity: 1 }] } } },
			},
		]),
		chain('exampleQuadernoWatch', 'Example: when a Quaderno session completes', [
			{ name: 'Session Completed', type: 'pkg:quadernoSessionsTrigger', credentials: q, parameters: { event: 'statusChanged', statuses: ['completed'], pollTimes: everyMinute } },
		], { active: true }),
	];
}

async function main() {
	const say = (/** @type {string} */ line) => process.stdout.write(`${line}\n`);
	say('[start] preparing the pinned n8n runtime (first run: a few minutes)');
	await ensureRuntime();
	const tarball = await packRepository();

	const emulatorPort = await portOr(4010);
	const sandbox = await startSandbox({ port: emulatorPort, host: '127.0.0.1', providers: ['quaderno', 'stripe', 'primer', 'digitalriver', 'gr4vy'], options: demoSandboxOptions() });
	say(`[start] API emulator on ${sandbox.url}`);

	const userFolder = path.join(CACHE_DIR, 'local');
	await mkdir(CACHE_DIR, { recursive: true });
	const home = await prepareUserFolder({ tarball, userFolder });
	const vars = { SANDBOX_URL: sandbox.url, PACKAGE: home.packageName };
	await home.importCredentials(demoCredentials(), vars);
	for (const workflow of exampleWorkflows()) await home.importWorkflow(workflow, vars);

	const port = await portOr(5678);
	const n8n = await startN8n(userFolder, { port });
	await n8n.rest('GET', '/rest/login');
	say('');
	say(`n8n is running: ${n8n.url}   (a fresh local instance with ${home.packageName} installed)`);
	say(`Log in with ${OWNER.email} / ${OWNER.password}`);
	say('Credentials for all five platforms point at the local emulator; open "Example: …" workflows and click "Execute workflow".');
	say(`Move a Quaderno session to "completed" to see the trigger fire:  curl -X POST ${sandbox.url}/__control/quaderno/sessions/1/status -H 'content-type: application/json' -d '{"status":"completed"}'`);
	say('Press Ctrl-C to stop.');

	const stop = async () => {
		await n8n.stop();
		await sandbox.close();
		killAllChildren();
		process.exit(0);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((error) => {
	process.stderr.write(`[start] failed: ${error instanceof Error ? error.stack : String(error)}\n`);
	killAllChildren();
	process.exit(1);
});
