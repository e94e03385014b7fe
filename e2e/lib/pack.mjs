// @ts-check
/*
 * Builds the repository and packs it the way it would be published, for the end-to-end suite,
 * the local start script and the benchmark.
 */
import { spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';

import { CACHE_DIR, REPO_ROOT } from './install.mjs';

/** @param {string} line */
function say(line) {
	process.stdout.write(`${line}\n`);
}

/**
 * Runs a command with inherited output; rejects when it fails.
 * @param {string} command @param {string[]} args @param {string} cwd
 */
async function run(command, args, cwd) {
	await new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
	});
}

/**
 * Runs a command and returns its stdout; rejects with stderr when it fails.
 * @param {string} command @param {string[]} args @param {string} cwd
 */
async function capture(command, args, cwd) {
	return await new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.on('data', (c) => (out += c));
		child.stderr.on('data', (c) => (err += c));
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${err}`))));
	});
}

/**
 * Builds the repository and packs it the way it would be published; returns the tarball path.
 * @param {string} [destination]  folder for the tarball (emptied first); callers that may run
 *   beside the end-to-end suite pass their own, so neither deletes the other's tarball
 */
export async function packRepository(destination = path.join(CACHE_DIR, 'packages')) {
	await rm(destination, { recursive: true, force: true });
	await mkdir(destination, { recursive: true });
	say('[e2e] npm run build');
	await run('npm', ['run', 'build'], REPO_ROOT);
	// The build just ran; --ignore-scripts keeps prepack from running it a second time.
	const json = await capture('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], REPO_ROOT);
	const [info] = JSON.parse(json);
	const tarball = path.join(destination, info.filename);
	say(`[e2e] packed ${path.relative(REPO_ROOT, tarball)} (${info.entryCount} files)`);
	return tarball;
}

