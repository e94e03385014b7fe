// @ts-check
/*
 * The community-package verification gate, offline: `npm run verify:packages [-- <tarball> ...]`.
 *
 * For each platform tarball (packed first when none is given) it does what n8n's scanner does
 * before a package can be verified, without the registry: the lint of the published files
 * (package.json and every .js) and of the source the package is built from, with inline
 * configuration ignored, using the rule sets of @n8n/eslint-plugin-community-nodes (recommended,
 * i.e. with n8n Cloud support) and eslint-plugin-n8n-nodes-base (community, credentials and nodes
 * sets); plus the package.json checks (no runtime dependencies, the community keyword, the `n8n`
 * block with strict mode and files that exist) and what makes five packages live together in
 * one n8n (distinct credential type names). Exits non-zero on any finding.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';

import { PACKAGES_DIR, platformEntryPoints } from '../codegen/emit/platform-package.mjs';
import { loadProviders } from '../codegen/load.mjs';
import { buildModel } from '../codegen/model.mjs';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
// The parser and plugin n8n's own lint (n8n-node lint) uses, resolved where that tool installed them.
const fromNodeCli = createRequire(path.join(REPO_ROOT, 'node_modules', '@n8n', 'node-cli', 'dist', 'configs', 'eslint.js'));

/** What the compiled runtime may load: the peer dependency and Node's crypto, nothing else. */
const ALLOWED_REQUIRES = new Set(['n8n-workflow', 'crypto', 'node:crypto']);

/**
 * @typedef {object} Finding
 * @property {string} where  file (package-relative) or "package.json"
 * @property {string} rule   lint rule id, or the name of the package check
 * @property {string} message
 */

/**
 * The flat ESLint config of the scanner: the community-nodes recommended set, no-console, and the
 * three eslint-plugin-n8n-nodes-base sets with the same rules switched off as in `n8n-node lint`.
 * @returns {Promise<import('eslint').Linter.Config[]>}
 */
export async function scanConfig() {
	const { n8nCommunityNodesPlugin } = await import('@n8n/eslint-plugin-community-nodes');
	/** @type {any} */
	const nodesBase = fromNodeCli('eslint-plugin-n8n-nodes-base');
	const parser = fromNodeCli('typescript-eslint').parser;
	return [
		/** @type {import('eslint').Linter.Config} */ (n8nCommunityNodesPlugin.configs.recommended),
		{ rules: { 'no-console': 'error' } },
		{ plugins: { 'n8n-nodes-base': nodesBase } },
		{ files: ['package.json', '**/package.json'], rules: { ...nodesBase.configs.community.rules } },
		{
			files: ['**/credentials/**/*.ts'],
			rules: {
				...nodesBase.configs.credentials.rules,
				'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
				'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
			},
		},
		{
			files: ['**/nodes/**/*.ts'],
			rules: {
				...nodesBase.configs.nodes.rules,
				'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
				'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
				'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
			},
		},
		{ files: ['**/*.json', '**/*.ts'], languageOptions: { parser } },
	];
}

/**
 * Lints files under `cwd` with the scanner's config; inline `eslint-disable` comments and
 * `/* eslint … *\/` configuration count for nothing, as in the scanner. Warnings are not
 * findings (the scanner passes a package with warnings).
 * @param {string} cwd
 * @param {string[]} files  paths relative to cwd
 * @returns {Promise<Finding[]>}
 */
export async function lintFiles(cwd, files) {
	if (files.length === 0) return [];
	const eslint = new ESLint({ cwd, allowInlineConfig: false, overrideConfigFile: true, overrideConfig: await scanConfig() });
	const results = await eslint.lintFiles(files.map((f) => path.join(cwd, f)));
	return results.flatMap((r) =>
		r.messages
			.filter((m) => m.severity === 2)
			.map((m) => ({ where: `${path.relative(cwd, r.filePath)}:${m.line}`, rule: m.ruleId ?? 'parse', message: m.message })),
	);
}

/** @param {string} dir @param {string} [prefix] @returns {string[]} */
function walk(dir, prefix = '') {
	/** @type {string[]} */
	const out = [];
	for (const name of readdirSync(dir)) {
		if (name === 'node_modules') continue;
		const rel = path.join(prefix, name);
		if (statSync(path.join(dir, name)).isDirectory()) out.push(...walk(path.join(dir, name), rel));
		else out.push(rel);
	}
	return out;
}

/**
 * The scanner's checks of a package's package.json, and what its compiled code may load.
 * @param {string} packageDir  an unpacked package
 * @returns {Finding[]}
 */
