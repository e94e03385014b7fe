// @ts-check
/*
 * Maps JSON Schema properties to n8n parameters and to the FieldSpec table that tells the runtime
 * how to turn the parameter values back into JSON. The two are produced together so they cannot
 * drift apart.
 */

/** @typedef {Record<string, any>} Json */

const ACRONYMS = new Map([
	['id', 'ID'], ['url', 'URL'], ['urls', 'URLs'], ['api', 'API'], ['ip', 'IP'], ['iso', 'ISO'], ['sku', 'SKU'],
	['vat', 'VAT'], ['eori', 'EORI'], ['jwt', 'JWT'], ['ui', 'UI'], ['utc', 'UTC'], ['json', 'JSON'],
]);

/** Enums longer than this are typed as text rather than offered as a list of options. */
const LONG_ENUM = 50;

/**
 * Turns snake_case or camelCase into n8n's Title Case display name.
 * @param {string} key
 */
export function titleCase(key) {
	const words = key
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.split(/[_\s.-]+/)
		.filter(Boolean);
	return words.map((w) => ACRONYMS.get(w.toLowerCase()) ?? w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/**
 * Singular camelCase name of a list's fixedCollection group ("line_items" -> "lineItem").
 * @param {string} key
 */
export function groupName(key) {
	const camel = key.replace(/_([a-z0-9])/g, (_, /** @type {string} */ c) => c.toUpperCase());
	return camel.endsWith('ies') ? `${camel.slice(0, -3)}y` : camel.endsWith('s') ? camel.slice(0, -1) : `${camel}Item`;
}

/**
 * n8n's lint wants one-sentence descriptions without a final period and longer ones with it.
 * @param {string | undefined} text
 */
export function normaliseDescription(text) {
	if (!text) return undefined;
	const trimmed = text.trim().replace(/\s+/g, ' ');
	// "e.g. GB" is not a sentence end.
	const sentences = trimmed.replace(/\b(e\.g|i\.e|etc)\./g, '$1\u0000').split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);
	if (sentences.length <= 1) return trimmed.replace(/\.$/, '');
	return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export class SchemaResolver {
	/** @param {string} provider @param {Record<string, Json>} schemas */
	constructor(provider, schemas) {
		this.provider = provider;
		this.schemas = schemas;
	}

	/**
	 * Follows $ref (file-relative or local) and returns the target with the referrer's
	 * annotations laid over it, plus the file the target lives in.
	 * @param {Json} schema
	 * @param {string} file
	 * @returns {{ schema: Json, file: string }}
	 */
	resolve(schema, file) {
		let current = schema;
		let currentFile = file;
		/** @type {Json} */
		const annotations = {};
		for (let depth = 0; current.$ref; depth++) {
			if (depth > 20) throw new Error(`$ref loop in ${this.provider}/${file}`);
			for (const k of ['title', 'description', 'default', 'x-enumNames', 'x-n8n']) if (current[k] !== undefined && annotations[k] === undefined) annotations[k] = current[k];
			const [target, pointer = ''] = String(current.$ref).split('#');
			if (target) currentFile = target;
			let doc = this.schemas[currentFile];
			if (!doc) throw new Error(`${this.provider}/${file}: $ref to unknown file ${target}`);
			for (const part of pointer.split('/').filter(Boolean)) doc = doc?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
			if (!doc) throw new Error(`${this.provider}/${file}: $ref ${current.$ref} points nowhere`);
			current = doc;
		}
		return { schema: { ...current, ...annotations }, file: currentFile };
	}
}

/**
 * @typedef {object} Derived
 * @property {Json} spec FieldSpec for the runtime
 * @property {Json} prop n8n parameter
 */

/**
 * The alternative of a schema the UI offers. Official schemas often allow null or, at Stripe, an
 * empty string that unsets the field beside the real shape; those stay valid for the validator
 * (and in a JSON field) but are not what a typed field edits. `x-n8n.alternative` picks one of
 * several real shapes.
 * @param {SchemaResolver} resolver
 * @param {Json} schema
 * @param {string} file
 * @returns {{ schema: Json, file: string, unset: boolean, several: boolean }}
 */
export function uiAlternative(resolver, schema, file) {
	// Beside a type or properties, anyOf is a rule (e.g. "one of these fields is required"), not a choice of shapes.
	if (!schema.anyOf || schema.type !== undefined || schema.properties) return { schema, file, unset: false, several: false };
	const { anyOf, ...outer } = schema;
	const resolved = anyOf.map((/** @type {Json} */ a) => resolver.resolve(a, file));
	const isNull = (/** @type {Json} */ a) => a.type === 'null';
	const isUnset = (/** @type {Json} */ a) => a.type === 'string' && Array.isArray(a.enum) && a.enum.length === 1 && a.enum[0] === '';
	const real = resolved.filter((/** @type {{ schema: Json }} */ a) => !isNull(a.schema) && !isUnset(a.schema));
	const unset = resolved.some((/** @type {{ schema: Json }} */ a) => isUnset(a.schema));
	const pick = outer['x-n8n']?.alternative;
	const chosen = pick !== undefined ? resolved[pick] : real.length === 1 ? real[0] : undefined;
	if (!chosen) return { schema: { ...outer, 'x-n8n': { ...(outer['x-n8n'] ?? {}), json: true } }, file, unset, several: true };
	return { schema: { ...chosen.schema, ...outer }, file: chosen.file, unset, several: false };
}

/**
 * Derives the n8n parameter and FieldSpec for one schema property.
 * @param {SchemaResolver} resolver
 * @param {string} key
 * @param {Json} rawSchema
 * @param {string} file
 * @param {{ required?: boolean, where: string, inList?: boolean }} ctx
 * @returns {Derived}
 */
export function deriveField(resolver, key, rawSchema, file, ctx) {
	const resolved = resolver.resolve(rawSchema, file);
	const { schema, file: schemaFile, unset } = uiAlternative(resolver, resolved.schema, resolved.file);
	const displayName = schema.title ?? titleCase(key);
	let description = normaliseDescription(schema.description);
	/** @type {Json} */
	// x-n8n.param renames the n8n parameter where the JSON key would break an n8n convention
	// (e.g. lint reads any collection named *update* as "Update Fields"); the JSON key is unchanged.
	const param = schema['x-n8n']?.param ?? key;
	const base = { displayName, name: param };
	/** @type {Json} */
	const spec = { field: key, param, displayName, kind: 'value' };
	const required = Boolean(ctx.required);
	const type = Array.isArray(schema.type) ? schema.type.find((/** @type {string} */ t) => t !== 'null') : schema.type;
	// In a fixed-collection entry n8n fills every value with its default, so an optional value
	// needs a default that means "not set": otherwise a deliberate false, 0 or first enum value
	// could not be told from an untouched one, and untouched values would all be sent.
	const notSet = Boolean(ctx.inList && !required);
	/** @type {Json} */
	let prop;

	if (schema['x-n8n']?.json) {
		spec.kind = 'json';
		// Empty is "not set": inside a list entry n8n would otherwise send the {} it fills in.
		prop = { ...base, type: 'json', default: ctx.inList ? '' : type === 'array' ? '[]' : '{}' };
	} else if (schema.enum && schema.enum.length > LONG_ENUM && (type === 'string' || type === undefined)) {
		// Country, currency and method lists are typed as text; the body validator checks the code.
		prop = { ...base, type: 'string', default: schema.default ?? '', placeholder: `e.g. ${schema.enum.find((/** @type {unknown} */ v) => v) ?? ''}` };
	} else if (schema.enum && (type === 'string' || type === undefined)) {
		const options = enumOptions(schema);
		if (notSet) {
			options.push({ name: 'Not Set', value: '' });
			options.sort((/** @type {Json} */ a, /** @type {Json} */ b) => a.name.localeCompare(b.name, 'en'));
		}
		prop = { ...base, type: 'options', options, default: notSet ? '' : schema.default ?? options[0].value };
	} else if (type === 'string') {
		prop = { ...base, type: 'string', default: schema.default ?? '' };
		if (/^\^https\?/.test(schema.pattern ?? '')) prop.placeholder = 'https://example.com/';
		if (/@/.test(schema.pattern ?? '') || /email/i.test(key)) prop.placeholder = 'name@email.com';
	} else if ((type === 'integer' || type === 'number') && notSet) {
		// Read as JSON text: empty is "not set", 0 is zero; the body validator checks the number.
		spec.kind = 'json';
		prop = { ...base, type: 'string', default: '', placeholder: 'e.g. 0' };
	} else if (type === 'integer' || type === 'number') {
		prop = { ...base, type: 'number', default: schema.default ?? schema.minimum ?? 0 };
		/** @type {Json} */
		const typeOptions = {};
		if (schema.minimum !== undefined) typeOptions.minValue = schema.minimum;
		if (schema.maximum !== undefined) typeOptions.maxValue = schema.maximum;
		if (type === 'integer') typeOptions.numberPrecision = 0;
		if (Object.keys(typeOptions).length) prop.typeOptions = typeOptions;
	} else if (type === 'boolean' && notSet) {
		prop = {
			...base,
			type: 'options',
			options: [
				{ name: 'False', value: false },
				{ name: 'Not Set', value: '' },
				{ name: 'True', value: true },
			],
			default: '',
		};
	} else if (type === 'boolean') {
		if (!description || !/^Whether /.test(description)) {
			throw new Error(`${resolver.provider}/${schemaFile} (${ctx.where}.${key}): a boolean needs a description starting with "Whether"`);
		}
		prop = { ...base, type: 'boolean', default: schema.default ?? false };
	} else if (type === 'array') {
		const items = resolver.resolve(schema.items ?? {}, schemaFile);
		const itemType = items.schema.type;
		if (items.schema.enum && items.schema.enum.length > LONG_ENUM) {
			spec.split = true;
			prop = { ...base, type: 'string', default: '', placeholder: `${items.schema.enum[0]}, ${items.schema.enum[1]}` };
		} else if (items.schema.enum) {
			prop = { ...base, type: 'multiOptions', options: enumOptions(items.schema), default: schema.default ?? [] };
		} else if (itemType === 'object' && items.schema.properties) {
			const group = groupName(key);
			const children = deriveObjectChildren(resolver, items.schema, items.file, `${ctx.where}.${key}[]`, true);
			spec.kind = 'list';
			spec.group = group;
			spec.fields = children.map((c) => c.spec);
			prop = {
				...base,
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: `Add ${titleCase(group)}`,
				default: {},
				options: [{ displayName: titleCase(group), name: group, values: children.map((c) => c.prop) }],
			};
		} else if (itemType === 'string' || itemType === 'integer' || itemType === 'number') {
			spec.split = true;
			if (itemType !== 'string') spec.numeric = true;
			prop = { ...base, type: 'string', default: '', placeholder: itemType === 'string' ? 'first, second' : '1, 2' };
		} else {
			spec.kind = 'json';
			prop = { ...base, type: 'json', default: '[]' };
		}
	} else if (type === 'object' && schema.properties) {
		const children = deriveObjectChildren(resolver, schema, schemaFile, `${ctx.where}.${key}`);
		spec.kind = 'object';
		spec.fields = children.map((c) => c.spec);
		// n8n collections cannot mark an option required (lint rule); the validator still enforces it.
		const options = children.map((c) => Object.fromEntries(Object.entries(c.prop).filter(([k]) => k !== 'required')));
		prop = { ...base, type: 'collection', placeholder: 'Add Field', default: {}, options };
	} else if (type === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
		spec.kind = 'map';
		spec.group = 'entry';
		prop = {
			...base,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Entry',
			default: {},
			options: [
				{
					displayName: 'Entry',
					name: 'entry',
					values: [
						{ displayName: 'Key', name: 'key', type: 'string', default: '' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		};
	} else {
		spec.kind = 'json';
		prop = { ...base, type: 'json', default: type === 'array' ? '[]' : '{}' };
	}
	if (required) prop.required = true;
	if (spec.split) description = `${description ?? displayName}, comma-separated`;
	// Where the API unsets a field with an empty string, a JSON field sends "" as it is; a typed
	// field cannot hold "", so the JSON body is the way there.
	if (unset) {
		const how = spec.kind === 'json' && prop.type === 'json' ? 'An empty string ("") clears it.' : 'To clear it, send "" for it in a JSON body.';
		description = normaliseDescription(`${description ? `${description.replace(/\.$/, '')}. ` : ''}${how}`);
	}
	if (description) prop.description = description;
	return { spec, prop };
}

/**
 * @param {SchemaResolver} resolver
 * @param {Json} schema
 * @param {string} file
 * @param {string} where
 * @param {boolean} [inList] the object is an entry of a multi-value fixed collection
 */
export function deriveObjectChildren(resolver, schema, file, where, inList = false) {
	const required = new Set(schema.required ?? []);
	return sortByDisplayName(
		Object.entries(schema.properties ?? {}).map(([k, s]) => deriveField(resolver, k, s, file, { where, required: required.has(k), inList })),
	);
}

/** @param {Derived[]} list */
export function sortByDisplayName(list) {
	return [...list].sort((a, b) => a.prop.displayName.localeCompare(b.prop.displayName, 'en'));
}

/** @param {Json} schema */
function enumOptions(schema) {
	const names = schema['x-enumNames'] ?? [];
	return schema.enum
		.filter((/** @type {unknown} */ value) => value !== null)
		.map((/** @type {string} */ value, /** @type {number} */ i) => ({ name: names[i] ?? titleCase(String(value)), value }))
		.sort((/** @type {Json} */ a, /** @type {Json} */ b) => a.name.localeCompare(b.name, 'en'));
}
