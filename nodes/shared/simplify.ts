import type { IDataObject } from 'n8n-workflow';
import { statusOf, statusValue } from './status';
import { getPath } from './transport';
import type { ProviderSpec, SimplifySpec } from './types';

/*
 * The common session view (the Simplify option): one shape for a session, payment, order or
 * transaction of any platform, so that one rule (e.g. a Switch on `state`) serves all of them.
 * What each platform's fields are is data (SimplifySpec); here is only how a value is read and
 * normalised. A field an item does not carry, or carries in a form that cannot be read, is null:
 * a simplified item never fails.
 */

// ISO 4217 minor-unit exponents other than 2: a decimal 1999 JPY is 1999 minor units, 1.5 KWD is 1500.
const EXPONENTS: Record<string, number> = {
	BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
	BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
	CLF: 4, UYW: 4,
};

/** The first value of the paths that is neither missing nor null nor empty. */
function first(item: IDataObject, paths: string[] | undefined | null): unknown {
	for (const path of paths ?? []) {
		const value = getPath(item, path);
		if (value !== undefined && value !== null && value !== '') return value;
	}
	return undefined;
}

function text(value: unknown): string | null {
	return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

function number(value: unknown): number | null {
	const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
	return Number.isFinite(n) ? n : null;
}

/** An ISO 4217 code in capitals; some platforms write it in lower case. */
function currencyCode(value: unknown): string | null {
	return typeof value === 'string' && /^[A-Za-z]{3}$/.test(value) ? value.toUpperCase() : null;
}

function amountIn(spec: SimplifySpec['amount'], item: IDataObject, currency: string | null): number | null {
	if (!spec) return null;
	const value = number(first(item, spec.paths));
	if (value === null) return null;
	if (spec.unit === 'minor') return Number.isInteger(value) ? value : null;
	// Rounding absorbs binary fractions (19.99 * 100 = 1998.9999…); a currency not known keeps 2.
	return Math.round(value * 10 ** (EXPONENTS[currency ?? ''] ?? 2));
}

function timeIn(spec: SimplifySpec['createdAt'], item: IDataObject): string | null {
	if (!spec) return null;
	const value = first(item, spec.paths);
	let ms: number;
	if (spec.format === 'unixSeconds') {
		const seconds = number(value);
		ms = seconds === null ? Number.NaN : seconds * 1000;
	} else {
		ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
	}
	return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : null;
}

/** An ID, or the ID of an expanded object where a platform may put the object instead. */
function idIn(value: unknown): string | null {
	if (value !== null && typeof value === 'object' && !Array.isArray(value)) return text((value as IDataObject).id);
	return text(value);
}

/** An item of the given resource in the common session view. */
export function simplifyItem(provider: ProviderSpec, resource: string, item: IDataObject): IDataObject {
	const spec = provider.simplify?.[resource];
	const list = provider.statuses?.[resource];
	if (!spec || !list) throw new Error(`${provider.displayName} has no common view of "${resource}"`);
	const currency = currencyCode(first(item, spec.currency));
	return {
		platform: provider.id,
		resource,
		id: idIn(getPath(item, spec.idField)),
		status: statusValue(list, item) ?? null,
		state: statusOf(list, item)?.state ?? null,
		amount: amountIn(spec.amount, item, currency),
		currency,
		customerEmail: text(first(item, spec.customerEmail)),
		url: text(first(item, spec.url)),
		createdAt: timeIn(spec.createdAt, item),
		updatedAt: timeIn(spec.updatedAt, item),
		links: Object.fromEntries(Object.entries(spec.links).map(([name, paths]) => [name, idIn(first(item, paths))])),
	};
}

/** The fields a trigger adds to an item (the event and the status before it); the trigger's simplified item keeps them. */
const TRIGGER_FIELDS = ['triggerEvent', 'previousStatus'];

/** A trigger's item in the common session view, keeping what the trigger says about the event. */
export function simplifyEvent(provider: ProviderSpec, resource: string, item: IDataObject): IDataObject {
	const view = simplifyItem(provider, resource, item);
	for (const field of TRIGGER_FIELDS) if (item[field] !== undefined) view[field] = item[field];
	return view;
}
