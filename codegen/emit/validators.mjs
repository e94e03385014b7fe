// @ts-check
/*
 * generated/validators.js (+ .d.ts): Ajv standalone validators of every request body and query,
 * compiled at build time from the effective schemas the model holds.
 */
import standalone from 'ajv/dist/standalone/index.js';
import { createAjv } from '../load.mjs';
import { banner } from './literal.mjs';

// The package is CommonJS; its default export sits one level down when loaded from ESM.
const standaloneCode = standalone.default;

/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */

/*
 * Ajv's standalone output imports small helpers from its own package. The package must have no
 * runtime dependencies, so each helper it uses is replaced by a local equivalent.
 */
const RUNTIME_SUBSTITUTES = {
	// String length in code points, as JSON Schema counts it (a surrogate pair is one character).
	'require("ajv/dist/runtime/ucs2length").default': '(function (s) { let n = 0; for (const _ of s) n++; return n; })',
};

/**
 * Emits the compiled validators and their declarations.
 * @param {PlatformModel} model
 * @returns {[string, string][]}
 */
export function emitValidators(model) {
	const { code, names } = compileValidators(model);
	return [
		[`${model.folder}/generated/validators.js`, `${banner(model.source)}${code}`],
		[
			`${model.folder}/generated/validators.d.ts`,
			`${banner(model.source)}import type { CompiledValidator } from '../../shared/types';\n\n${names.map((n) => `export declare const ${n}: CompiledValidator;`).join('\n')}\n`,
		],
	];
}

/**
 * The standalone output needs no package at run time (checked below), which keeps the package
 * Cloud-verifiable.
 * @param {PlatformModel} model
 */
function compileValidators(model) {
	const ajv = createAjv();
	for (const schema of Object.values(model.schemas)) ajv.addSchema(schema);
	/** @type {Record<string, string>} */
	const exports = {};
	for (const { validators } of model.operations) {
		for (const v of validators) {
			ajv.addSchema(v.schema);
			exports[v.name] = v.schema.$id;
		}
	}
	const names = Object.keys(exports).sort();
	if (!names.length) return { code: '"use strict";\n', names };
	let code = standaloneCode(ajv, exports);
	for (const [call, local] of Object.entries(RUNTIME_SUBSTITUTES)) code = code.split(call).join(local);
	if (/require\(/.test(code)) throw new Error(`${model.id}: compiled validators need a runtime package; avoid the schema keyword that causes it`);
	return { code: `${code}\n`, names };
}
