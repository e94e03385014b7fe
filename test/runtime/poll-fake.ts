import type { IDataObject } from 'n8n-workflow';
import type { PollReads } from '../../nodes/shared/poll-common';

/** What a fake API holds for one strategy run: the list in the order the API returns it. */
export interface FakeApi {
	list: unknown[];
	/** Items a direct read by id returns; an id absent here is gone (404). */
	byId?: Record<string, IDataObject>;
	pageSize?: number;
	/** Reads answered before the poll's time runs out; later reads answer undefined. */
	readsInTime?: number;
}

/**
 * Reads over an in-memory list, paged by position, with no HTTP server: the strategies are
 * pure functions of (state, these pages) and are tested as such.
 */
export function fakeReads(api: FakeApi): PollReads & { queries: IDataObject[] } {
	const size = api.pageSize ?? 100;
	let left = api.readsInTime ?? Number.POSITIVE_INFINITY;
	const queries: IDataObject[] = [];
	const spend = () => left-- > 0;
	return {
		queries,
		async page(query, cursor) {
			if (!spend()) return undefined;
			queries.push({ ...query, ...(cursor === undefined ? {} : { cursor }) });
			const from = cursor === undefined ? 0 : Number(cursor);
			const items = api.list.slice(from, from + size) as IDataObject[];
			return { items, next: from + size < api.list.length ? String(from + size) : undefined };
		},
		async one(id) {
			if (!spend()) return undefined;
			return api.byId?.[id] ?? null;
		},
	};
}
