// @ts-check
/**
 * End-to-end runner: a pinned real n8n loads the five platform packages (packed as they are
 * published) side by side from its community-node folder and runs the workflows of every case in
 * e2e/cases/*.mjs.
 *
 *   node e2e/run.mjs [filter ...] [--keep] [--n8n=<version>]
 *
 * --n8n (or E2E_N8N_VERSION) picks the n8n to run on, one of RUNTIMES in lib/install.mjs: the
 * newest (the default) or the oldest version the package supports; each has its own cache folder.
 * A filter keeps the cases whose file or case name contains it. --keep (or E2E_KEEP=1) keeps
 * the run folder under .cache/e2e/ for inspection; it is also kept whenever a case fails.
 * The last line printed is always "N passed, N failed"; the exit code is non-zero on any failure.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { CACHE_DIR, PINS, REPO_ROOT, ensureRuntime } from './lib/install.mjs';
import { packPlatforms, packageVars } from './lib/pack.mjs';
import {
	cloneUserFolder,
	freePort,
	killAllChildren,
	nodeOutput,
	prepareUserFolder,
	runError,
	startCaptureServer,
} from './lib/n8n.mjs';

const CASES_DIR = fileURLToPath(new URL('./cases/', import.meta.url));
const SANDBOX_MODULE = path.join(REPO_ROOT, 'sandbox', 'server.mjs');
const DEFAULT_CASE_TIMEOUT_MS = 5 * 60_000;

/**
 * @typedef {import('./lib/n8n.mjs').N8nHome} N8nHome
 * @typedef {import('./lib/n8n.mjs').N8nServer} N8nServer
 * @typedef {import('./lib/n8n.mjs').CaptureServer} CaptureServer
 * @typedef {import('./lib/n8n.mjs').Run} Run
 * @typedef {import('./lib/n8n.mjs').StartOptions} StartOptions
 * @typedef {{url: string, close: () => Promise<void> | void, [key: string]: unknown}} Sandbox
 * @typedef {(opts: Record<string, unknown> & {port: number, host: string}) => Promise<Sandbox>} SandboxStarter
 */

/**
 * What a case module exports.
 * @typedef {object} CaseModule
 * @property {string} name
 * @property {string} [skip]      when set, the case is reported as skipped with this reason
 * @property {string} [package]   tarball to install instead of the five platform packages
 * @property {Array<string | object>} [credentials]  JSON files (relative to the case file) or inline
 *   objects, imported before run(); `__E2E_SANDBOX_URL__`, `__E2E_CAPTURE_URL__` and
 *   `__E2E_PACKAGE_<PLATFORM>__` (a platform's package name, for node types, e.g.
 *   `__E2E_PACKAGE_STRIPE__`) are filled in; with `package`, `__E2E_PACKAGE__` is that package
 * @property {Array<string | object>} [workflows]    same; those with "active": true are published
 * @property {Record<string, unknown> | false} [sandboxOptions]  extra options for startSandbox
 *   (e.g. `{providers: ['stripe']}`), or false when the case needs no sandbox
 * @property {number} [timeoutMs] limit for the whole case (default 5 minutes)
 * @property {(ctx: CaseContext) => Promise<void>} run
 */

/**
 * What run(ctx) receives, apart from `assert`.
 * @typedef {object} CaseContextBase
 * @property {string} name
 * @property {string} caseFile
 * @property {string} userFolder      this case's own N8N_USER_FOLDER
 * @property {string} packageName   the installed packages' names, joined by ", "
 * @property {string} n8nVersion      the n8n the suite runs on (see RUNTIMES in lib/install.mjs)
 * @property {string[]} nodeTypes     node types n8n loaded from the packages
 * @property {string | undefined} sandboxUrl  base URL of sandbox/server.mjs, when the repo has one
 * @property {Sandbox | undefined} sandbox
 * @property {string} captureUrl
 * @property {CaptureServer} capture
 * @property {Record<string, string>} vars  placeholder values (SANDBOX_URL, CAPTURE_URL, PACKAGE_<PLATFORM>)
 * @property {(input: string | object, vars?: Record<string, string>) => Promise<string[]>} importCredentials
 * @property {(input: string | object, vars?: Record<string, string>) => Promise<string[]>} importWorkflow
 * @property {(id: string) => Promise<void>} publishWorkflow
 * @property {(id: string) => Promise<Run>} execute  `n8n execute --id`; resolves with the run also when it failed
 * @property {typeof nodeOutput} output
 * @property {typeof runError} runError
 * @property {(opts?: StartOptions) => Promise<N8nServer>} startN8n  stopped automatically after the case
 * @property {(...args: unknown[]) => void} log
 */

/**
 * What run(ctx) receives; `assert` is node:assert/strict, typed in this form so that TypeScript
 * accepts `ctx.assert.ok(...)` as an assertion.
 * @typedef {CaseContextBase & {assert: typeof import('node:assert/strict')}} CaseContext
 */

