// @ts-check
/**
 * Drives a real, pinned n8n (installed by install.mjs) from tests: isolated user folders with a
 * packed community package installed the way n8n installs one, CLI imports, `n8n execute`, and a
 * short-lived `n8n start` bound to 127.0.0.1 whose trigger executions are read back over its REST
 * API. Every child process runs in its own process group and is killed by id when the test
 * process ends, however it ends.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

import { PINS, runtimePaths } from './install.mjs';

/** Fixed key so credentials imported by one n8n process decrypt in the next; test data only. */
export const E2E_ENCRYPTION_KEY = 'e2e-only-key-not-a-secret-0123456789';

/** Owner account created on a fresh `n8n start` (the REST API and the local start script sign in with it). */
export const OWNER = Object.freeze({
	email: 'e2e-owner@example.com',
	firstName: 'E2E',
	lastName: 'Owner',
	password: 'E2e-owner-password-1',
});

const HOST = '127.0.0.1';

/**
 * n8n 1.x has no "publish" yet (it activates with `update:workflow --active=true` and has no
 * publication status) and refuses to start when a module it does not know is disabled.
 */
const N8N_1 = Number(PINS.n8n.split('.')[0]) < 2;

/** 1.x's import:workflow logs these as errors for every new workflow, then imports it fine. */
const N8N_1_IMPORT_NOISE = /^(Could not find workflow\s*(\n|$)|Could not remove webhooks of workflow "[^"]*" because of error: "Could not find workflow")/;

/**
 * @typedef {{level: string, message: string, metadata?: Record<string, unknown>}} LogEntry
 * @typedef {{code: number | null, signal: string | null, stdout: string, stderr: string, logs: LogEntry[]}} CliResult
 * @typedef {{json: Record<string, unknown>, pairedItem?: unknown, binary?: unknown}} Item
 * @typedef {{
 *   startTime?: number, executionTime?: number, executionStatus?: string, error?: Record<string, unknown>,
 *   data?: {main?: Array<Item[] | null>}
 * }} TaskData
 * @typedef {{
 *   resultData: {runData: Record<string, TaskData[]>, error?: Record<string, unknown>, lastNodeExecuted?: string},
 *   [key: string]: unknown
 * }} RunExecutionData
 * @typedef {{data: RunExecutionData, status: string, mode: string, finished?: boolean,
 *   startedAt?: string, stoppedAt?: string}} Run
 * @typedef {Run & {id: string, workflowId: string}} StoredExecution
 * @typedef {{method: string, path: string, headers: http.IncomingHttpHeaders, body: unknown, at: number}} CapturedRequest
 */

// ---------------------------------------------------------------------------------------------
// child processes

/** @type {Set<import('node:child_process').ChildProcess>} */
const liveChildren = new Set();
let exitHooksInstalled = false;

/**
 * Signals a child's whole process group (n8n forks its task runner into the same group); when
 * there is no group any more, the child itself through its handle, which is a no-op once it has
 * exited, so a recycled process id is never hit.
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function signalGroup(child, signal) {
	if (child.pid === undefined) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		if (child.exitCode === null && child.signalCode === null) child.kill(signal);
	}
}

/** Kills every n8n process this module started that is still running. */
export function killAllChildren() {
	for (const child of liveChildren) signalGroup(child, 'SIGKILL');
	liveChildren.clear();
}

/** @type {((signal: NodeJS.Signals) => void) | undefined} */
let shutdownHandler;

/**
 * Replaces the default answer to SIGINT/SIGTERM/SIGHUP (kill every n8n at once and exit) with the
 * caller's own, e.g. a graceful stop that lets n8n close its database first.
 * @param {(signal: NodeJS.Signals) => void} handler
 */
export function onShutdown(handler) {
	shutdownHandler = handler;
	installExitHooks();
}

function installExitHooks() {
	if (exitHooksInstalled) return;
	exitHooksInstalled = true;
	process.on('exit', killAllChildren);
	for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
		process.once(signal, () => {
			if (shutdownHandler) return shutdownHandler(signal);
			killAllChildren();
			process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
		});
	}
}

/**
 * @param {string[]} args
 * @param {{cwd: string, env: NodeJS.ProcessEnv}} opts
 */
