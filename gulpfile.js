/*
 * The build's asset step: tsc compiles the TypeScript (and the generated validators), gulp copies
 * what n8n reads besides code — icons, codex files and the __schema__ output schemas.
 */
const { src, dest, parallel } = require('gulp');

/** Node and credential icons. */
function copyIcons() {
	return src(['nodes/**/*.svg', 'credentials/**/*.svg'], { base: '.', encoding: false }).pipe(dest('dist'));
}

/** Codex files (*.node.json) next to each node. */
function copyCodex() {
	return src('nodes/**/*.node.json', { base: '.' }).pipe(dest('dist'));
}

/** Output schemas n8n shows before a node has run. */
function copyOutputSchemas() {
	return src('nodes/**/__schema__/**/*.json', { base: '.' }).pipe(dest('dist'));
}

exports.build = parallel(copyIcons, copyCodex, copyOutputSchemas);
exports.default = exports.build;
