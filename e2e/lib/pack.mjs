// @ts-check
/*
 * Builds the repository and packs it the way it would be published: one package per platform
 * (packPlatforms, for the end-to-end suite, the local start script and the release), or the
 * all-in-one development build (packRepository, for the benchmark).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';

import { PACKAGES_DIR, platformEntryPoints } from '../../codegen/emit/platform-package.mjs';
import { loadProviders } from '../../codegen/load.mjs';
import { buildModel } from '../../codegen/model.mjs';
import { CACHE_DIR, REPO_ROOT } from './install.mjs';
import { packagePlaceholderName } from './workflow.mjs';

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


/**
 * @typedef {object} PlatformPackage
 * @property {string} platform  platform id, e.g. "stripe"
 * @property {string} name      npm package name, e.g. "n8n-nodes-stripe-sessions"
 * @property {string} version
 * @property {string} tarball   absolute path of the packed tarball
 * @property {string[]} files   package-relative paths of what the tarball holds
 */

/**
 * Every .js file an entry point loads through relative requires, itself included (compiled
 * CommonJS, so `require("./x")` is the only form tsc emits).
 * @param {string} distRoot  absolute path of the build's dist folder
 * @param {string[]} entries dist-relative paths
 * @returns {Set<string>} dist-relative paths
 */
export function requireClosure(distRoot, entries) {
	/** @type {Set<string>} */
	const seen = new Set();
	const pending = [...entries];
	while (pending.length > 0) {
		const rel = /** @type {string} */ (pending.pop());
		if (seen.has(rel)) continue;
		const full = path.join(distRoot, rel);
		if (!existsSync(full)) throw new Error(`the build has no ${path.join('dist', rel)} (required by the package)`);
		seen.add(rel);
		for (const [, spec] of readFileSync(full, 'utf8').matchAll(/require\("(\.{1,2}\/[^"]+)"\)/g)) {
			const target = path.join(path.dirname(rel), spec);
			pending.push(existsSync(path.join(distRoot, `${target}.js`)) ? `${target}.js` : target);
		}
	}
	return seen;
}

/** @param {string} dir @returns {string[]} paths relative to dir */
function walkFiles(dir) {
	/** @type {string[]} */
	const out = [];
	for (const name of readdirSync(dir)) {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) out.push(...walkFiles(full).map((f) => path.join(name, f)));
		else out.push(name);
	}
	return out;
}

/**
 * What one platform's package holds from the build: the code its nodes and credentials load
 * (their own tables and the shared runtime), and the icons, codex and __schema__ files of its
 * node folder. Fails when the code reaches into another platform's folder, so a package never
 * carries, or depends on, another platform.
 * @param {string} distRoot
 * @param {import('../../codegen/model.mjs').PlatformModel} model
 * @param {string[]} otherFolders  node folders of the other platforms
 * @returns {string[]} dist-relative paths
 */
export function platformFiles(distRoot, model, otherFolders) {
	const { nodes, credentials } = platformEntryPoints(model);
	const entries = [...nodes, ...credentials].map((p) => path.relative('dist', p));
	const code = requireClosure(distRoot, entries);
	const ownFolder = path.relative('nodes', model.folder);
	const foreign = [...code].filter((f) => otherFolders.some((other) => f.startsWith(`nodes/${other}/`)));
	if (foreign.length > 0) throw new Error(`${model.packageName} would load another platform's files: ${foreign.join(', ')}`);
	const assets = walkFiles(path.join(distRoot, 'nodes', ownFolder))
		.filter((f) => !f.endsWith('.js'))
		.map((f) => path.join('nodes', ownFolder, f));
	return [...code, ...assets].sort();
}

/**
 * Builds the repository once and packs one tarball per platform into `destination` (emptied
 * first): packages/<name>/package.json and README.md (generated), the root LICENSE, and the
 * platform's files from the build.
 * @param {string} [destination]  callers that may run beside the end-to-end suite pass their own
 * @param {{ build?: boolean }} [opts]  build: false reuses an existing dist/ (the caller just built)
 * @returns {Promise<PlatformPackage[]>}
 */
export async function packPlatforms(destination = path.join(CACHE_DIR, 'platform-packages'), opts = {}) {
	await rm(destination, { recursive: true, force: true });
	await mkdir(destination, { recursive: true });
	if (opts.build !== false) {
		say('[pack] npm run build');
		await run('npm', ['run', 'build'], REPO_ROOT);
	}
	const distRoot = path.join(REPO_ROOT, 'dist');
	const models = loadProviders(path.join(REPO_ROOT, 'schemas')).map(buildModel);
	const stageRoot = path.join(destination, '.stage');
	/** @type {PlatformPackage[]} */
	const packed = [];
	for (const model of models) {
		const others = models.filter((m) => m !== model).map((m) => path.relative('nodes', m.folder));
		const files = platformFiles(distRoot, model, others);
		const stage = path.join(stageRoot, model.packageName);
		const source = path.join(REPO_ROOT, PACKAGES_DIR, model.packageName);
		await mkdir(stage, { recursive: true });
		await copyFile(path.join(source, 'package.json'), path.join(stage, 'package.json'));
		await copyFile(path.join(source, 'README.md'), path.join(stage, 'README.md'));
		await copyFile(path.join(REPO_ROOT, 'LICENSE'), path.join(stage, 'LICENSE'));
		for (const file of files) {
			await mkdir(path.dirname(path.join(stage, 'dist', file)), { recursive: true });
			await copyFile(path.join(distRoot, file), path.join(stage, 'dist', file));
		}
		const json = await capture('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], stage);
		const [info] = JSON.parse(json);
		const tarball = path.join(destination, info.filename);
		/** @type {string[]} */
		const contents = info.files.map((/** @type {{path: string}} */ f) => f.path);
		packed.push({ platform: model.id, name: model.packageName, version: info.version, tarball, files: contents.sort() });
		say(`[pack] ${path.relative(REPO_ROOT, tarball)} (${info.entryCount} files)`);
	}
	await rm(stageRoot, { recursive: true, force: true });
	return packed;
}

/**
 * Placeholder values that name each platform's package in workflow JSON:
 * `__E2E_PACKAGE_STRIPE__` → "n8n-nodes-stripe-sessions".
 * @param {Array<{platform: string, name: string}>} packages
 * @returns {Record<string, string>}
 */
export function packageVars(packages) {
	return Object.fromEntries(packages.map((p) => [packagePlaceholderName(p.platform), p.name]));
}
