// @ts-check
/*
 * package.json: the `n8n` lists of built nodes and credentials n8n loads, over all platforms.
 */

/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */

/**
 * Rewrites the n8n.nodes and n8n.credentials lists of the given package.json text.
 * @param {string} packageJson current package.json content
 * @param {PlatformModel[]} models
 * @returns {[string, string][]}
 */
export function emitPackageJson(packageJson, models) {
	const pkg = JSON.parse(packageJson);
	const nodes = [];
	const credentials = [];
	for (const { description: d, folder } of models) {
		nodes.push(`dist/${folder}/${d.node.className}.node.js`);
		if (d.trigger) nodes.push(`dist/${folder}/${d.trigger.className}.node.js`);
		credentials.push(...d.credentials.map((c) => `dist/credentials/${c.className}.credentials.js`));
	}
	pkg.n8n.credentials = [...credentials].sort();
	pkg.n8n.nodes = [...nodes].sort();
	return [['package.json', `${JSON.stringify(pkg, null, 2)}\n`]];
}
