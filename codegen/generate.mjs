// @ts-check
/*
 * The generator: schemas/<provider>/ -> nodes/<Node>/ (tables, properties, types, validators,
 * output schemas, codex, thin node classes) and credentials/. `--check` compares instead of
 * writing and fails when anything committed is stale, so the tests and CI catch hand edits and
 * forgotten regenerations.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProviders, DescriptionError } from './load.mjs';
import { buildProvider } from './provider.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Produces every generated file as a map from repo-relative path to content.
 * @param {{ root?: string, only?: string[] }} [options]
 * @returns {Promise<Map<string, string>>}
 */
export async function generateAll(options = {}) {
	const root = options.root ?? ROOT;
	const providers = loadProviders(join(root, 'schemas'), { only: options.only });
	/** @type {Map<string, string>} */
	const files = new Map();
	const nodes = [];
	const credentials = [];
	for (const provider of providers) {
		const out = await buildProvider(provider);
		for (const [path, content] of out.files) files.set(path, content);
		nodes.push(...out.nodeFiles);
		credentials.push(...out.credentialFiles);
	}
	if (!options.only) files.set('package.json', packageJsonWithLists(root, nodes, credentials));
	return files;
}

/**
 * @param {string} root
 * @param {string[]} nodes
 * @param {string[]} credentials
 */
function packageJsonWithLists(root, nodes, credentials) {
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	pkg.n8n.credentials = [...credentials].sort();
	pkg.n8n.nodes = [...nodes].sort();
	return `${JSON.stringify(pkg, null, 2)}\n`;
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
				const generatedPlace = /(^|\/)(generated|__schema__)\//.test(rel);
				const marked = /\.(ts|js)$/.test(name) && readFileSync(full, 'utf8').startsWith('// GENERATED from ');
				if ((generatedPlace || marked) && !files.has(rel)) stale.push(rel);
			}
		}
	};
	walk(join(root, 'nodes'));
	walk(join(root, 'credentials'));
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
	const check = process.argv.includes('--check');
	try {
		const differences = await run({ check });
		if (check && differences.length) {
			console.error(`Generated files are out of date (run \`npm run generate\`):\n  ${differences.join('\n  ')}`);
			process.exit(1);
		}
		console.log(check ? 'Generated files are up to date.' : `Generated: ${differences.length} file(s) changed.`);
	} catch (error) {
		if (error instanceof DescriptionError) {
			console.error(`Invalid provider description: ${error.message}`);
			process.exit(2);
		}
		throw error;
	}
}
