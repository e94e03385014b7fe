// @ts-check
/*
 * `npm run export`: the package's operations as HTTP tasks for tools other than this package's
 * nodes, written from the same platform models the generator builds (load.mjs + model.mjs), into
 * export/ (no n8n package ships it). Three formats, one emitter each under export/:
 * Conductor tasks and workflows, OpenAPI 3.1 documents, and n8n workflows that use the built-in
 * HTTP Request node with this package's credentials. `--check` compares instead of writing and
 * fails when anything committed is stale, as `npm run generate -- --check` does.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWriter } from './cli.mjs';
import { loadProviders } from './load.mjs';
import { buildModel } from './model.mjs';
import { runtimeDefaults } from './export/common.mjs';
import { emitConductor } from './export/conductor.mjs';
import { emitN8nWorkflows } from './export/n8n.mjs';
import { emitOpenApi } from './export/openapi.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Folder of the export, repo-relative; nothing else is written there. */
export const EXPORT_DIR = 'export';

/**
 * Every exported file as a map from repo-relative path to content.
 * @param {{ root?: string }} [options]
 * @returns {Map<string, string>}
 */
export function exportAll(options = {}) {
	const root = options.root ?? ROOT;
	const models = loadProviders(join(root, 'schemas')).map(buildModel);
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const ctx = {
		defaults: runtimeDefaults(root),
		examples: JSON.parse(readFileSync(join(root, 'codegen', 'export', 'examples.json'), 'utf8')),
		ownerEmail: String(pkg.author?.email ?? 'owner@example.com'),
		version: String(pkg.version),
	};
	/** @type {Map<string, string>} */
	const files = new Map();
	for (const model of models) {
		for (const emit of [emitConductor, emitOpenApi, emitN8nWorkflows]) {
			for (const [path, content] of emit(model, ctx)) {
				if (files.has(path)) throw new Error(`export: two emitters write ${path}`);
				files.set(path, content);
			}
		}
	}
	return files;
}

/**
 * Writes or checks the export; returns the list of differences.
 * @param {{ check?: boolean, root?: string }} [options]
 */
export function run({ check = false, root = ROOT } = {}) {
	const files = exportAll({ root });
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
	/** @param {string} dir */
	const walk = (dir) => {
		if (!existsSync(dir)) return;
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (!files.has(relative(root, full))) {
				differences.push(`no longer exported: ${relative(root, full)}`);
				if (!check) rmSync(full);
			}
		}
	};
	walk(join(root, EXPORT_DIR));
	return differences;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	await runWriter(run, { what: 'Exported files', command: 'npm run export', done: 'Exported' });
}
