// @ts-check
/*
 * The generator: load → model → emitters. Each description under schemas/<platform>/ is loaded
 * and checked (load.mjs), turned into one platform model (model.mjs), and every kind of generated
 * file has its own emitter under emit/. `--check` compares instead of writing and fails when
 * anything committed is stale, so the tests and CI catch hand edits and forgotten regenerations.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWriter } from './cli.mjs';
import { loadProviders } from './load.mjs';
import { buildModel } from './model.mjs';
import { BANNER_MARK } from './emit/literal.mjs';
import { emitCodex } from './emit/codex.mjs';
import { emitReadmeCommonView } from './emit/common-view.mjs';
import { emitCredentials } from './emit/credentials.mjs';
import { emitDescriptionTypes } from './emit/description-types.mjs';
import { emitNodeClass } from './emit/node-class.mjs';
import { emitOutputSchemas } from './emit/output-schemas.mjs';
import { emitPackageJson } from './emit/package-json.mjs';
import { PACKAGES_DIR, emitPlatformPackages } from './emit/platform-package.mjs';
import { emitProperties } from './emit/properties.mjs';
import { emitProviderTable } from './emit/provider-table.mjs';
import { emitTrigger } from './emit/trigger.mjs';
import { emitValidators } from './emit/validators.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Every emitter that writes files of one platform, in the order their files are listed.
 * @type {((model: import('./model.mjs').PlatformModel) => [string, string][] | Promise<[string, string][]>)[]}
 */
const PLATFORM_EMITTERS = [emitProviderTable, emitProperties, emitValidators, emitOutputSchemas, emitCredentials, emitNodeClass, emitCodex, emitTrigger];

/**
 * Produces every generated file as a map from repo-relative path to content.
 * @param {{ root?: string, only?: string[] }} [options]
 * @returns {Promise<Map<string, string>>}
 */
export async function generateAll(options = {}) {
	const root = options.root ?? ROOT;
	const platforms = loadProviders(join(root, 'schemas'), { only: options.only });
	const models = platforms.map(buildModel);
	/** @type {Map<string, string>} */
	const files = new Map();
	for (const model of models) {
		for (const emit of PLATFORM_EMITTERS) {
			for (const [path, content] of await emit(model)) files.set(path, content);
		}
	}
	if (!options.only) {
		const rootPackageJson = readFileSync(join(root, 'package.json'), 'utf8');
		for (const [path, content] of emitPackageJson(rootPackageJson, models)) files.set(path, content);
		for (const [path, content] of emitPlatformPackages(rootPackageJson, models)) files.set(path, content);
		const readme = join(root, 'README.md');
		for (const [path, content] of emitReadmeCommonView(existsSync(readme) ? readFileSync(readme, 'utf8') : null, models)) files.set(path, content);
		const [path, content] = await emitDescriptionTypes(JSON.parse(readFileSync(join(root, 'schemas', 'provider.schema.json'), 'utf8')));
		files.set(path, content);
	}
	return files;
}

/**
 * Generated files that exist on disk but are no longer produced.
 * @param {string} root
 * @param {Map<string, string>} files
 * @returns {string[]}
 */
function staleFiles(root, files) {
	/** @type {string[]} */
	const stale = [];
	/** @param {string} dir */
	const walk = (dir) => {
		if (!existsSync(dir)) return;
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else {
				const rel = relative(root, full);
				// Everything under packages/ is emitted: a platform that is gone leaves no package behind.
				const generatedPlace = /(^|\/)(generated|__schema__)\//.test(rel) || rel.startsWith(`${PACKAGES_DIR}/`);
				const marked = /\.(ts|js)$/.test(name) && readFileSync(full, 'utf8').startsWith(BANNER_MARK);
				if ((generatedPlace || marked) && !files.has(rel)) stale.push(rel);
			}
		}
	};
	walk(join(root, 'nodes'));
	walk(join(root, 'credentials'));
	walk(join(root, PACKAGES_DIR));
	return stale;
}

/** Writes or checks the generated files; returns the list of differences. */
export async function run({ check = false, root = ROOT } = {}) {
	const files = await generateAll({ root });
	const differences = [];
	for (const [path, content] of files) {
		const full = join(root, path);
		const current = existsSync(full) ? readFileSync(full, 'utf8') : null;
		if (current === content) continue;
		differences.push(current === null ? `missing: ${path}` : `stale: ${path}`);
		if (!check) {
			mkdirSync(dirname(full), { recursive: true });
			writeFileSync(full, content);
		}
	}
	for (const path of staleFiles(root, files)) {
		differences.push(`no longer generated: ${path}`);
		if (!check) rmSync(join(root, path));
	}
	return differences;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	await runWriter(run, { what: 'Generated files', command: 'npm run generate', done: 'Generated' });
}
