import type { IDataObject } from 'n8n-workflow';
import { getPath } from './transport';
import type { StatusSpec, StatusValue } from './types';

/*
 * The status of a session-like item, read through its resource's status list. A value with its
 * own field (Stripe's "paid" is payment_status) refines the list field's value, so it wins while
 * that field holds it: a completed and paid checkout session is "paid", not "complete". One with
 * `when` as well holds only while the list's field has that value: an open setup-mode session
 * already says no_payment_required, but only a completed one has nothing left to pay.
 */

const readsOwnField = (list: StatusSpec, s: StatusValue) => s.field !== undefined && s.field !== list.field;

/** Whether an item has status `s` of a list whose own field is `listField` (a trigger's statusField or a list's field). */
export function hasStatus(listField: string, s: Pick<StatusValue, 'value' | 'field' | 'when'>, item: IDataObject): boolean {
	if (String(getPath(item, s.field ?? listField) ?? '') !== s.value) return false;
	return s.when === undefined || String(getPath(item, listField) ?? '') === s.when;
}

/** The list entry of the item's status, or undefined when the item has none or one the list does not know. */
export function statusOf(list: StatusSpec, item: IDataObject): StatusValue | undefined {
	const own = list.values.find((s) => readsOwnField(list, s) && hasStatus(list.field, s, item));
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
