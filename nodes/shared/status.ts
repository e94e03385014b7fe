import type { IDataObject } from 'n8n-workflow';
import { getPath } from './transport';
import type { StatusSpec, StatusValue } from './types';

/*
 * The status of a session-like item, read through its resource's status list. A value with its
 * own field (Stripe's "paid" is payment_status) refines the list field's value, so it wins while
 * that field holds it: a completed and paid checkout session is "paid", not "complete".
 */

/** The item's status as the platform names it, or undefined when the item carries none. */
export function statusValue(list: StatusSpec, item: IDataObject): string | undefined {
	for (const s of list.values) if (s.field !== undefined && String(getPath(item, s.field) ?? '') === s.value) return s.value;
	const value = getPath(item, list.field);
	return value === undefined || value === null || value === '' ? undefined : String(value);
}

/** The list entry of the item's status, or undefined when the item has none or one the list does not know. */
export function statusOf(list: StatusSpec, item: IDataObject): StatusValue | undefined {
	const value = statusValue(list, item);
	return value === undefined ? undefined : list.values.find((s) => s.value === value && (s.field === undefined || s.field === list.field || readsOwnField(s, item)));
}

function readsOwnField(s: StatusValue, item: IDataObject): boolean {
	return s.field !== undefined && String(getPath(item, s.field) ?? '') === s.value;
}
