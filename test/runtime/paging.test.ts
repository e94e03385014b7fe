import type { LocalResponse, LocalServer, RecordedRequest } from '../harness/local-server.cjs';
import { startLocalServer } from '../harness/local-server.cjs';
import type { ListShape } from './platforms';
import { platform, platforms, routeOf, runAgainst, stripeLineItems } from './platforms';

/*
 * Get Many against APIs that never stop saying "there is more": a repeated cursor or a page of
 * nothing new ends the listing with an error, Return All has a page cap, and a list entry that
 * is not an object is an error naming its page instead of a crash inside n8n.
 */

let server: LocalServer;
let reply: (request: RecordedRequest, n: number) => LocalResponse;
beforeAll(async () => {
	server = await startLocalServer((r) => reply(r, server.requests.length));
});
afterAll(async () => await server.close());
beforeEach(() => {
	server.requests.length = 0;
});

const lists: Array<[string, string, ListShape]> = [
	...platforms.map((p) => [p.displayName, p.name, p.list] as [string, string, ListShape]),
	['Stripe Get Line Items', 'stripe', stripeLineItems],
];

describe('an API that repeats itself ends Get Many with an error instead of paging forever', () => {
	// The same page again and again: the same item, "more" and the same next cursor.
	const cases = lists.flatMap(([label, name, list]) => [
		[`${label}, Return All`, name, list, { returnAll: true }] as const,
		[`${label}, Limit 5 (never five copies of one item)`, name, list, { returnAll: false, limit: 5 }] as const,
	]);
	test.each(cases)('%s', async (_label, name, list, paging) => {
		const p = platform(name);
		reply = () => list.page([{ id: 'same_1', status: 'open' }], true, 'cursor_1');
		const result = await runAgainst(p, server.url, { ...list.parameters, ...paging });
		expect(result.items).toEqual([]);
		expect(result.error?.message).toMatch(new RegExp(`^${p.displayName}: GET /\\S+: paging does not advance: page 2 `));
		expect(server.requests.map(routeOf)).toEqual([list.route, list.route]);
	});

	test.each(['primer', 'gr4vy'])('%s: new cursors with pages of nothing new end the listing at the first such page', async (name) => {
		const p = platform(name);
		reply = (_r, n) => p.list.page([{ id: 'same_1' }], true, `cursor_${n}`);
		const result = await runAgainst(p, server.url, { ...p.list.parameters, returnAll: true });
		expect(result.error?.message).toContain('paging does not advance: page 2 held no item that was not listed before');
		expect(server.requests).toHaveLength(2);
	});

	test('a page that repeats some items adds only the new ones', async () => {
		const p = platform('primer');
		const pages = [
			[{ id: 'a' }, { id: 'b' }],
			[{ id: 'b' }, { id: 'c' }],
		];
		reply = (_r, n) => p.list.page(pages[n - 1], n < pages.length, `cursor_${n}`);
		const result = await runAgainst(p, server.url, { ...p.list.parameters, returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(['a', 'b', 'c']);
	});
});

describe('Return All has a page cap', () => {
	test.each(platforms.map((p) => [p.displayName, p.name] as const))('%s: an endless list stops at Max Pages with an error', async (_label, name) => {
		const p = platform(name);
		// Always new items and a new cursor: only the cap ends this.
		reply = (_r, n) => p.list.page([{ id: `item_${n}` }], true, `cursor_${n}`);
		const result = await runAgainst(p, server.url, { ...p.list.parameters, returnAll: true }, { maxPages: 3 });
		expect(result.items).toEqual([]);
		expect(result.error?.message).toMatch(new RegExp(`^${p.displayName}: GET /\\S+ has more than 3 pages \\(Max Pages\\)$`));
		expect(server.requests).toHaveLength(3);
	});

	test('without the option, the cap is 1,000 pages', async () => {
		const p = platform('digitalriver');
		reply = (_r, n) => p.list.page([{ id: `item_${n}` }], true, '');
		const result = await runAgainst(p, server.url, { ...p.list.parameters, returnAll: true });
		expect(result.error?.message).toBe('Digital River: GET /checkouts has more than 1000 pages (Max Pages)');
		expect(server.requests).toHaveLength(1000);
	}, 120_000);

	test('a list that ends within the cap is returned whole', async () => {
		const p = platform('stripe');
		reply = (_r, n) => p.list.page([{ id: `cs_${n}` }], n < 3, '');
		const result = await runAgainst(p, server.url, { ...p.list.parameters, returnAll: true }, { maxPages: 3 });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(['cs_1', 'cs_2', 'cs_3']);
	});
});

describe('list entries that are not objects', () => {
	const entries: Array<[string, unknown, string]> = [
		['null', null, 'null'],
		['a string', 'cs_1', 'string'],
		['an array', [{ id: 'x' }], 'an array'],
	];
	const cases = platforms.flatMap((p) => entries.map(([what, entry, shown]) => [`${p.displayName}: ${what} on page 2 is an error naming the page`, p.name, entry, shown] as const));
	test.each(cases)('%s', async (_label, name, entry, shown) => {
		const p = platform(name);
		reply = (_r, n) => (n === 1 ? p.list.page([{ id: 'a' }], true, 'cursor_1') : p.list.page([{ id: 'b' }, entry, { id: 'c' }], false, ''));
		const result = await runAgainst(p, server.url, { ...p.list.parameters, returnAll: true });
		expect(result.items).toEqual([]);
		expect(result.error?.message).toMatch(new RegExp(`^${p.displayName}: GET /\\S+ listed an entry that is not an object \\(${shown}\\) on page 2, position 2$`));
	});
});
