// @ts-check
/*
 * package.json: the `n8n` lists of built nodes and credentials n8n loads, over all platforms.
 */
import { platformEntryPoints } from './platform-package.mjs';

/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */

/**
 * Rewrites the n8n.nodes and n8n.credentials lists of the given package.json text.
 * @param {string} packageJson current package.json content
 * @param {PlatformModel[]} models
 * @returns {[string, string][]}
 */
export function emitPackageJson(packageJson, models) {
	const pkg = JSON.parse(packageJson);
	const entries = models.map(platformEntryPoints);
	pkg.n8n.credentials = entries.flatMap((e) => e.credentials).sort();
	pkg.n8n.nodes = entries.flatMap((e) => e.nodes).sort();
	return [['package.json', `${JSON.stringify(pkg, null, 2)}\n`]];
}