/** @param {string} line */
function say(line) {
	process.stdout.write(`${line}\n`);
}

/** @param {unknown} error */
function describe(error) {
	if (error instanceof Error) return error.stack && !(error instanceof assert.AssertionError) ? error.stack : error.message;
	return String(error);
}

/** @param {string} text @param {string} prefix */
function indent(text, prefix = '    ') {
	return text
		.split('\n')
		.map((l) => prefix + l)
		.join('\n');
}

/**
 * @param {string[]} filters
 * @returns {Promise<Array<{file: string, module?: CaseModule, loadError?: unknown}>>}
 */
async function discoverCases(filters) {
	if (!existsSync(CASES_DIR)) return [];
	const files = (await readdir(CASES_DIR)).filter((f) => f.endsWith('.mjs')).sort();
	/** @type {Array<{file: string, module?: CaseModule, loadError?: unknown}>} */
	const found = [];
	for (const file of files) {
		const full = path.join(CASES_DIR, file);
		try {
			/** @type {any} */
			const mod = await import(pathToFileURL(full).href);
			const candidate = mod.default ?? mod;
			if (typeof candidate.name !== 'string' || typeof candidate.run !== 'function') {
				throw new Error('a case module exports { name, run(ctx) } (and optionally credentials, workflows, package, skip)');
			}
			/** @type {CaseModule} */
			const module = candidate;
			if (filters.length > 0 && !filters.some((f) => file.includes(f) || module.name.includes(f))) continue;
			found.push({ file: full, module });
		} catch (loadError) {
			if (filters.length > 0 && !filters.some((f) => file.includes(f))) continue;
			found.push({ file: full, loadError });
		}
	}
	return found;
}

/** Loads sandbox/server.mjs when the repository has one. */
async function loadSandboxStarter() {
	if (!existsSync(SANDBOX_MODULE)) return undefined;
	const mod = await import(pathToFileURL(SANDBOX_MODULE).href);
	if (typeof mod.startSandbox !== 'function') throw new Error(`${path.relative(REPO_ROOT, SANDBOX_MODULE)} does not export startSandbox`);
	return /** @type {SandboxStarter} */ (mod.startSandbox);
}

/** @param {string} caseFile @param {string | object} input */
function resolveInput(caseFile, input) {
	return typeof input === 'string' ? path.resolve(path.dirname(caseFile), input) : input;
}

/** @param {string} name */
function folderName(name) {
	return name.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 60) || 'case';
}

/**
 * @template T
 * @param {Promise<T>} promise @param {number} ms @param {string} what
 * @returns {Promise<T>}
 */
async function withTimeout(promise, ms, what) {
	/** @type {NodeJS.Timeout | undefined} */
	let timer;
	try {
		return await Promise.race([
			promise,
			new Promise((_, reject) => {
				timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
			}),
		]);
	} finally {
		clearTimeout(timer);
	}
}

/**
 * Prepares one case's user folder, servers and imports, runs it and always cleans up after it.
 * @param {{file: string, module: CaseModule}} entry
 * @param {N8nHome} base
 * @param {string} runDir
 * @param {SandboxStarter | undefined} startSandbox
 * @param {Record<string, string>} packages  placeholder values naming the installed packages
 */
