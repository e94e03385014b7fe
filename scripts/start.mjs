// @ts-check
/**
 * The main job: build and pack the five platform packages, start the local API emulator and a
 * local n8n (pinned, on Node 24) with all five installed, one ready credential per platform pointing at the
 * emulator and example workflows for all five platforms, then print the editor URL and login.
 * Everything listens on 127.0.0.1. The n8n instance keeps its workflows, credentials and
 * executions between runs; `--fresh` starts from an empty one.
 *
 *   npm start                (n8n on port 5678 and the emulator on 4010, or free ports if taken)
 *   npm start -- --fresh     (throw away the local instance first)
 *
 * Ctrl-C, or SIGINT/SIGTERM to this process or to the npm process that started it, stops n8n
 * gracefully and then the emulator.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { CACHE_DIR, REPO_ROOT, ensureRuntime } from '../e2e/lib/install.mjs';
import { OWNER, freePort, killAllChildren, migrateNodeTypes, onShutdown, prepareUserFolder, startN8n } from '../e2e/lib/n8n.mjs';
import { packPlatforms, packageVars } from '../e2e/lib/pack.mjs';
import { startSandbox } from '../sandbox/server.mjs';
import { demoCredentials, demoSandboxOptions } from './demo-data.mjs';
import { exampleWorkflows, seedTriggerDemo } from './examples.mjs';

const say = (/** @type {string} */ line) => process.stdout.write(`${line}\n`);

/**
 * The preferred port when it is free, otherwise any free one, saying so.
 * @param {number} preferred
 * @param {string} what
 */
async function portOr(preferred, what) {
	const probe = await import('node:net');
	const free = await new Promise((resolve) => {
		const server = probe.createServer().once('error', () => resolve(false));
		server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(true)));
	});
	if (free) return preferred;
	const port = await freePort();
	say(`[start] port ${preferred} is taken; ${what} uses port ${port} instead`);
	return port;
}

/**
 * The npm script starts this file with `exec`, so a SIGINT or SIGTERM sent to the npm process
 * reaches it (npm forwards both to its child; a plain `sh -c` in between would swallow them).
 * When npm itself is killed outright, the new parent is the sign to stop.
 * @param {() => void} stop
 */
function stopWhenOrphaned(stop) {
	const parent = process.ppid;
	const timer = setInterval(() => {
		if (process.ppid !== parent) {
			clearInterval(timer);
			stop();
		}
	}, 500);
	timer.unref();
}

async function main() {
	const fresh = process.argv.includes('--fresh');
	const userFolder = path.join(CACHE_DIR, 'local');
	const database = path.join(userFolder, '.n8n', 'database.sqlite');
	const examplesRecord = path.join(userFolder, 'examples-offered.json');
	const logFile = path.join(userFolder, 'n8n.log');
	const keep = !fresh && existsSync(database);

	say('[start] preparing the pinned n8n runtime (first run: several minutes)');
	await ensureRuntime();
	const packed = await packPlatforms(path.join(CACHE_DIR, 'local-packages'));

	const emulatorPort = await portOr(4010, 'the API emulator');
	const sandbox = await startSandbox({ port: emulatorPort, host: '127.0.0.1', providers: ['quaderno', 'stripe', 'primer', 'digitalriver', 'gr4vy'], options: demoSandboxOptions() });
	say(`[start] API emulator on ${sandbox.url} (its data lives in memory and starts empty every run)`);

	await mkdir(CACHE_DIR, { recursive: true });
	say(keep ? `[start] reusing the local n8n instance in ${userFolder} (npm start -- --fresh starts an empty one)` : `[start] creating a fresh local n8n instance in ${userFolder}`);
	const home = await prepareUserFolder({ tarballs: packed.map((p) => p.tarball), userFolder, keep });
	const vars = { SANDBOX_URL: sandbox.url, ...packageVars(packed) };
	if (keep) {
		// An instance made with the all-in-one build names its node types; the five packages replaced it.
		const allInOne = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')).name;
		const migrated = await migrateNodeTypes(home, allInOne);
		if (migrated.length > 0) say(`[start] ${migrated.length} workflow(s) now use the platform packages instead of ${allInOne}`);
	}
	// The demo credentials are imported every time: the emulator's keys and port are new each run.
	await home.importCredentials(demoCredentials(), vars);
	// An example is imported once: one the user changed is kept, one the user deleted stays deleted.
	/** @type {string[]} */
	const offered = keep && existsSync(examplesRecord) ? JSON.parse(await readFile(examplesRecord, 'utf8')) : [];
	const present = new Set((await home.cli(['list:workflow'])).logs.map((entry) => entry.message.split('|')[0]));
	for (const workflow of exampleWorkflows()) {
		if (offered.includes(workflow.id) || present.has(workflow.id)) continue;
		await home.importWorkflow(workflow, vars);
		offered.push(workflow.id);
		await writeFile(examplesRecord, JSON.stringify(offered));
	}
	const fireCommands = seedTriggerDemo(sandbox);

	const port = await portOr(5678, 'n8n');
	await writeFile(logFile, '', { flag: 'a' });
	const n8n = await startN8n(userFolder, { port, logFile });
	await n8n.rest('GET', '/rest/login');

	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		say('[start] stopping n8n and the emulator ...');
		await n8n.stop();
		await sandbox.close();
		killAllChildren();
		process.exit(0);
	};
	onShutdown(() => void stop());
	stopWhenOrphaned(() => void stop());

	say('');
	say(`n8n is running: ${n8n.url}`);
	say(`Installed: ${home.packageName}`);
	say(`Log in with ${OWNER.email} / ${OWNER.password}`);
	say(`n8n's log: ${logFile}`);
	say('Credentials for all five platforms point at the local emulator. Open an "Example: …" workflow and click "Execute workflow".');
	say('The "Example: when …" workflows are active and poll every minute; each of these makes its trigger fire at its next poll:');
	for (const { platform, command } of fireCommands) say(`  ${platform.padEnd(13)} ${command}`);
	say('Press Ctrl-C to stop.');
}

main().catch((error) => {
	process.stderr.write(`[start] failed: ${error instanceof Error ? error.stack : String(error)}\n`);
	killAllChildren();
	process.exit(1);
});