export function checkPackageJson(packageDir) {
	/** @type {Finding[]} */
	const findings = [];
	const fail = (/** @type {string} */ rule, /** @type {string} */ message, where = 'package.json') => findings.push({ where, rule, message });
	/** @type {Record<string, any>} */
	const pkg = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
	if (!/^(@[a-z0-9-~][a-z0-9-._~]*\/)?n8n-nodes-[a-z0-9-._~]+$/.test(String(pkg.name))) fail('name', `"${pkg.name}" is not an n8n-nodes-* package name`);
	if (pkg.private) fail('private', 'a private package cannot be published');
	if (pkg.dependencies && Object.keys(pkg.dependencies).length > 0) fail('no-runtime-dependencies', `runtime dependencies: ${Object.keys(pkg.dependencies).join(', ')}`);
	if (!Array.isArray(pkg.keywords) || !pkg.keywords.includes('n8n-community-node-package')) fail('keyword', 'keywords must include "n8n-community-node-package"');
	if (pkg.license !== 'MIT') fail('license', `license is ${JSON.stringify(pkg.license)}, not MIT`);
	if (!existsSync(path.join(packageDir, 'LICENSE'))) fail('license', 'no LICENSE file', 'LICENSE');
	if (!existsSync(path.join(packageDir, 'README.md'))) fail('readme', 'no README.md', 'README.md');
	if (!/^git\+https:\/\/github\.com\//.test(String(pkg.repository?.url ?? ''))) fail('repository', 'repository.url must name the GitHub repository that publishes it (npm provenance)');
	if (pkg.publishConfig?.provenance !== true) fail('provenance', 'publishConfig.provenance must be true');
	const n8n = pkg.n8n;
	if (!n8n || typeof n8n !== 'object') {
		fail('n8n-block', 'no "n8n" block');
	} else {
		if (typeof n8n.n8nNodesApiVersion !== 'number') fail('n8n-block', 'n8n.n8nNodesApiVersion must be a number');
		if (n8n.strict !== true) fail('n8n-block', 'n8n.strict must be true');
		if (!Array.isArray(n8n.nodes) || n8n.nodes.length === 0) fail('n8n-block', 'n8n.nodes lists no node');
		for (const file of [...(n8n.nodes ?? []), ...(n8n.credentials ?? [])]) {
			if (!existsSync(path.join(packageDir, file))) fail('n8n-block', `listed file is missing: ${file}`);
		}
	}
	for (const file of walk(packageDir).filter((f) => f.endsWith('.js'))) {
		const code = readFileSync(path.join(packageDir, file), 'utf8');
		for (const [, spec] of code.matchAll(/require\("([^"]+)"\)/g)) {
			if (spec.startsWith('.')) {
				const target = path.join(path.dirname(file), spec);
				if (!existsSync(path.join(packageDir, target)) && !existsSync(path.join(packageDir, `${target}.js`))) fail('files', `requires ${spec}, which the package does not hold`, file);
			} else if (!ALLOWED_REQUIRES.has(spec)) {
				fail('runtime-imports', `requires "${spec}"; the runtime may load only n8n-workflow and crypto`, file);
			}
		}
	}
	return findings;
}

/**
 * Loads a package's nodes and credentials the way n8n does (require + new) and returns the keys
 * n8n files them under: node types as "<package>.<name>", credential types by name alone.
 * The package must sit below the repository so that its peer dependency resolves.
 * @param {string} packageDir
 */
export function loadedTypes(packageDir) {
	const pkg = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
	const load = createRequire(path.join(packageDir, 'package.json'));
	/** @param {string} file */
	const instance = (file) => {
		const exports = load(path.join(packageDir, file));
		const Type = Object.values(exports).find((v) => typeof v === 'function');
		if (!Type) throw new Error(`${file} exports no class`);
		return new /** @type {any} */ (Type)();
	};
	return {
		nodes: (pkg.n8n?.nodes ?? []).map((/** @type {string} */ f) => `${pkg.name}.${instance(f).description.name}`),
		credentials: (pkg.n8n?.credentials ?? []).map((/** @type {string} */ f) => String(instance(f).name)),
	};
}

/**
 * Credential type names n8n itself ships (n8n-nodes-base), when the pinned runtime of the
 * end-to-end suite is installed; their file names follow the class names.
 * @returns {Set<string>}
 */
function builtInCredentialNames() {
	const file = path.join(REPO_ROOT, '.cache', 'e2e', 'runtime', 'n8n', 'node_modules', 'n8n-nodes-base', 'package.json');
	if (!existsSync(file)) return new Set();
	/** @type {string[]} */
	const list = JSON.parse(readFileSync(file, 'utf8')).n8n?.credentials ?? [];
	return new Set(list.map((f) => path.basename(f, '.credentials.js')).map((c) => c.charAt(0).toLowerCase() + c.slice(1)));
}

/**
 * Unpacks a tarball below `workDir` and runs the tarball leg of the gate on it.
 * @param {string} tarball
 * @param {string} workDir  a folder below the repository (see loadedTypes)
 * @returns {Promise<{name: string, dir: string, findings: Finding[]}>}
 */
export async function verifyTarball(tarball, workDir) {
	const dir = mkdtempSync(path.join(workDir, 'pkg-'));
	const tar = spawnSync('tar', ['-xzf', path.resolve(tarball), '-C', dir, '--strip-components=1'], { encoding: 'utf8' });
	if (tar.status !== 0) throw new Error(`cannot unpack ${tarball}: ${tar.stderr}`);
	const name = String(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).name);
	const files = ['package.json', ...walk(dir).filter((f) => f.endsWith('.js'))];
	const findings = [...checkPackageJson(dir), ...(await lintFiles(dir, files))];
	return { name, dir, findings };
}