async function runCase(entry, base, runDir, startSandbox, packages) {
	const { module, file } = entry;
	/** @type {N8nServer[]} */
	const servers = [];
	/** @type {Sandbox | undefined} */
	let sandbox;
	const captureServer = await startCaptureServer();
	try {
		if (startSandbox && module.sandboxOptions !== false) {
			sandbox = await startSandbox({ ...module.sandboxOptions, port: await freePort(), host: '127.0.0.1' });
		}
		const home = await cloneUserFolder(base, path.join(runDir, folderName(module.name)));
		/** @type {Record<string, string>} */
		const vars = {
			CAPTURE_URL: captureServer.url,
			...packages,
			...(sandbox ? { SANDBOX_URL: sandbox.url } : {}),
		};
		const credentials = (module.credentials ?? []).map((c) => resolveInput(file, c));
		const workflows = (module.workflows ?? []).map((w) => resolveInput(file, w));
		for (const input of credentials) await home.importCredentials(input, vars);
		for (const input of workflows) await home.importWorkflow(input, vars);
		/** @type {CaseContext} */
		const ctx = {
			name: module.name,
			caseFile: file,
			userFolder: home.userFolder,
			packageName: home.packageName,
			n8nVersion: PINS.n8n,
			nodeTypes: home.nodeTypes,
			sandboxUrl: sandbox?.url,
			sandbox,
			captureUrl: captureServer.url,
			capture: captureServer,
			vars,
			importCredentials: (input, extra) => home.importCredentials(resolveInput(file, input), { ...vars, ...extra }),
			importWorkflow: (input, extra) => home.importWorkflow(resolveInput(file, input), { ...vars, ...extra }),
			publishWorkflow: (id) => home.publishWorkflow(id),
			execute: (id) => home.execute(id),
			output: nodeOutput,
			runError,
			startN8n: async (opts) => {
				const server = await home.start(opts);
				servers.push(server);
				return server;
			},
			assert,
			log: (...args) => say(indent(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '), '    | ')),
		};
		await withTimeout(module.run(ctx), module.timeoutMs ?? DEFAULT_CASE_TIMEOUT_MS, `case "${module.name}"`);
	} finally {
		for (const server of servers) await server.stop().catch(() => undefined);
		await captureServer.close().catch(() => undefined);
		if (sandbox) await Promise.resolve(sandbox.close()).catch(() => undefined);
	}
}

let passed = 0;
let failed = 0;

function finish() {
	say(`${passed} passed, ${failed} failed`);
	process.exitCode = failed > 0 ? 1 : 0;
}

async function main() {
	const argv = process.argv.slice(2);
	const keep = argv.includes('--keep') || process.env.E2E_KEEP === '1';
	const filters = argv.filter((a) => !a.startsWith('--'));

	const discovered = await discoverCases(filters);
	if (filters.length > 0 && discovered.length === 0) {
		say(`[e2e] no case matches ${filters.join(', ')}`);
		failed = 1;
		return finish();
	}
	/** @type {Array<{file: string, module: CaseModule}>} */
	const runnable = [];
	for (const entry of discovered) {
		const label = path.basename(entry.file);
		if (!entry.module) {
			failed++;
			say(`FAIL ${label} (does not load)\n${indent(describe(entry.loadError))}`);
		} else if (entry.module.skip) {
			say(`skip ${entry.module.name}: ${entry.module.skip}`);
		} else {
			runnable.push({ file: entry.file, module: entry.module });
		}
	}
	if (runnable.length === 0) {
		say('[e2e] no runnable case');
		return finish();
	}

	const started = Date.now();
	say(`[e2e] n8n ${PINS.n8n} on Node ${PINS.node}`);
	await ensureRuntime();
	await mkdir(CACHE_DIR, { recursive: true });
	for (const old of await readdir(CACHE_DIR)) {
		const owner = /^run-.*-(\d+)$/.exec(old);
		// Folders of earlier runs are only kept for inspection; one of a run still going is not ours.
		if (owner && !isRunning(Number(owner[1]))) await rm(path.join(CACHE_DIR, old), { recursive: true, force: true });
	}
	const runDir = path.join(CACHE_DIR, `run-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
	await mkdir(runDir, { recursive: true });

	/** @type {Map<string, {home: N8nHome, vars: Record<string, string>}>} */
	const bases = new Map();
	const needsRepo = runnable.some((c) => !c.module.package);
	if (needsRepo) {
		const packed = await packPlatforms();
		bases.set('', { home: await prepareBase(packed.map((p) => p.tarball), runDir, 0), vars: packageVars(packed) });
	}
	let index = 1;
	for (const entry of runnable) {
		const tarball = entry.module.package;
		if (tarball && !bases.has(tarball)) {
			const home = await prepareBase([path.resolve(tarball)], runDir, index++);
			bases.set(tarball, { home, vars: { PACKAGE: home.packageName } });
		}
	}
	const startSandbox = runnable.some((c) => c.module.sandboxOptions !== false) ? await loadSandboxStarter() : undefined;
	say(`[e2e] setup took ${((Date.now() - started) / 1000).toFixed(1)}s`);

	for (const entry of runnable) {
		const caseStarted = Date.now();
		const base = /** @type {{home: N8nHome, vars: Record<string, string>}} */ (bases.get(entry.module.package ?? ''));
		try {
			await runCase(entry, base.home, runDir, startSandbox, base.vars);
			passed++;
			say(`ok   ${entry.module.name} (${((Date.now() - caseStarted) / 1000).toFixed(1)}s)`);
		} catch (error) {
			failed++;
			say(`FAIL ${entry.module.name} (${((Date.now() - caseStarted) / 1000).toFixed(1)}s)\n${indent(describe(error))}`);
		}
	}
	if (failed === 0 && !keep) await rm(runDir, { recursive: true, force: true });
	else say(`[e2e] run folder kept: ${path.relative(REPO_ROOT, runDir)}`);
	finish();
}

/** @param {number} pid */
function isRunning(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
	}
}

/** @param {string[]} tarballs @param {string} runDir @param {number} n */
async function prepareBase(tarballs, runDir, n) {
	const t = Date.now();
	const home = await prepareUserFolder({ tarballs, userFolder: path.join(runDir, `base-${n}`) });
	say(`[e2e] ${home.packageName} installed in one n8n; it loaded ${home.nodeTypes.join(', ')} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
	return home;
}

main().catch((error) => {
	killAllChildren();
	say(`[e2e] ${describe(error)}`);
	failed++;
	finish();
});
