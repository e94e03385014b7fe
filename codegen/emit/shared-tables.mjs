// @ts-check
/*
 * Shared field tables. The same schema object reached from several places (create and update
 * bodies, every address of an order) derives the same field list each time; emitted inline, each
 * copy costs its full size. Here every list that occurs more than once is declared once as a
 * named constant and referenced by that name, so the generated file holds each table once.
 */
import { lit, raw } from './literal.mjs';

/** @typedef {Record<string, any>} Json */

/**
 * How an emitter names one kind of table: the base name of the constant and its TypeScript type.
 * Returning undefined keeps the list inline wherever it occurs.
 * @callback TableNamer
 * @param {string} key the property that holds the list
 * @param {Json} holder the object that has this property
 * @param {Json[]} ancestors objects from the root down to the holder's parent
 * @returns {{ name: string, type: string, user: string } | undefined} user: the field, group or
 *   resource the list belongs to, named in the declaration's comment when several share it
 */

/**
 * A constant the emitted file declares before its main export.
 * @typedef {object} TableDeclaration
 * @property {string} name
 * @property {string[]} users the fields, groups or resources that share the list, when there are several
 * @property {string} type
 * @property {unknown} value with shared tables inside it already replaced by their names
 */

/**
 * Replaces every list that the namer accepts and that occurs at least twice by a reference to
 * one declaration. A list that ends up referenced once (its repeats all sat inside another
 * shared list) stays inline. Declarations come innermost first, so each is defined before use.
 * @param {unknown} root
 * @param {TableNamer} nameOf
 * @returns {{ value: unknown, declarations: TableDeclaration[] }}
 */
export function shareTables(root, nameOf) {
	/** @type {Map<string, number>} */
	const occurrences = new Map();
	/** @type {(value: unknown, visit: (list: unknown[], key: string, holder: Json, ancestors: Json[]) => void, ancestors?: Json[]) => void} */
	const walk = (value, visit, ancestors = []) => {
		if (Array.isArray(value)) {
			for (const item of value) walk(item, visit, ancestors);
		} else if (value && typeof value === 'object' && value.constructor === Object) {
			const holder = /** @type {Json} */ (value);
			for (const [key, child] of Object.entries(holder)) {
				if (Array.isArray(child) && child.length) visit(child, key, holder, ancestors);
				walk(child, visit, [...ancestors, holder]);
			}
		}
	};
	/** @type {Map<string, Set<string>>} */
	const baseNames = new Map();
	/** @type {Map<string, Set<string>>} */
	const users = new Map();
	walk(root, (list, key, holder, ancestors) => {
		const base = nameOf(key, holder, ancestors);
		if (!base) return;
		const id = JSON.stringify(list);
		occurrences.set(id, (occurrences.get(id) ?? 0) + 1);
		baseNames.set(id, (baseNames.get(id) ?? new Set()).add(base.name));
		users.set(id, (users.get(id) ?? new Set()).add(base.user));
	});

	/** @type {Map<string, { base: { name: string, type: string, user: string }, value: unknown, references: number }>} */
	const shared = new Map();
	const REF = Symbol('shared table');
	/** @type {(value: unknown, ancestors: Json[]) => unknown} */
	const rewrite = (value, ancestors) => {
		if (Array.isArray(value)) return value.map((item) => rewrite(item, ancestors));
		if (!value || typeof value !== 'object' || value.constructor !== Object) return value;
		const holder = /** @type {Json} */ (value);
		/** @type {Json} */
		const out = {};
		for (const [key, child] of Object.entries(holder)) {
			const base = Array.isArray(child) && child.length ? nameOf(key, holder, ancestors) : undefined;
			const id = base ? JSON.stringify(child) : '';
			if (base && (occurrences.get(id) ?? 0) > 1) {
				if (!shared.has(id)) shared.set(id, { base, value: rewrite(child, [...ancestors, holder]), references: 0 });
				out[key] = { [REF]: id };
			} else {
				out[key] = rewrite(child, [...ancestors, holder]);
			}
		}
		return out;
	};
	const rewritten = rewrite(root, []);

	// References are counted in the output as it will be written: the main value once, and each
	// declaration once however often it is used.
	/** @type {(value: unknown, seen: Set<string>) => void} */
	const count = (value, seen) => {
		if (Array.isArray(value)) for (const item of value) count(item, seen);
		else if (value && typeof value === 'object') {
			const id = /** @type {any} */ (value)[REF];
			if (id !== undefined) {
				const table = /** @type {NonNullable<ReturnType<typeof shared.get>>} */ (shared.get(id));
				table.references++;
				if (!seen.has(id)) {
					seen.add(id);
					count(table.value, seen);
				}
			} else for (const child of Object.values(value)) count(child, seen);
		}
	};
	count(rewritten, new Set());

	/** @type {Map<string, { name: string, users: string[] }>} */
	const names = new Map();
	const taken = new Set();
	for (const [id, table] of shared) {
		if (table.references < 2) continue;
		const base = sharedName([...(baseNames.get(id) ?? [table.base.name])]);
		let name = base;
		for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
		taken.add(name);
		const sharedBy = [...(users.get(id) ?? [])];
		names.set(id, { name, users: sharedBy.length > 1 ? sharedBy : [] });
	}
	/** @type {(value: unknown) => unknown} */
	const resolve = (value) => {
		if (Array.isArray(value)) return value.map(resolve);
		if (!value || typeof value !== 'object' || value.constructor !== Object) return value;
		const id = /** @type {any} */ (value)[REF];
		if (id !== undefined) {
			const name = names.get(id)?.name;
			return name ? raw(name) : resolve(/** @type {NonNullable<ReturnType<typeof shared.get>>} */ (shared.get(id)).value);
		}
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
	};
	/** @type {TableDeclaration[]} */
	const declarations = [];
	for (const [id, table] of shared) {
		const named = names.get(id);
		if (named) declarations.push({ ...named, type: table.base.type, value: resolve(table.value) });
	}
	return { value: resolve(rewritten), declarations };
}

/**
 * One name for a list that several places name differently, and who they are: their common
 * ending where it says more than the kind of list (billingAddressFields + shippingAddressFields
 * -> addressFields), else the first place's name.
 * @param {string[]} names
 * @returns {string}
 */
function sharedName(names) {
	if (names.length === 1) return names[0];
	const words = names.map((n) => n.split(/(?=[A-Z])/));
	let common = 0;
	while (common < Math.min(...words.map((w) => w.length - 1)) && words.every((w) => w[w.length - 1 - common] === words[0][words[0].length - 1 - common])) common++;
	if (common < 2) return names[0];
	const suffix = words[0].slice(words[0].length - common).join('');
	return suffix.charAt(0).toLowerCase() + suffix.slice(1);
}

/**
 * The declarations as TypeScript, each followed by a blank line.
 * @param {TableDeclaration[]} declarations
 */
export function declarationsCode(declarations) {
	return declarations.map((t) => `${t.users.length ? `// Shared by ${t.users.join(', ')}.\n` : ''}const ${t.name}: ${t.type} = ${lit(t.value)};\n\n`).join('');
}

/**
 * camelCase of a JSON key, for constant names ("billing_details" -> "billingDetails").
 * @param {string} key
 */
export function camelName(key) {
	const camel = key.replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_, /** @type {string} */ c) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '');
	// Official schemas have keys such as "3ds"; a constant's name cannot start with a digit.
	return /^[0-9]/.test(camel) ? `_${camel}` : camel.charAt(0).toLowerCase() + camel.slice(1);
}