/**
 * The source leg: what the scanner finds in the repository for a package name (the folder whose
 * package.json declares it: packages/<name>/), and the sources the package is built from (the
 * platform's node folder, its credentials and the shared runtime), linted from the repository root.
 * @param {string} packageName
 * @returns {Promise<Finding[]>}
 */
export async function verifySource(packageName) {
	const model = loadProviders(path.join(REPO_ROOT, 'schemas'))
		.map(buildModel)
		.find((m) => m.packageName === packageName);
	if (!model) return [{ where: packageName, rule: 'source', message: 'no platform in schemas/ builds this package' }];
	const sourceFiles = [
		path.join(PACKAGES_DIR, packageName, 'package.json'),
		...walk(path.join(REPO_ROOT, model.folder), model.folder).filter((f) => /\.(ts|js|json)$/.test(f)),
		...walk(path.join(REPO_ROOT, 'nodes', 'shared'), 'nodes/shared').filter((f) => f.endsWith('.ts')),
		...platformEntryPoints(model).credentials.map((f) => f.replace(/^dist\//, '').replace(/\.js$/, '.ts')),
	];
	return await lintFiles(REPO_ROOT, sourceFiles);
}

/**
 * Runs the whole gate over the given tarballs and prints a report.
 * @param {string[]} tarballs
 * @param {(line: string) => void} say
 * @returns {Promise<number>} number of findings
 */
export async function verifyPackages(tarballs, say) {
	mkdirSync(path.join(REPO_ROOT, '.cache'), { recursive: true });
	const workDir = mkdtempSync(path.join(REPO_ROOT, '.cache', 'verify-'));
	let total = 0;
	try {
		/** @type {Map<string, string>} */
		const credentialOwner = new Map();
		const builtIn = builtInCredentialNames();
		for (const tarball of tarballs) {
			const { name, dir, findings } = await verifyTarball(tarball, workDir);
			findings.push(...(await verifySource(name)));
			try {
				const types = loadedTypes(dir);
				for (const credential of types.credentials) {
					const owner = credentialOwner.get(credential);
					if (owner) findings.push({ where: 'package.json', rule: 'type-clash', message: `credential type "${credential}" is also defined by ${owner}` });
					if (builtIn.has(credential)) findings.push({ where: 'package.json', rule: 'type-clash', message: `credential type "${credential}" is one of n8n's own` });
					credentialOwner.set(credential, name);
				}
				say(`${findings.length === 0 ? 'ok  ' : 'FAIL'} ${name}: ${types.nodes.join(', ')}; credentials ${types.credentials.join(', ')}`);
			} catch (error) {
				findings.push({ where: 'package.json', rule: 'load', message: `n8n could not load it: ${error instanceof Error ? error.message : String(error)}` });
				say(`FAIL ${name}`);
			}
			for (const f of findings) say(`     ${f.where}  ${f.message}  (${f.rule})`);
			total += findings.length;
		}
	} finally {
		rmSync(workDir, { recursive: true, force: true });
	}
	return total;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const say = (/** @type {string} */ line) => process.stdout.write(`${line}\n`);
	try {
		let tarballs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
		if (tarballs.length === 0) {
			const { packPlatforms } = await import('../e2e/lib/pack.mjs');
			tarballs = (await packPlatforms(path.join(REPO_ROOT, '.cache', 'packages'))).map((p) => p.tarball);
		}
		const findings = await verifyPackages(tarballs, say);
		say(findings === 0 ? `${tarballs.length} package(s) pass the verification gate.` : `${findings} finding(s): the packages would not pass verification.`);
		process.exitCode = findings === 0 ? 0 : 1;
	} catch (error) {
		process.stderr.write(`verify:packages failed: ${error instanceof Error ? error.stack : String(error)}\n`);
		process.exitCode = 1;
	}
}