function spawnN8n(args, opts) {
	const rt = runtimePaths();
	if (!existsSync(rt.nodeBin) || !existsSync(rt.n8nBin)) {
		throw new Error('e2e runtime is not installed: call ensureRuntime() from e2e/lib/install.mjs first');
	}
	installExitHooks();
	const child = spawn(rt.nodeBin, [rt.n8nBin, ...args], {
		cwd: opts.cwd,
		env: opts.env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	// Stays registered after it exits until its group was killed too (see signalGroup).
	liveChildren.add(child);
	return child;
}

/** @param {string} line @returns {LogEntry} */
function parseLogLine(line) {
	if (line.startsWith('{')) {
		try {
			const entry = JSON.parse(line);
			if (entry && typeof entry.message === 'string') return entry;
		} catch {
			// not one of n8n's JSON log lines
		}
	}
	return { level: 'raw', message: line };
}

/** Parses n8n's JSON-per-line console output (N8N_LOG_FORMAT=json) into log entries. */
export function parseLogs(/** @type {string} */ stdout) {
	return stdout
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map(parseLogLine);
}

/** Log lines n8n prints on every start that never explain a failure. */
const NOISE = [/migration/i, /^\[[A-Za-z]+\d{13}\]/, /Python task runner/, /deprecations related to your n8n setup/, /^=+$/];

/**
 * The last meaningful log lines, for error messages: what n8n said right before it failed.
 * @param {LogEntry[]} logs @param {number} [count]
 */
function errorTail(logs, count = 15) {
	return logs
		.filter((l) => l.level !== 'debug' && !NOISE.some((re) => re.test(l.message)))
		.slice(-count)
		.map((l) => `  [${l.level}] ${l.message.split('\n').slice(0, 6).join('\n    ')}`)
		.join('\n');
}

/** Resolves with a TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort() {
	return await new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, HOST, () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/**
 * Environment for one n8n process. The caller's own N8N_* / DB_* settings are dropped so a
 * developer's local n8n configuration cannot leak into the test instance.
 * @param {string} userFolder
 * @param {Record<string, string>} [extra]
 * @returns {NodeJS.ProcessEnv}
 */
export function n8nEnv(userFolder, extra = {}) {
	const rt = runtimePaths();
	/** @type {NodeJS.ProcessEnv} */
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^(N8N_|DB_|EXECUTIONS_|QUEUE_|GENERIC_TIMEZONE$|NODE_OPTIONS$|NODE_ENV$)/.test(key)) continue;
		env[key] = value;
	}
	// n8n puts scratch folders (e.g. data table uploads) into the OS temp folder; keep them in
	// the run folder so nothing outlives the test.
	const tmp = path.join(userFolder, 'tmp');
	mkdirSync(tmp, { recursive: true });
	return {
		...env,
		PATH: `${path.dirname(rt.nodeBin)}${path.delimiter}${process.env.PATH ?? ''}`,
		TMPDIR: tmp,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: E2E_ENCRYPTION_KEY,
		DB_TYPE: 'sqlite',
		// `n8n execute` prints its result through the logger at info level; JSON lines keep
		// the multi-line result in one parseable record.
		N8N_LOG_LEVEL: 'info',
		N8N_LOG_FORMAT: 'json',
		N8N_LOG_OUTPUT: 'console',
		GENERIC_TIMEZONE: 'UTC',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_LISTEN_ADDRESS: HOST,
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: HOST,
		...(N8N_1 ? {} : { N8N_DISABLED_MODULES: 'mcp-registry' }),
		N8N_SECURE_COOKIE: 'false',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
		...extra,
	};
}

/**
 * Runs one n8n CLI command to completion, capturing all of stdout and stderr (n8n is never
 * piped into a reader that could stop early, which would kill it with SIGPIPE).
 * @param {string} userFolder
 * @param {string[]} args
 * @param {{timeoutMs?: number, env?: Record<string, string>, onSpawn?: (pid: number) => void}} [opts]
 *   onSpawn receives the process id right after the start, e.g. to sample its memory from /proc
 * @returns {Promise<CliResult>}
 */
export async function runN8n(userFolder, args, opts = {}) {
	const timeoutMs = opts.timeoutMs ?? 180_000;
	// Commands that execute workflows start a task broker; each process needs its own port.
	const env = n8nEnv(userFolder, { N8N_RUNNERS_BROKER_PORT: String(await freePort()), ...opts.env });
	const child = spawnN8n(args, { cwd: userFolder, env });
	if (child.pid !== undefined) opts.onSpawn?.(child.pid);
	/** @type {Buffer[]} */
	const out = [];
	/** @type {Buffer[]} */
	const err = [];
	child.stdout?.on('data', (chunk) => out.push(chunk));
	child.stderr?.on('data', (chunk) => err.push(chunk));
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		signalGroup(child, 'SIGKILL');
	}, timeoutMs);
	/** @type {[number | null, string | null]} */
	let outcome;
	try {
		outcome = await new Promise((resolve, reject) => {
			child.on('error', reject);
			child.on('close', (c, s) => resolve([c, s]));
		});
	} finally {
		clearTimeout(timer);
		// A command can leave its task runner behind when it exits on an error path.
		signalGroup(child, 'SIGKILL');
		liveChildren.delete(child);
	}
	const [code, signal] = outcome;
	const stdout = Buffer.concat(out).toString('utf8');
	const stderr = Buffer.concat(err).toString('utf8');
	const result = { code, signal, stdout, stderr, logs: parseLogs(stdout) };
	if (timedOut) {
		throw new Error(`n8n ${args[0]} timed out after ${timeoutMs} ms\n${errorTail(result.logs)}\n${stderr.slice(-2000)}`);
	}
	return result;
}

/**
 * Runs an n8n command that must succeed; rejects with n8n's own error lines otherwise.
 * @param {string} userFolder
 * @param {string[]} args
 */
export async function runN8nOk(userFolder, args) {
	const result = await runN8n(userFolder, args);
	const failed = result.logs.some((l) => l.level === 'error' && !(N8N_1 && N8N_1_IMPORT_NOISE.test(l.message)));
	if (result.code !== 0 || failed) {
		throw new Error(
			`n8n ${args.join(' ')} failed (exit ${result.code ?? result.signal})\n${errorTail(result.logs)}\n${result.stderr.slice(-2000)}`,
		);
	}
	return result;
}

// ---------------------------------------------------------------------------------------------
// user folder and community package

/**
 * Replaces `__E2E_<NAME>__` placeholders in a JSON value with `vars[NAME]`; an unknown name is an
 * error so a workflow never silently points at a wrong address.
 * @template T
 * @param {T} value
 * @param {Record<string, string>} vars
 * @returns {T}
 */
export function fillPlaceholders(value, vars) {
	const text = JSON.stringify(value).replace(/__E2E_([A-Z0-9_]+)__/g, (_, name) => {
		if (!(name in vars)) throw new Error(`no value for placeholder __E2E_${name}__ (known: ${Object.keys(vars).join(', ')})`);
		return JSON.stringify(vars[name]).slice(1, -1);
	});
	return JSON.parse(text);
}

/**
 * Loads import data: a JSON file path, or an object / array given inline.
 * @param {string | object} input
 * @returns {Promise<any[]>}
 */
async function loadEntries(input) {
	const value = typeof input === 'string' ? JSON.parse(await readFile(input, 'utf8')) : structuredClone(input);
	return Array.isArray(value) ? value : [value];
}

