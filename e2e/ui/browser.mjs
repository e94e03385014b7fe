// @ts-check
/**
 * Debian's Chromium, installed when missing and driven headless through playwright-core. The
 * flags keep a browser on a closed network quiet: no background downloads, sync, QUIC or first-run
 * work, each of which would otherwise retry refused connections for the whole run.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';

const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
async function run(command, args, env = process.env) {
	await new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
	});
}

/** Installs Debian's chromium package when the browser is missing (needs root, as in CI). */
export async function ensureChromium() {
	if (existsSync(CHROMIUM)) return;
	process.stdout.write('[ui] installing Debian\'s chromium (apt-get)\n');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	await run('apt-get', ['update'], env);
	await run('apt-get', ['install', '-y', 'chromium'], env);
	if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but ${CHROMIUM} is missing`);
}

/**
 * Launches headless Chromium with a fresh profile folder under `workDir`, removed on close.
 * @param {string} workDir
 * (Playwright takes the profile folder as launchPersistentContext's argument, not as a flag.)
 * @returns {Promise<{context: import('playwright-core').BrowserContext, close: () => Promise<void>}>}
 */
export async function launchChromium(workDir) {
	const { chromium } = await import('playwright-core');
	const profile = await mkdtemp(path.join(workDir, 'chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: FLAGS,
		viewport: { width: 1280, height: 800 },
	});
	return {
		context,
		close: async () => {
			await context.close().catch(() => undefined);
			await rm(profile, { recursive: true, force: true });
		},
	};
}
