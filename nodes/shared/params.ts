import type { IExecuteFunctions, IGetNodeParameterOptions } from 'n8n-workflow';

/*
 * Node parameters as the runtime reads them per item. A parameter without an expression has the
 * same value for every item, so it is read from n8n once per run: each read costs n8n a copy
 * and a walk of the value, which adds up over thousands of items. Parameters with expressions
 * are read per item as before.
 */

/** Reads parameter `name` for item `i`, like getNodeParameter. */
export type ParamReader = (name: string, i: number, fallback?: unknown, options?: IGetNodeParameterOptions) => unknown;

/** Whether a raw parameter value holds an expression anywhere (a string starting with "="). */
export function hasExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(hasExpression);
	if (value && typeof value === 'object') return Object.values(value).some(hasExpression);
	return false;
}

/** A reader for one run of a node: constant parameters are read once, the others per item. */
export function parameterReader(fn: IExecuteFunctions): ParamReader {
	const raw = fn.getNode().parameters ?? {};
	// Decided once per parameter, so an item's read never walks the raw value again.
	const perItem = new Map<string, boolean>();
	const constant = new Map<string, unknown>();
	return (name, i, fallback, options) => {
		let varies = perItem.get(name);
		if (varies === undefined) perItem.set(name, (varies = hasExpression(raw[name])));
		if (varies) return fn.getNodeParameter(name, i, fallback, options);
		const key = options?.extractValue ? `${name}\u0000value` : name;
		if (!constant.has(key)) constant.set(key, fn.getNodeParameter(name, i, fallback, options));
		return constant.get(key);
	};
}