/** @param {string} tarball */
async function readTarballPackageJson(tarball) {
	const result = await runTool('tar', ['-xzOf', tarball, 'package/package.json']);
	return JSON.parse(result);
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{cwd?: string}} [opts]
 * @returns {Promise<string>}
 */
async function runTool(command, args, opts = {}) {
	return await new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
		/** @type {Buffer[]} */
		const out = [];
		/** @type {Buffer[]} */
		const err = [];
		child.stdout.on('data', (c) => out.push(c));
		child.stderr.on('data', (c) => err.push(c));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
			else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}): ${Buffer.concat(err).toString('utf8')}`));
		});
	});
}

/**
 * Removes installed packages that declare one of the same credential files as the package being
 * installed under another name (e.g. the all-in-one build a kept user folder still holds): n8n
 * files credential types by name alone, so two packages with the same credential cannot load side
 * by side.
 * @param {string} nodesDir  `<userFolder>/.n8n/nodes`
 * @param {string} name      the package being installed
 * @param {string[]} credentials  its n8n.credentials entries
 */
async function removeSupersededPackages(nodesDir, name, credentials) {
	const manifest = path.join(nodesDir, 'package.json');
	if (!existsSync(manifest) || credentials.length === 0) return;
	const current = JSON.parse(await readFile(manifest, 'utf8'));
	const wanted = new Set(credentials.map((c) => path.basename(c)));
	for (const other of Object.keys(current.dependencies ?? {})) {
		if (other === name) continue;
		const otherDir = path.join(nodesDir, 'node_modules', ...other.split('/'));
		const otherPkgFile = path.join(otherDir, 'package.json');
		if (!existsSync(otherPkgFile)) continue;
		/** @type {string[]} */
		const theirs = JSON.parse(await readFile(otherPkgFile, 'utf8')).n8n?.credentials ?? [];
		if (!theirs.some((c) => wanted.has(path.basename(c)))) continue;
		process.stdout.write(`[n8n] removing ${other}: ${name} replaces it (same credential types)\n`);
		await rm(otherDir, { recursive: true, force: true });
		delete current.dependencies[other];
		await writeFile(manifest, JSON.stringify(current, null, 2));
	}
}

/**
 * Installs a packed community package the way n8n 2.x installs one from its UI: unpacked into
 * `<userFolder>/.n8n/nodes/node_modules/<name>`, dev/peer/optional dependencies stripped from its
 * package.json, runtime dependencies (if any) installed next to it, and the package recorded in
 * `<userFolder>/.n8n/nodes/package.json`.
 * @param {string} userFolder
 * @param {string} tarball
 * @returns {Promise<{name: string, version: string, dir: string, nodes: string[], credentials: string[]}>}
 */
export async function installPackage(userFolder, tarball) {
	if (!existsSync(tarball)) throw new Error(`package tarball not found: ${tarball}`);
	const pkg = await readTarballPackageJson(tarball);
	const name = String(pkg.name);
	// n8n only scans node_modules entries with these name shapes.
	if (!/^(@[^/]+\/)?n8n-nodes-/.test(name)) {
		throw new Error(`package name ${name} is not one n8n loads as a community package (n8n-nodes-* or @scope/n8n-nodes-*)`);
	}
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	await removeSupersededPackages(nodesDir, name, pkg.n8n?.credentials ?? []);
	const dir = path.join(nodesDir, 'node_modules', ...name.split('/'));
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	await runTool('tar', ['-xzf', path.resolve(tarball), '-C', dir, '--strip-components=1']);
	const { devDependencies, peerDependencies, optionalDependencies, ...kept } = pkg;
	await writeFile(path.join(dir, 'package.json'), JSON.stringify(kept, null, 2));
	if (kept.dependencies && Object.keys(kept.dependencies).length > 0) {
		await runTool(
			'npm',
			['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', '--install-strategy=shallow', '--bin-links=false'],
			{ cwd: dir },
		);
	}
	const manifest = path.join(nodesDir, 'package.json');
	const current = existsSync(manifest)
		? JSON.parse(await readFile(manifest, 'utf8'))
		: { name: 'installed-nodes', private: true, dependencies: {} };
	current.dependencies = { ...current.dependencies, [name]: String(pkg.version) };
	await writeFile(manifest, JSON.stringify(current, null, 2));
	const n8n = pkg.n8n ?? {};
	return {
		name,
		version: String(pkg.version),
		dir,
		nodes: Array.isArray(n8n.nodes) ? n8n.nodes : [],
		credentials: Array.isArray(n8n.credentials) ? n8n.credentials : [],
	};
}

/** @typedef {{name: string, nodeTypes: string[]}} InstalledPackage */

/**
 * @typedef {object} N8nHome
 * @property {string} userFolder
 * @property {string} packageName  the installed package's name; with several, their names joined by ", "
 * @property {InstalledPackage[]} packages  each installed package with the node types n8n loaded from it
 * @property {string[]} nodeTypes  node types n8n loaded from the packages, e.g. "n8n-nodes-x.foo"
 * @property {(input: string | object, vars?: Record<string, string>) => Promise<string[]>} importCredentials
 * @property {(input: string | object, vars?: Record<string, string>) => Promise<string[]>} importWorkflow
 * @property {(id: string) => Promise<void>} publishWorkflow
 * @property {(id: string) => Promise<Run>} execute
 * @property {(opts?: StartOptions) => Promise<N8nServer>} start
 *   like startN8n; by default also waits until every workflow published through this home is active
 * @property {(args: string[]) => Promise<CliResult>} cli
 * @property {Set<string>} published  ids of workflows published through this home
 */

/** Binds the CLI helpers of this module to one user folder. */
export function homeAt(/** @type {string} */ userFolder, /** @type {{packages?: InstalledPackage[]}} */ info = {}) {
	/** @type {Set<string>} */
	const published = new Set();
	const packages = info.packages ?? [];
	/** @type {N8nHome} */
	const home = {
		userFolder,
		packageName: packages.map((p) => p.name).join(', '),
		packages,
		nodeTypes: packages.flatMap((p) => p.nodeTypes),
		published,
		importCredentials: (input, vars) => importCredentials(userFolder, input, vars),
		importWorkflow: async (input, vars) => {
			const result = await importWorkflow(userFolder, input, vars, home);
			for (const id of result.published) published.add(id);
			return result.ids;
		},
		publishWorkflow: async (id) => {
			await publishWorkflow(userFolder, id);
			published.add(id);
		},
		execute: (id) => executeWorkflow(userFolder, id),
		start: (opts) => startN8n(userFolder, { waitForActivation: [...published], ...opts }),
		cli: (args) => runN8n(userFolder, args),
	};
	return home;
}

/**
 * Creates a user folder with the packages installed (one tarball, or several side by side, as the
 * five platform packages are), runs n8n's database migrations once (via `export:nodes`) and checks
 * that n8n really loaded every node type each package declares. With `keep`, an existing folder
 * keeps its database (workflows, credentials, executions) and only the packages are replaced.
 * @param {{tarball?: string, tarballs?: string[], userFolder: string, keep?: boolean}} opts
 * @returns {Promise<N8nHome>}
 */
export async function prepareUserFolder(opts) {
	const tarballs = opts.tarballs ?? (opts.tarball ? [opts.tarball] : []);
	if (tarballs.length === 0) throw new Error('prepareUserFolder needs a tarball or tarballs');
	const userFolder = path.resolve(opts.userFolder);
	if (!opts.keep) await rm(userFolder, { recursive: true, force: true });
	await mkdir(path.join(userFolder, '.n8n'), { recursive: true });
	const installed = [];
	for (const tarball of tarballs) installed.push(await installPackage(userFolder, tarball));
	const nodesFile = path.join(userFolder, 'nodes-export.json');
	const result = await runN8nOk(userFolder, ['export:nodes', `--output=${nodesFile}`]);
	/** @type {Array<{name: string}>} */
	const types = JSON.parse(await readFile(nodesFile, 'utf8'));
	await rm(nodesFile, { force: true });
	/** @type {InstalledPackage[]} */
	const packages = [];
	for (const pkg of installed) {
		const nodeTypes = [...new Set(types.map((t) => t.name).filter((n) => n.startsWith(`${pkg.name}.`)))];
		if (nodeTypes.length === 0 || nodeTypes.length < pkg.nodes.length) {
			throw new Error(
				`n8n loaded ${nodeTypes.length} node type(s) from ${pkg.name}, package.json declares ${pkg.nodes.length}\n${errorTail(result.logs)}`,
			);
		}
		packages.push({ name: pkg.name, nodeTypes });
	}
	return homeAt(userFolder, { packages });
}

/**
 * Points the workflows of a user folder that use node types of a package that is no longer
 * installed (the all-in-one build a kept instance was made with) at the installed package that has
 * a node of the same name, so they go on working; active ones are published again. Returns the
 * ids of the workflows it changed.
 * @param {N8nHome} home
 * @param {string} fromPackage  the package name the old node types start with
 * @returns {Promise<string[]>}
 */
export async function migrateNodeTypes(home, fromPackage) {
	const file = path.join(home.userFolder, 'imports', `export-${Date.now()}.json`);
	await mkdir(path.dirname(file), { recursive: true });
	// With no workflow at all n8n writes no file and says so; that is not a failure here.
	await runN8n(home.userFolder, ['export:workflow', '--all', `--output=${file}`]);
	if (!existsSync(file)) return [];
	/** @type {Array<{id: string, active?: boolean, nodes?: Array<{type: string}>}>} */
	const workflows = JSON.parse(await readFile(file, 'utf8'));
	await rm(file, { force: true });
	const changed = workflows.filter((workflow) => {
		let touched = false;
		for (const node of workflow.nodes ?? []) {
			if (!node.type.startsWith(`${fromPackage}.`)) continue;
			const name = node.type.slice(fromPackage.length + 1);
			const target = home.packages.find((p) => p.nodeTypes.includes(`${p.name}.${name}`));
			if (!target) continue;
			node.type = `${target.name}.${name}`;
			touched = true;
		}
		return touched;
	});
	if (changed.length > 0) await home.importWorkflow(changed);
	return changed.map((w) => w.id);
}

/**
 * Copies a prepared user folder (package + migrated database) so each test starts from the same
 * clean state without paying for migrations again.
 * @param {N8nHome} base
 * @param {string} userFolder
 */
export async function cloneUserFolder(base, userFolder) {
	const target = path.resolve(userFolder);
	await rm(target, { recursive: true, force: true });
	await cp(base.userFolder, target, { recursive: true });
	return homeAt(target, { packages: base.packages });
}

/**
 * Writes import data into the user folder so n8n reads a file we control.
 * @param {string} userFolder
 * @param {string} kind
 * @param {unknown[]} entries
 */
async function writeImportFile(userFolder, kind, entries) {
	const dir = path.join(userFolder, 'imports');
	await mkdir(dir, { recursive: true });
	const file = path.join(dir, `${kind}-${Date.now()}-${randomBytes(3).toString('hex')}.json`);
	await writeFile(file, JSON.stringify(entries, null, 2));
	return file;
}

/**
 * Imports credentials (file path, object or array; `data` as plain JSON, n8n encrypts it) with
 * `n8n import:credentials --input`; returns their ids.
 * @param {string} userFolder
 * @param {string | object} input
 * @param {Record<string, string>} [vars]  values for `__E2E_<NAME>__` placeholders
 */
export async function importCredentials(userFolder, input, vars = {}) {
	const entries = fillPlaceholders(await loadEntries(input), vars);
	for (const entry of entries) {
		if (!entry.id || !entry.type || !entry.name) throw new Error(`credential needs id, name and type: ${JSON.stringify(entry).slice(0, 200)}`);
	}
	const file = await writeImportFile(userFolder, 'credentials', entries);
	await runN8nOk(userFolder, ['import:credentials', `--input=${file}`]);
	return entries.map((e) => String(e.id));
}

/**
 * Imports workflows with `n8n import:workflow --input` and publishes (activates) those whose JSON
 * says `"active": true` (the import itself always deactivates them); returns the ids of all
 * imported and of the published ones.
 * @param {string} userFolder
 * @param {string | object} input
 * @param {Record<string, string>} [vars]
 * @param {{packages?: InstalledPackage[]}} [loaded]  what n8n loaded from the packages, to reject a
 *   workflow naming a node type of one of them that does not exist
 * @returns {Promise<{ids: string[], published: string[]}>}
 */
export async function importWorkflow(userFolder, input, vars = {}, loaded = {}) {
	const entries = fillPlaceholders(await loadEntries(input), vars);
	for (const entry of entries) {
		// n8n treats ids longer than 21 characters as invalid when executing.
		if (typeof entry.id !== 'string' || !/^[A-Za-z0-9]{1,21}$/.test(entry.id)) {
			throw new Error(`workflow "${entry.name}" needs a fixed alphanumeric "id" of at most 21 characters so tests can execute it`);
		}
		// n8n imports unknown node types silently and only fails when the workflow runs.
		for (const { name, nodeTypes } of loaded.packages ?? []) {
			/** @type {Array<{name: string, type: string}>} */
			const nodes = Array.isArray(entry.nodes) ? entry.nodes : [];
			const unknown = nodes.filter((n) => n.type.startsWith(`${name}.`) && !nodeTypes.includes(n.type));
			if (unknown.length > 0) {
				throw new Error(
					`workflow "${entry.name}" uses node types n8n did not load: ${unknown.map((n) => n.type).join(', ')} (loaded: ${nodeTypes.join(', ')})`,
				);
			}
		}
	}
	const file = await writeImportFile(userFolder, 'workflows', entries);
	await runN8nOk(userFolder, ['import:workflow', `--input=${file}`]);
	const published = entries.filter((e) => e.active === true).map((e) => String(e.id));
	for (const id of published) await publishWorkflow(userFolder, id);
	return { ids: entries.map((e) => String(e.id)), published };
}

/**
 * Activates a workflow for the next `n8n start` (2.x calls this "publish"; it only takes effect
 * when n8n starts, so call it before startN8n).
 * @param {string} userFolder
 * @param {string} id
 */
export async function publishWorkflow(userFolder, id) {
	const command = N8N_1 ? ['update:workflow', `--id=${id}`, '--active=true'] : ['publish:workflow', `--id=${id}`];
	await runN8nOk(userFolder, command);
}

/**
 * @param {unknown} value
 * @returns {value is Run}
 */
function isRun(value) {
	return (
		typeof value === 'object' &&
		value !== null &&
		'data' in value &&
		typeof value.data === 'object' &&
		value.data !== null &&
		'resultData' in value.data
	);
}

/**
 * 1.x's `execute` prints the run after it ended but with the status it had while running; what
 * 2.x reports then follows from whether the run holds an error.
 * @param {Run} run
 * @returns {Run}
 */
function settledRun(run) {
	if (run.status !== 'running') return run;
	return { ...run, status: run.data.resultData.error ? 'error' : 'success' };
}

/**
 * Runs `n8n execute --id <id> --rawOutput` and returns the run n8n printed, also when the
 * workflow failed (then `run.status` is "error" and `run.data.resultData.error` is set).
 * @param {string} userFolder
 * @param {string} id
 * @param {{timeoutMs?: number, onSpawn?: (pid: number) => void}} [opts]  passed on to runN8n
 * @returns {Promise<Run>}
 */
export async function executeWorkflow(userFolder, id, opts = {}) {
	const result = await runN8n(userFolder, ['execute', `--id=${id}`, '--rawOutput'], opts);
	for (let i = result.logs.length - 1; i >= 0; i--) {
		const message = result.logs[i].message;
		if (!message.startsWith('{')) continue;
		try {
			const parsed = JSON.parse(message);
			if (isRun(parsed)) return N8N_1 ? settledRun(parsed) : parsed;
		} catch {
			// a log line that only looks like JSON
		}
	}
	throw new Error(
		`n8n execute --id=${id} printed no run data (exit ${result.code ?? result.signal})\n${errorTail(result.logs)}\n${result.stderr.slice(-2000)}`,
	);
}

/**
 * The JSON of the items a node emitted in a run (main output `output`, run `runIndex`).
 * @param {Run | RunExecutionData} run
 * @param {string} nodeName
 * @param {{output?: number, runIndex?: number}} [opts]
 * @returns {Array<Record<string, unknown>>}
 */
export function nodeOutput(run, nodeName, opts = {}) {
	const data = 'resultData' in run ? run : run.data;
	const tasks = data.resultData.runData[nodeName];
	if (!tasks || tasks.length === 0) {
		const error = data.resultData.error;
		throw new Error(
			`node "${nodeName}" did not run` +
				(error ? `; workflow error: ${String(error.message)} ${String(error.description ?? '')}` : '') +
				`; nodes that ran: ${Object.keys(data.resultData.runData).join(', ')}`,
		);
	}
	const task = tasks[opts.runIndex ?? 0];
	if (task.error) throw new Error(`node "${nodeName}" failed: ${String(task.error.message)} ${String(task.error.description ?? '')}`);
	const items = task.data?.main?.[opts.output ?? 0] ?? [];
	return items.map((item) => item.json);
}

/**
 * The error of a failed run: `{message, description, node, httpCode, ...}`, or undefined.
 * @param {Run | RunExecutionData} run
 */
export function runError(run) {
	const data = 'resultData' in run ? run : run.data;
	return data.resultData.error;
}

// ---------------------------------------------------------------------------------------------
// n8n start

/**
 * Decodes the "flatted" text n8n's REST API uses for execution data: a JSON array whose first
 * entry is the root and in which every string inside an object or array is the index of the
 * entry that holds the real value (which lets it encode shared and circular references).
 * @param {string} text
 * @returns {any}
 */
export function unflatten(text) {
	/** @type {unknown[]} */
	const table = JSON.parse(text);
	/** @type {Map<number, unknown>} */
	const built = new Map();
	/** @param {number} index @returns {unknown} */
	const build = (index) => {
		if (built.has(index)) return built.get(index);
		const raw = table[index];
		if (raw === null || typeof raw !== 'object') return raw;
		/** @type {any} */
		const out = Array.isArray(raw) ? [] : {};
		built.set(index, out);
		for (const [key, value] of Object.entries(raw)) {
			out[key] = typeof value === 'string' ? build(Number(value)) : value;
		}
		return out;
	};
	return build(0);
}

/**
 * @typedef {object} StartOptions
 * @property {number} [timeoutMs]  how long to wait for n8n to become ready (default 120 s)
 * @property {number} [port]       editor/API port (default: a free one)
 * @property {Record<string, string>} [env]  extra environment variables
 * @property {string[]} [waitForActivation]  workflow ids that must be active before start resolves
 * @property {string} [logFile]    also append everything n8n prints to this file
 */

/**
 * @typedef {object} N8nServer
 * @property {string} url      base URL, e.g. http://127.0.0.1:40123
 * @property {number} pid
 * @property {() => LogEntry[]} logs
 * @property {(pattern: RegExp, timeoutMs?: number) => Promise<LogEntry>} waitForLog
 * @property {(method: string, urlPath: string, body?: unknown) => Promise<{status: number, body: any}>} rest
 *   authenticated call to n8n's internal REST API (owner account created on first use)
 * @property {(workflowId: string) => Promise<StoredExecution[]>} executions
 *   finished executions of a workflow with their run data, oldest first
 * @property {(workflowId: string, opts?: {count?: number, timeoutMs?: number}) => Promise<StoredExecution[]>} waitForExecutions
 *   resolves once the workflow has at least `count` finished executions (default 1, 90 s)
 * @property {(workflowId: string) => Promise<PublicationStatus>} publicationStatus
 *   n8n's view of a published workflow's activation, with each trigger's error message
 * @property {(workflowId: string, timeoutMs?: number) => Promise<PublicationStatus>} waitForActivation
 *   resolves once all triggers of the workflow are active; rejects with their errors when n8n
 *   gives up or the time runs out (activation runs a polling trigger's first poll)
 * @property {() => Promise<void>} stop
 * @property {() => Promise<void>} kill  SIGKILL, as a crash or a killed container: no graceful shutdown, nothing saved on the way out
 */

/**
 * @typedef {{
 *   status: 'in_progress' | 'not_published' | 'published' | 'partial' | 'failed',
 *   triggers: Array<{nodeId: string, status: string, errorMessage: string | null}>
 * }} PublicationStatus
 */

/**
 * Starts `n8n start` on 127.0.0.1 with free ports and resolves once it is healthy and has
 * activated its published workflows (a polling trigger polls once right at activation, then on
 * its schedule, at most once a minute).
 * @param {string} userFolder
 * @param {StartOptions} [opts]
 * @returns {Promise<N8nServer>}
 */
export async function startN8n(userFolder, opts = {}) {
	const timeoutMs = opts.timeoutMs ?? 120_000;
	const port = opts.port ?? (await freePort());
	let brokerPort = await freePort();
	while (brokerPort === port) brokerPort = await freePort();
	const env = n8nEnv(userFolder, {
		N8N_PORT: String(port),
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_HOST: HOST,
		N8N_PROTOCOL: 'http',
		...opts.env,
	});
	const child = spawnN8n(['start'], { cwd: userFolder, env });
	if (opts.logFile) {
		const file = createWriteStream(opts.logFile, { flags: 'a' });
		child.stdout?.on('data', (/** @type {Buffer} */ chunk) => file.write(chunk));
		child.stderr?.on('data', (/** @type {Buffer} */ chunk) => file.write(chunk));
		child.on('exit', () => file.end());
	}
	const url = `http://${HOST}:${port}`;
	/** @type {LogEntry[]} */
	const logs = [];
	/** @type {Array<() => void>} */
	const logWaiters = [];
	let partial = '';
	let stderr = '';
	child.stdout?.on('data', (/** @type {Buffer} */ chunk) => {
		const lines = (partial + chunk.toString('utf8')).split('\n');
		partial = lines.pop() ?? '';
		for (const line of lines) if (line.trim() !== '') logs.push(parseLogLine(line));
		if (logs.length > 20_000) logs.splice(0, logs.length - 20_000);
		for (const wake of logWaiters.splice(0)) wake();
	});
	child.stderr?.on('data', (/** @type {Buffer} */ chunk) => {
		stderr = (stderr + chunk.toString('utf8')).slice(-20_000);
	});
	/** @type {{code: number | null, signal: string | null} | undefined} */
	let exited;
	const exitPromise = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			exited = { code, signal };
			for (const wake of logWaiters.splice(0)) wake();
			resolve(undefined);
		});
	});

	/** @param {RegExp} pattern @param {number} [waitMs] @returns {Promise<LogEntry>} */
	const waitForLog = async (pattern, waitMs = 60_000) => {
		const deadline = Date.now() + waitMs;
		let seen = 0;
		for (;;) {
			for (; seen < logs.length; seen++) if (pattern.test(logs[seen].message)) return logs[seen];
			if (exited) throw new Error(`n8n exited (${exited.code ?? exited.signal}) before logging ${pattern}\n${errorTail(logs)}\n${stderr.slice(-2000)}`);
			const left = deadline - Date.now();
			if (left <= 0) throw new Error(`n8n did not log ${pattern} within ${waitMs} ms\n${errorTail(logs)}`);
			await Promise.race([new Promise((resolve) => logWaiters.push(() => resolve(undefined))), delay(Math.min(left, 1000), undefined, { ref: false })]);
		}
	};

	const stop = async () => {
		if (!exited) {
			signalGroup(child, 'SIGTERM');
			const graceful = await Promise.race([exitPromise.then(() => true), delay(20_000, undefined, { ref: false }).then(() => false)]);
			if (!graceful) signalGroup(child, 'SIGKILL');
			await exitPromise;
		}
		// The task runner shares n8n's process group; make sure nothing of it survives.
		signalGroup(child, 'SIGKILL');
		liveChildren.delete(child);
	};

	const kill = async () => {
		signalGroup(child, 'SIGKILL');
		await exitPromise;
		liveChildren.delete(child);
	};

	try {
		// "Editor is now accessible" is logged after the published workflows were handed to
		// activation; /healthz alone turns green before that.
		await waitForLog(/Editor is now accessible via/, timeoutMs);
		await waitForHealthy(url, 30_000);
	} catch (error) {
		await stop();
		throw error;
	}

	/** @type {string | undefined} */
	let cookie;
	/** @param {string} method @param {string} urlPath @param {unknown} [body] */
	const rawRest = async (method, urlPath, body) => {
		const response = await fetch(`${url}${urlPath}`, {
			method,
			headers: {
				'content-type': 'application/json',
				'browser-id': 'e2e-harness',
				...(cookie ? { cookie } : {}),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		/** @type {any} */
		let parsed = text;
		try {
			parsed = JSON.parse(text);
		} catch {
			// not JSON; keep the text
		}
		const auth = response.headers.getSetCookie().find((c) => c.startsWith('n8n-auth='));
		if (auth) cookie = auth.split(';')[0];
		return { status: response.status, body: parsed };
	};
	const signIn = async () => {
		if (cookie) return;
		const setup = await rawRest('POST', '/rest/owner/setup', OWNER);
		if (setup.status < 300 && cookie) return;
		const login = await rawRest('POST', '/rest/login', { emailOrLdapLoginId: OWNER.email, password: OWNER.password });
		if (login.status >= 300 || !cookie) {
			throw new Error(`could not sign in to n8n: setup ${setup.status} ${JSON.stringify(setup.body).slice(0, 300)}; login ${login.status} ${JSON.stringify(login.body).slice(0, 300)}`);
		}
	};
	/** @param {string} method @param {string} urlPath @param {unknown} [body] */
	const rest = async (method, urlPath, body) => {
		await signIn();
		return await rawRest(method, urlPath, body);
	};

	/** @param {string} workflowId @returns {Promise<StoredExecution[]>} */
	const executions = async (workflowId) => {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		/** @type {Array<{id: string, status: string}>} */
		const results = [];
		// The list is newest first and capped at 100 per page; page back with lastId.
		for (let lastId = ''; ; ) {
			const page = await rest('GET', `/rest/executions?filter=${filter}&limit=100${lastId ? `&lastId=${lastId}` : ''}`);
			if (page.status !== 200) throw new Error(`listing executions failed: ${page.status} ${JSON.stringify(page.body).slice(0, 300)}`);
			/** @type {Array<{id: string, status: string}>} */
			const rows = page.body?.data?.results ?? [];
			results.push(...rows);
			if (rows.length < 100) break;
			lastId = rows[rows.length - 1].id;
		}
		const finished = results.filter((r) => !['new', 'running', 'waiting', 'unknown'].includes(r.status));
		/** @type {StoredExecution[]} */
		const out = [];
		for (const summary of finished) {
			const full = await rest('GET', `/rest/executions/${summary.id}`);
			if (full.status !== 200) throw new Error(`reading execution ${summary.id} failed: ${full.status}`);
			const record = full.body.data;
			out.push({ ...record, data: typeof record.data === 'string' ? unflatten(record.data) : record.data });
		}
		return out.sort((a, b) => Number(a.id) - Number(b.id));
	};

	/** @param {string} workflowId @returns {Promise<PublicationStatus>} */
	const publicationStatus = async (workflowId) => {
		if (N8N_1) return await activationStatus(workflowId);
		const response = await rest('GET', `/rest/workflows/${encodeURIComponent(workflowId)}/publication-status`);
		if (response.status !== 200) {
			throw new Error(`publication status of ${workflowId}: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
		}
		return response.body.data;
	};

	/**
	 * 1.x's answer in the form of 2.x's publication status. 1.x marks a workflow active in its
	 * database before its triggers run, so only its log says when activation (a polling trigger's
	 * first poll) is done; a failed first try is final here, although 1.x goes on retrying.
	 * @param {string} workflowId @returns {Promise<PublicationStatus>}
	 */
	const activationStatus = async (workflowId) => {
		const ours = `(ID: ${workflowId})`;
		const said = (/** @type {RegExp} */ pattern) => logs.some((l) => pattern.test(l.message) && l.message.includes(ours));
		if (said(/^Activated workflow /)) return { status: 'published', triggers: [] };
		if (!said(/^Issue on initial workflow activation try /)) return { status: 'in_progress', triggers: [] };
		const error = await rest('GET', `/rest/active-workflows/error/${encodeURIComponent(workflowId)}`);
		const message = error.status === 200 && typeof error.body.data === 'string' ? error.body.data : 'see the log below';
		return { status: 'failed', triggers: [{ nodeId: '(workflow)', status: 'failed', errorMessage: message }] };
	};

	/** @param {string} workflowId @param {number} [waitMs] */
	const waitForActivation = async (workflowId, waitMs = 60_000) => {
		const deadline = Date.now() + waitMs;
		for (;;) {
			const status = await publicationStatus(workflowId);
			if (status.status === 'published') return status;
			const failures = status.triggers.filter((t) => t.status === 'failed');
			if (status.status === 'partial' || status.status === 'failed' || Date.now() > deadline) {
				throw new Error(
					`workflow ${workflowId} is not active (${status.status})` +
						failures.map((t) => `\n  trigger ${t.nodeId}: ${t.errorMessage}`).join('') +
						`\n${errorTail(logs)}`,
				);
			}
			await delay(500);
		}
	};

	/** @param {string} workflowId @param {{count?: number, timeoutMs?: number}} [waitOpts] */
	const waitForExecutions = async (workflowId, waitOpts = {}) => {
		const count = waitOpts.count ?? 1;
		const deadline = Date.now() + (waitOpts.timeoutMs ?? 90_000);
		for (;;) {
			const found = await executions(workflowId);
			if (found.length >= count) return found;
			if (exited) throw new Error(`n8n exited while waiting for executions of ${workflowId}\n${errorTail(logs)}`);
			if (Date.now() > deadline) {
				const status = await publicationStatus(workflowId).catch((error) => String(error));
				throw new Error(
					`workflow ${workflowId} has ${found.length} finished execution(s), expected ${count}` +
						`\npublication status: ${JSON.stringify(status).slice(0, 1000)}\n${errorTail(logs)}`,
				);
			}
			await delay(1000);
		}
	};

	try {
		for (const id of opts.waitForActivation ?? []) await waitForActivation(id, timeoutMs);
	} catch (error) {
		await stop();
		throw error;
	}

	return {
		url,
		pid: /** @type {number} */ (child.pid),
		logs: () => logs.slice(),
		waitForLog,
		rest,
		executions,
		waitForExecutions,
		publicationStatus,
		waitForActivation,
		stop,
		kill,
	};
}

/** @param {string} url @param {number} timeoutMs */
async function waitForHealthy(url, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	let last = '';
	while (Date.now() < deadline) {
		try {
			const response = await fetch(`${url}/healthz`);
			if (response.ok) return;
			last = `HTTP ${response.status}`;
		} catch (error) {
			last = error instanceof Error ? error.message : String(error);
		}
		await delay(250);
	}
	throw new Error(`n8n at ${url} not healthy within ${timeoutMs} ms (${last})`);
}

// ---------------------------------------------------------------------------------------------
// capture server

/**
 * @typedef {object} CaptureServer
 * @property {string} url
 * @property {CapturedRequest[]} requests  everything received so far, in order
 * @property {(match?: number | ((r: CapturedRequest) => boolean), timeoutMs?: number) => Promise<CapturedRequest[]>} waitFor
 *   resolves with the matching requests once there are at least `count` (or one that matches)
 * @property {(handler: ((r: CapturedRequest) => CaptureReply | undefined) | undefined) => void} respond
 *   answers requests with the handler's reply instead of the default, so a test can stand in for
 *   a small API (undefined from the handler falls back to the default)
 * @property {() => void} clear
 * @property {() => Promise<void>} close
 */

/** @typedef {{status?: number, body?: unknown, headers?: Record<string, string>}} CaptureReply */

/**
 * Starts an HTTP server on 127.0.0.1 that records every request (JSON bodies parsed) and answers
 * 200 `{"ok":true}`: a place for a test workflow's HTTP Request node to report to.
 * @returns {Promise<CaptureServer>}
 */
export async function startCaptureServer() {
	/** @type {CapturedRequest[]} */
	const requests = [];
	/** @type {((r: CapturedRequest) => CaptureReply | undefined) | undefined} */
	let responder;
	/** @type {Array<() => void>} */
	const waiters = [];
	const server = http.createServer((req, res) => {
		/** @type {Buffer[]} */
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const text = Buffer.concat(chunks).toString('utf8');
			/** @type {unknown} */
			let body = text;
			try {
				body = text === '' ? undefined : JSON.parse(text);
			} catch {
				// keep the raw text
			}
			/** @type {CapturedRequest} */
			const record = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, at: Date.now() };
			requests.push(record);
			for (const wake of waiters.splice(0)) wake();
			/** @type {CaptureReply | undefined} */
			let reply;
			try {
				reply = responder?.(record);
			} catch (error) {
				reply = { status: 500, body: { error: error instanceof Error ? error.message : String(error) } };
			}
			const payload = reply?.body === undefined ? '{"ok":true}' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
			res.writeHead(reply?.status ?? 200, { 'content-type': 'application/json', ...reply?.headers });
			res.end(payload);
		});
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, HOST, () => resolve(undefined));
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://${HOST}:${port}`,
		requests,
		waitFor: async (match = 1, timeoutMs = 60_000) => {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const hits = typeof match === 'number' ? requests.slice() : requests.filter(match);
				if (typeof match === 'number' ? hits.length >= match : hits.length > 0) return hits;
				const left = deadline - Date.now();
				if (left <= 0) {
					throw new Error(`capture server: expected ${typeof match === 'number' ? `${match} request(s)` : 'a matching request'}, got ${requests.length}`);
				}
				await Promise.race([new Promise((resolve) => waiters.push(() => resolve(undefined))), delay(Math.min(left, 1000), undefined, { ref: false })]);
			}
		},
		respond: (handler) => {
			responder = handler;
		},
		clear: () => {
			requests.length = 0;
		},
		close: async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(() => resolve(undefined)));
		},
	};
}
