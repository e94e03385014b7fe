import type { IDataObject } from 'n8n-workflow';
import { getPath } from './transport';
import type { StatusSpec, StatusValue } from './types';

/*
 * The status of a session-like item, read through its resource's status list. A value with its
 * own field (Stripe's "paid" is payment_status) refines the list field's value, so it wins while
 * that field holds it: a completed and paid checkout session is "paid", not "complete".
 */

const readsOwnField = (list: StatusSpec, s: StatusValue) => s.field !== undefined && s.field !== list.field;

/** The list entry of the item's status, or undefined when the item has none or one the list does not know. */
export function statusOf(list: StatusSpec, item: IDataObject): StatusValue | undefined {
	const own = list.values.find((s) => readsOwnField(list, s) && String(getPath(item, s.field!) ?? '') === s.value);
	if (own) return own;
	const value = getPath(item, list.field);
	return list.values.find((s) => !readsOwnField(list, s) && s.value === String(value));
}

/** The item's status as the platform names it, or undefined when the item carries none. */
export function statusValue(list: StatusSpec, item: IDataObject): string | undefined {
	const known = statusOf(list, item);
	if (known) return known.value;
	const value = getPath(item, list.field);
	return value === undefined || value === null || value === '' ? undefined : String(value);
}
