import type { IDataObject } from 'n8n-workflow';
import type { ParamReader } from './params';
import type { BodySpec, FieldSpec, QuerySpec } from './types';

/*
 * Turns n8n parameter values into the JSON the API expects, following the FieldSpec table.
 * Anything the user did not set (empty strings, empty lists, untouched collections) is left out,
 * so the API never receives a field the user did not ask for.
 */

type Value = IDataObject[string];

const isEmpty = (v: unknown): boolean =>
	v === undefined ||
	v === '' ||
	(Array.isArray(v) && v.length === 0) ||
	(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

/** Thrown for input the runtime itself can tell is wrong; execute attaches node and item. */
export class InputError extends Error {
	constructor(
		message: string,
		readonly description?: string,
	) {
		super(message);
	}
}

/** Converts one field's n8n value into its JSON value; undefined means "not set". */
export function convertField(spec: FieldSpec, value: unknown, path: string): Value | undefined {
	if (isEmpty(value) || (spec.omitIf !== undefined && value === spec.omitIf)) return undefined;
	switch (spec.kind) {
		case 'value': {
			if (spec.split && typeof value === 'string') {
				const parts = value.split(',').map((s) => s.trim()).filter(Boolean);
				if (!spec.numeric) return parts.length ? parts : undefined;
				const numbers = parts.map(Number);
				const bad = parts.find((_, i) => !Number.isFinite(numbers[i]));
				if (bad !== undefined) throw new InputError(`"${spec.displayName}" (${path}) must be a comma-separated list of numbers; "${bad}" is not a number`);
				return numbers.length ? numbers : undefined;
			}
			return value as Value;
		}
		case 'json':
			return parseJsonField(spec.displayName, path, value);
		case 'object':
			return convertObject(spec.fields ?? [], value as IDataObject, path);
		case 'list': {
			const entries = ((value as IDataObject)[spec.group ?? ''] ?? []) as IDataObject[];
			const list = entries
				.map((entry, i) => convertObject(spec.fields ?? [], entry, `${path}[${i}]`) ?? {})
				.filter((entry) => Object.keys(entry).length > 0);
			return list.length ? list : undefined;
		}
		case 'map': {
			const entries = ((value as IDataObject)[spec.group ?? ''] ?? []) as IDataObject[];
			const map: IDataObject = {};
			for (const entry of entries) {
				const key = String(entry.key ?? '').trim();
				if (!key) continue;
				const v = entry.value;
				// String() would send an object as "[object Object]" and null as "null".
				if (v === null || typeof v === 'object') {
					throw new InputError(`"${spec.displayName}" (${path}.${key}) must be text, a number or true/false, got ${v === null ? 'null' : Array.isArray(v) ? 'a list' : 'an object'}`);
				}
				map[key] = v === undefined ? '' : String(v);
			}
			return Object.keys(map).length ? map : undefined;
		}
	}
}

/** Converts a collection's values using the specs of its children; unknown keys are ignored. */
export function convertObject(fields: FieldSpec[], value: IDataObject | undefined, path: string): IDataObject | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const out: IDataObject = {};
	for (const spec of fields) {
		if (!(spec.param in value)) continue;
		const converted = convertField(spec, value[spec.param], path ? `${path}.${spec.field}` : spec.field);
		if (converted !== undefined) out[spec.field] = converted;
	}
	return Object.keys(out).length ? out : undefined;
}

/** Parses a JSON parameter (string or already-parsed object) and names the field when it is malformed. */
export function parseJsonField(displayName: string, path: string, value: unknown): Value | undefined {
	if (typeof value !== 'string') return value as Value;
	if (value.trim() === '') return undefined;
	let problem: string;
	try {
		return JSON.parse(value) as Value;
	} catch (error) {
		problem = (error as Error).message;
	}
	throw new InputError(`"${displayName}" (${path}) is not valid JSON: ${problem}`);
}

/** Builds the request body of item `i` from the node's parameters. */
export function buildBody(read: ParamReader, spec: BodySpec, i: number): IDataObject {
	if ((read('bodyInput', i, 'fields') as string) === 'json') {
		const parsed = parseJsonField('JSON Body', 'body', read('bodyJson', i, '{}'));
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
			throw new InputError('"JSON Body" must be a JSON object, e.g. {"field": "value"}');
		}
		return parsed as IDataObject;
	}
	const body: IDataObject = {};
	for (const field of spec.required) {
		const converted = convertField(field, read(field.param, i, undefined), field.field);
		if (converted !== undefined) body[field.field] = converted;
	}
	const optional = convertObject(spec.optional, read(spec.collection, i, {}) as IDataObject, '');
	return { ...body, ...(optional ?? {}) };
}

/** Builds the list filters of item `i`. */
export function buildQuery(read: ParamReader, spec: QuerySpec, i: number): IDataObject {
	return convertObject(spec.fields, read('filters', i, {}) as IDataObject, '') ?? {};
}
