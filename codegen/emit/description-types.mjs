// @ts-check
/*
 * The TypeScript type of a platform description, from the meta-schema that validates it. The
 * generator's own .mjs files name it in JSDoc, so `npm run typecheck` checks the generator
 * against the same contract the loader enforces.
 */
import { compile as compileTypes } from 'json-schema-to-typescript';
import { banner } from './literal.mjs';

/** @typedef {Record<string, any>} Json */

/** Where the description type is written; the generator's JSDoc imports it from there. */
export const DESCRIPTION_TYPES_PATH = 'codegen/types/description.d.ts';

/**
 * `if`/`then` only add conditional `required` lists, which a static type cannot express; left in,
 * json-schema-to-typescript repeats the whole object once per branch.
 * @param {unknown} schema
 * @returns {unknown}
 */
function withoutConditionals(schema) {
	if (Array.isArray(schema)) return schema.map(withoutConditionals);
	if (!schema || typeof schema !== 'object') return schema;
	/** @type {Json} */
	const out = {};
	for (const [k, v] of Object.entries(schema)) {
		if (k === 'if' || k === 'then') continue;
		if (k === 'allOf' && Array.isArray(v) && v.every((part) => part.if && Object.keys(part).every((p) => p === 'if' || p === 'then'))) continue;
		out[k] = withoutConditionals(v);
	}
	return out;
}

/**
 * Emits codegen/types/description.d.ts from schemas/provider.schema.json.
 * @param {Json} metaSchema
 * @returns {Promise<[string, string]>}
 */
export async function emitDescriptionTypes(metaSchema) {
	const code = await compileTypes(/** @type {any} */ (withoutConditionals(metaSchema)), 'ProviderDescription', {
		bannerComment: '',
		ignoreMinAndMaxItems: true,
		strictIndexSignatures: true,
		style: { useTabs: true, singleQuote: true, printWidth: 120 },
	});
	return [DESCRIPTION_TYPES_PATH, `${banner('schemas/provider.schema.json')}\n${code.trim()}\n`];
}
