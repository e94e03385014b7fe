// @ts-check
/*
 * Building blocks every emitter shares: TypeScript literals and the banner that marks generated
 * files.
 */

/** @typedef {Record<string, any>} Json */

/** Marks a value that is emitted as code rather than as a literal. */
export class Raw {
	/** @param {string} code */
	constructor(code) {
		this.code = code;
	}
}

/** @param {string} code */
export const raw = (code) => new Raw(code);

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A single-quoted TypeScript string literal.
 * @param {string} s
 */
export function quote(s) {
	return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/**
 * Serialises a value as a TypeScript literal with tab indentation.
 * @param {unknown} value
 * @param {number} [indent]
 * @returns {string}
 */
export function lit(value, indent = 0) {
	const pad = '\t'.repeat(indent + 1);
	const end = '\t'.repeat(indent);
	if (value instanceof Raw) return value.code;
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		if (value.every((v) => typeof v === 'string' || typeof v === 'number') && value.join(', ').length < 80) {
			return `[${value.map((v) => lit(v)).join(', ')}]`;
		}
		return `[\n${value.map((v) => `${pad}${lit(v, indent + 1)},\n`).join('')}${end}]`;
	}
	if (value && typeof value === 'object') {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		if (entries.length === 0) return '{}';
		return `{\n${entries.map(([k, v]) => `${pad}${IDENT.test(k) ? k : quote(k)}: ${lit(v, indent + 1)},\n`).join('')}${end}}`;
	}
	if (typeof value === 'string') return quote(value);
	return JSON.stringify(value);
}

/**
 * The first line of every generated file, naming the description it comes from.
 * @param {string} source
 */
export function banner(source) {
	return `// GENERATED from ${source} by \`npm run generate\`. Do not edit: change the description and regenerate.\n`;
}

/** How a generated file starts; the drift check finds stale generated files by it. */
export const BANNER_MARK = '// GENERATED from ';
