// @ts-check
/**
 * The one place the UI suite learns which packages, node types and credentials it tests: from
 * the community packages installed in an n8n user folder, read the way n8n reads them (each
 * package's `n8n.nodes` list, the node class's description). Nothing here names a package or a
 * platform, so one all-in-one package and one package per platform are read alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * @typedef {{
 *   displayName: string, name: string, type: string, default?: unknown,
 *   options?: Array<{name: string, value: unknown}>,
 *   displayOptions?: {show?: Record<string, unknown[]>, hide?: Record<string, unknown[]>},
 * }} Property
 * @typedef {object} PackageNode
 * @property {string} packageName
 * @property {string} type          node type as n8n names it, `<package>.<name>`
 * @property {string} displayName   what the node creator lists and its search finds
 * @property {boolean} trigger      a polling trigger (no inputs)
 * @property {Property[]} properties  the node's parameters: the generated property table
 * @property {string[]} credentials credential types the node accepts
 */

/**
 * Every node of every community package installed in the user folder.
 * @param {string} userFolder
 * @returns {PackageNode[]}
 */
export function installedPackageNodes(userFolder) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const manifest = JSON.parse(readFileSync(path.join(nodesDir, 'package.json'), 'utf8'));
	/** @type {PackageNode[]} */
	const found = [];
	for (const packageName of Object.keys(manifest.dependencies ?? {})) {
		const dir = path.join(nodesDir, 'node_modules', ...packageName.split('/'));
		const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
		const load = createRequire(path.join(dir, 'package.json'));
		for (const file of pkg.n8n?.nodes ?? []) {
			const full = path.join(dir, file);
			if (!existsSync(full)) throw new Error(`${packageName} declares ${file}, which it does not contain`);
			/** @type {Record<string, new () => {description: any}>} */
			const mod = load(full);
			for (const NodeClass of Object.values(mod)) {
				if (typeof NodeClass !== 'function') continue;
				const description = new NodeClass().description;
				if (!description?.name) continue;
				found.push({
					packageName,
					type: `${packageName}.${description.name}`,
					displayName: description.displayName,
					trigger: Boolean(description.polling) || (description.inputs ?? []).length === 0,
					properties: description.properties,
					credentials: (description.credentials ?? []).map((/** @type {{name: string}} */ c) => c.name),
				});
			}
		}
	}
	if (found.length === 0) throw new Error(`no community node is installed in ${nodesDir}`);
	return found;
}
