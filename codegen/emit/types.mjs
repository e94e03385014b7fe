// @ts-check
/*
 * generated/types.ts: TypeScript types of a platform's request and response schemas, from
 * json-schema-to-typescript.
 */
import { compile as compileTypes } from 'json-schema-to-typescript';
import { banner } from './literal.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */

/**
 * Emits generated/types.ts: one exported type per schema file of the platform.
 * @param {PlatformModel} model
 * @returns {Promise<[string, string][]>}
 */
export async function emitTypes(model) {
	const d = model.description;
	const schemas = model.schemas;
	const source = model.source;
	const files = Object.keys(schemas).sort();
	// One synthetic root so that each named schema becomes one exported type, declared once.
	/** @type {Json} */
	const root = {
		title: `${d.node.className}Schemas`,
		type: 'object',
		additionalProperties: false,
		properties: Object.fromEntries(files.map((f) => [f.replace('.schema.json', ''), { $ref: f }])),
	};
	// Property titles are UI labels; left in, every titled property would become its own type alias.
	/** @type {(s: any, top: boolean) => any} */
	const untitle = (s, top) => {
		if (Array.isArray(s)) return s.map((x) => untitle(x, false));
		if (!s || typeof s !== 'object') return s;
		const out = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === 'enum' || k === 'required' ? v : untitle(v, false)]));
		if (!top) delete out.title;
		return out;
	};
	const stripped = Object.fromEntries(files.map((f) => [f, untitle({ ...schemas[f], $id: undefined }, true)]));
	const code = await compileTypes(root, root.title, {
		bannerComment: '',
		ignoreMinAndMaxItems: true,
		declareExternallyReferenced: true,
		format: false,
		strictIndexSignatures: true,
		$refOptions: {
			resolve: {
				file: false,
				http: false,
				local: {
					order: 1,
					canRead: true,
					read: (/** @type {{ url: string }} */ file) => {
						const name = file.url.split('/').pop() ?? '';
						if (!stripped[name]) throw new Error(`${d.id}: unknown schema file ${name}`);
						return JSON.stringify(stripped[name]);
					},
				},
			},
		},
	});
	return [[`${model.folder}/generated/types.ts`, `${banner(source)}/* Request and response types of ${d.displayName}, from the JSON Schemas in schemas/${d.id}/. */\n\n${code.trim()}\n`]];
}

