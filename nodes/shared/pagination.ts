import type { IDataObject } from 'n8n-workflow';
import type { ApiResponse, Connection } from './transport';
import { send } from './transport';
import type { OperationSpec, PaginationSpec } from './types';

/*
 * Two paging styles cover the five APIs: an id cursor (the last item's id goes into the next
 * request: Stripe, Digital River, Quaderno) and an opaque cursor the API hands back (Primer,
 * Gr4vy). Filters are sent on every page, not only the first.
 */

/** Reads a dot path ("data", "a.b"); '' is the value itself. */
export function getPath(value: unknown, path: string): unknown {
	if (!path) return value;
	let current = value;
	for (const part of path.split('.')) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as IDataObject)[part];
	}
	return current;
}

export interface Page {
	items: IDataObject[];
	/** Cursor for the next page; undefined when this was the last. */
	next?: string;
}

/** Splits one list response into items and the next cursor. */
export function readPage(spec: PaginationSpec, response: ApiResponse): Page {
	const raw = getPath(response.body, spec.itemsPath);
	const items = Array.isArray(raw) ? (raw as IDataObject[]) : [];
	if (spec.style === 'opaqueCursor') {
		const next = getPath(response.body, spec.nextCursorPath);
		return { items, next: typeof next === 'string' && next !== '' ? next : undefined };
	}
	const hasMore =
		'header' in spec.hasMore
			? String(response.headers[spec.hasMore.header] ?? '').toLowerCase() === 'true'
			: getPath(response.body, spec.hasMore.path) === true;
	// A null or scalar entry cannot carry the cursor: the last object on the page does.
	const last = [...items].reverse().find((item) => typeof item === 'object' && item !== null);
	const cursor = last ? getPath(last, spec.cursorField) : undefined;
	return { items, next: hasMore && cursor !== undefined && cursor !== null ? String(cursor) : undefined };
}

/** Fetches one page of a list operation, starting after `cursor`. */
export async function fetchPage(
	conn: Connection,
	op: OperationSpec,
	qs: IDataObject,
	pageSize: number,
	cursor: string | undefined,
	itemIndex?: number,
): Promise<Page> {
	const spec = op.pagination!;
	const query: IDataObject = { ...qs, [spec.limitParam]: Math.max(1, Math.min(pageSize, spec.maxLimit)) };
	if (cursor !== undefined) query[spec.cursorParam] = cursor;
	const response = await send(conn, { method: op.method, path: op.path, qs: query, idempotent: true, itemIndex });
	return readPage(spec, response);
}

/** Collects items of a list operation: all of them, or up to `limit`. */
export async function collect(
	conn: Connection,
	op: OperationSpec,
	qs: IDataObject,
	limit: number | undefined,
	itemIndex?: number,
): Promise<IDataObject[]> {
	const spec = op.pagination!;
	const out: IDataObject[] = [];
	let cursor: string | undefined;
	do {
		const want = limit === undefined ? spec.maxLimit : limit - out.length;
		const page = await fetchPage(conn, op, qs, want, cursor, itemIndex);
		out.push(...page.items);
		cursor = page.next;
		if (page.items.length === 0) break;
	} while (cursor !== undefined && (limit === undefined || out.length < limit));
	return limit === undefined ? out : out.slice(0, limit);
}
