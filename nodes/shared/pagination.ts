import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { redact } from './errors';
import type { ApiResponse, Connection, Deadline } from './transport';
import { getPath, send } from './transport';
import type { OperationSpec, PaginationSpec } from './types';

export { getPath } from './transport';

/*
 * Two paging styles cover the five APIs: an id cursor (the last item's id goes into the next
 * request: Stripe, Digital River, Quaderno) and an opaque cursor the API hands back (Primer,
 * Gr4vy). Filters are sent on every page, not only the first.
 */

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

/** Where a page request belongs: its item, and the deadline of the operation it is part of. */
export interface PageContext {
	itemIndex?: number;
	/** When the operation must end. */
	deadline?: Deadline;
}

/** Fetches one page of a list operation, starting after `cursor`. */
export async function fetchPage(
	conn: Connection,
	op: OperationSpec,
	qs: IDataObject,
	pageSize: number,
	cursor: string | undefined,
	context: PageContext = {},
): Promise<Page> {
	const spec = op.pagination!;
	const query: IDataObject = { ...qs, [spec.limitParam]: Math.max(1, Math.min(pageSize, spec.maxLimit)) };
	if (cursor !== undefined) query[spec.cursorParam] = cursor;
	const response = await send(conn, {
		method: op.method,
		path: op.path,
		qs: query,
		idempotent: true,
		itemIndex: context.itemIndex,
		deadline: context.deadline,
		expect: { path: spec.itemsPath, kind: 'array' },
	});
	return readPage(spec, response);
}

/** How far one Get Many may go. */
export interface CollectOptions extends PageContext {
	/** Items wanted; undefined for all of them. */
	limit?: number;
	/** Pages read at most; reaching it with more to read is an error, never a silent cut. */
	maxPages: number;
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}...` : text);

/**
 * Collects items of a list operation: all of them, or up to `limit`. An API that hands back a
 * cursor it gave before, or a page of nothing new while it says there is more, would be paged
 * forever; both end the listing with an error, as does reaching the page cap.
 */
export async function collect(conn: Connection, op: OperationSpec, qs: IDataObject, options: CollectOptions): Promise<IDataObject[]> {
	const spec = op.pagination!;
	const { limit, maxPages, itemIndex } = options;
	const out: IDataObject[] = [];
	const ids = new Set<string>();
	const usedCursors = new Map<string, number>();
	const what = `${conn.provider.displayName}: ${op.method} ${op.path}`;
	const apiFault = (message: string, description: string) =>
		new NodeApiError(conn.fn.getNode(), { message } as JsonObject, { message: redact(message, conn.secrets), description, itemIndex });
	let cursor: string | undefined;
	for (let page = 1; ; page++) {
		if (page > maxPages) {
			throw new NodeOperationError(conn.fn.getNode(), `${what} has more than ${maxPages} pages (Max Pages)`, {
				description: `Listing stopped after ${maxPages} pages and ${out.length} items, and nothing was output. Narrow the filters, use a Limit, or raise Max Pages.`,
				itemIndex,
			});
		}
		const want = limit === undefined ? spec.maxLimit : limit - out.length;
		const result = await fetchPage(conn, op, qs, want, cursor, options);
		let fresh = 0;
		for (const [position, item] of result.items.entries()) {
			// A list entry that is not an object is an item the API failed to give; dropping it
			// would return a list that silently misses something.
			if (item === null || typeof item !== 'object' || Array.isArray(item)) {
				throw apiFault(
					`${what} listed an entry that is not an object (${item === null ? 'null' : Array.isArray(item) ? 'an array' : typeof item}) on page ${page}, position ${position + 1}`,
					'Nothing was output for this listing. Run it again; if it persists, the API returns a broken list for these filters.',
				);
			}
			const id = getPath(item, spec.idField);
			const key = id === undefined || id === null ? undefined : String(id);
			if (key !== undefined) {
				if (ids.has(key)) continue;
				ids.add(key);
			}
			out.push(item);
			fresh++;
		}
		if (result.items.length === 0 || result.next === undefined) break;
		if (limit !== undefined && out.length >= limit) break;
		const earlier = usedCursors.get(result.next);
		if (earlier !== undefined || fresh === 0) {
			const why =
				earlier !== undefined
					? `page ${page} gave the next cursor "${shorten(result.next)}" that page ${earlier} had already given`
					: `page ${page} held no item that was not listed before, yet the API says there is more`;
			throw apiFault(
				`${what}: paging does not advance: ${why}`,
				`Listing stopped after ${page} pages instead of reading the same pages forever, and nothing was output.`,
			);
		}
		usedCursors.set(result.next, page);
		cursor = result.next;
	}
	return limit === undefined ? out : out.slice(0, limit);
}
