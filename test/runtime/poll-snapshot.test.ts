import type { IDataObject } from 'n8n-workflow';
import { readPage } from '../../nodes/shared/pagination';
import { POLL_LIMITS } from '../../nodes/shared/poll-common';
import type { SnapshotOptions, SnapshotState } from '../../nodes/shared/poll-snapshot';
import { boundaryKey, freshSnapshot, loadSnapshot, pollSnapshot } from '../../nodes/shared/poll-snapshot';
import type { TriggerSpec } from '../../nodes/shared/types';
import { provider as quaderno } from '../../nodes/QuadernoSessions/generated/provider';
import { provider as stripe } from '../../nodes/StripeSessions/generated/provider';
import type { FakeApi } from './poll-fake';
import { fakeReads } from './poll-fake';

/*
 * The snapshot strategy as a pure function: given stored state and the pages a fake API lists,
 * want the events and the next state. No HTTP server, no engine.
 */

const stripeTrigger = stripe.trigger as TriggerSpec;
const quadernoTrigger = quaderno.trigger as TriggerSpec;
const NOW = Date.parse('2026-06-01T12:00:00Z');
const T = NOW / 1000;
const TEN_YEARS = 10 * 365 * 86_400;

const session = (id: string, created: number, status = 'open'): IDataObject => ({ id, created, status, payment_status: 'unpaid' });
const state = (top: number, topIds: string[], more: Partial<SnapshotState> = {}): SnapshotState => ({ v: 2, top, topIds, ahead: {}, gaps: [], open: {}, checkAfter: -1, ...more });
const created: SnapshotOptions = { event: 'created', watched: new Set() };
const outcomes: SnapshotOptions = { event: 'statusChanged', watched: new Set(['complete', 'expired']) };

interface Case {
	given: { state: SnapshotState | 'fresh'; api: FakeApi; options?: SnapshotOptions; trigger?: TriggerSpec };
	want: { events: string[]; state: Partial<SnapshotState> };
}

const cases: Array<[string, Case]> = [
	[
		'a new session listed after a known one is still emitted',
		{
			given: { state: state(T - 100, [boundaryKey('known')]), api: { list: [session('known', T - 100), session('new', T - 50)] } },
			want: { events: ['new'], state: { top: T - 50, topIds: [boundaryKey('new')] } },
		},
	],
	[
		'two new sessions listed oldest first are each emitted once and the boundary takes the newer one',
		{
			given: { state: state(T - 100, [boundaryKey('known')]), api: { list: [session('n1', T - 60), session('n2', T - 50), session('known', T - 100)] } },
			want: { events: ['n1', 'n2'], state: { top: T - 50, topIds: [boundaryKey('n2')] } },
		},
	],
	[
		'new sessions on a second page behind a known one are still emitted when the list is out of order',
		{
			given: { state: state(T - 100, []), api: { pageSize: 2, list: [session('n1', T - 40), session('n2', T - 30), session('n3', T - 20), session('old', T - 200)] } },
			want: { events: ['n1', 'n2', 'n3'], state: { top: T - 20, topIds: [boundaryKey('n3')], gaps: [] } },
		},
	],
	[
		'a session dated ten years ahead is emitted once and leaves the boundary where the clock allows',
		{
			given: { state: state(T - 100, [boundaryKey('known')]), api: { list: [session('future', T + TEN_YEARS), session('new', T - 50), session('known', T - 100)] } },
			want: { events: ['new', 'future'], state: { top: T - 50, ahead: { [boundaryKey('future')]: T + TEN_YEARS } } },
		},
	],
	[
		'a session already emitted while dated ahead is not emitted again, and later sessions still are',
		{
			given: {
				state: state(T - 50, [boundaryKey('new')], { ahead: { [boundaryKey('future')]: T + TEN_YEARS } }),
				api: { list: [session('future', T + TEN_YEARS), session('later', T - 10), session('new', T - 50)] },
			},
			want: { events: ['later'], state: { top: T - 10, ahead: { [boundaryKey('future')]: T + TEN_YEARS } } },
		},
	],
	[
		'a session a few seconds ahead of the clock is an ordinary new session',
		{
			given: { state: state(T - 100, []), api: { list: [session('skewed', T + 30)] } },
			want: { events: ['skewed'], state: { top: T + 30, ahead: {} } },
		},
	],
	[
		'the boundary follows a vendor clock that runs ahead step by step',
		{
			given: { state: state(T + 3000, [boundaryKey('known')]), api: { list: [session('next', T + 3600), session('known', T + 3000)] } },
			want: { events: ['next'], state: { top: T + 3600, ahead: {} } },
		},
	],
	[
		'null, scalar, id-less and undated entries are skipped and never become the boundary',
		{
			given: { state: state(T - 100, [boundaryKey('known')]), api: { list: [null, 7, 'x', [], { created: T - 5 }, { id: 'undated' }, { id: 'nulldate', created: null }, session('new', T - 50), session('known', T - 100)] } },
			want: { events: ['new'], state: { top: T - 50, topIds: [boundaryKey('new')] } },
		},
	],
	[
		'the first poll records what exists and emits nothing',
		{
			given: { state: 'fresh', api: { list: [session('b', T - 10), session('a', T - 20, 'complete')] }, options: outcomes },
			want: { events: [], state: { top: T - 10, topIds: [boundaryKey('b')], open: { b: { status: 'open', key: T - 10, firstSeen: new Date(NOW).toISOString() } } } },
		},
	],
	[
		'a status change of a watched session is emitted with the previous status',
		{
			given: {
				state: state(T - 10, [boundaryKey('b')], { open: { b: { status: 'open', key: T - 10, firstSeen: new Date(NOW - 60_000).toISOString() } } }),
				api: { list: [session('b', T - 10, 'complete')] },
				options: outcomes,
			},
			want: { events: ['b'], state: { open: { b: { status: 'complete', key: T - 10, firstSeen: new Date(NOW - 60_000).toISOString() } } } },
		},
	],
	[
		'time running out before the boundary keeps the unread range as a gap',
		{
			given: { state: state(T - 1000, []), api: { pageSize: 2, readsInTime: 1, list: [session('n4', T - 1), session('n3', T - 2), session('n2', T - 3), session('n1', T - 4)] } },
			want: { events: ['n3', 'n4'], state: { top: T - 1, gaps: [{ after: '2', floor: T - 1000, floorIds: [] }] } },
		},
	],
	[
		'time running out before the first page changes nothing',
		{
			given: { state: state(T - 1000, ['x']), api: { readsInTime: 0, list: [session('n1', T - 4)] } },
			want: { events: [], state: state(T - 1000, ['x']) },
		},
	],
	[
		'Quaderno: ids are the order, and a new id listed after a known one is emitted',
		{
			given: { trigger: quadernoTrigger, state: state(5, [boundaryKey('5')]), api: { list: [{ id: 5, status: 'pending' }, { id: 7, status: 'pending' }, null, { id: 6, status: 'pending' }] } },
			want: { events: ['6', '7'], state: { top: 7, topIds: [boundaryKey('7')] } },
		},
	],
];

describe('snapshot strategy: given state and pages, want events and next state', () => {
	test.each(cases)('%s', async (_name, { given, want }) => {
		const t = given.trigger ?? stripeTrigger;
		const options = given.options ?? created;
		const start = given.state === 'fresh' ? freshSnapshot(t, options) : { state: given.state, seeding: false };
		const out = await pollSnapshot(t, options, { state: start.state, seeding: start.seeding, now: NOW, reads: fakeReads(given.api), warn: () => undefined });
		expect(out.events.sort((a, b) => a.at - b.at).map((e) => String(e.json.id))).toEqual(want.events);
		expect(out.state).toMatchObject(want.state);
	});

	test('the same pages read again emit nothing more', async () => {
		const api = { list: [session('future', T + TEN_YEARS), session('n1', T - 60), session('n2', T - 50), null, session('known', T - 100)] };
		const first = await pollSnapshot(stripeTrigger, created, { state: state(T - 100, [boundaryKey('known')]), seeding: false, now: NOW, reads: fakeReads(api), warn: () => undefined });
		expect(first.events).toHaveLength(3);
		const again = await pollSnapshot(stripeTrigger, created, { state: first.state, seeding: false, now: NOW + 60_000, reads: fakeReads(api), warn: () => undefined });
		expect(again.events).toEqual([]);
	});
});

describe('snapshot state: stored value → usable state or start again', () => {
	const good = { v: 2, top: T - 10, topIds: ['abc'], ahead: {}, gaps: [], open: { s: { status: 'open', key: T - 10, firstSeen: '2026-06-01T11:00:00.000Z' } }, checkAfter: -1 };
	test.each<[string, unknown, 'unusable' | IDataObject]>([
		['well-formed state is kept', good, good],
		['version 1 state with positional entries is converted', { v: 1, top: 3, topIds: [], gaps: [], open: { '3': ['pending', 3, '2026-06-01T11:00:00.000Z'] }, checkAfter: -1 }, { v: 2, top: 3, ahead: {}, open: { '3': { status: 'pending', key: 3, firstSeen: '2026-06-01T11:00:00.000Z' } } }],
		['open: null', { ...good, open: null }, 'unusable'],
		['a null open entry', { ...good, open: { s: null } }, 'unusable'],
		['an open entry without a first-seen time', { ...good, open: { s: { status: 'open', key: 1 } } }, 'unusable'],
		['gaps: [null]', { ...good, gaps: [null] }, 'unusable'],
		['a gap without a cursor', { ...good, gaps: [{ floor: 1, floorIds: [] }] }, 'unusable'],
		['missing topIds', { ...good, topIds: undefined }, 'unusable'],
		['a boundary far in the future', { ...good, top: T + TEN_YEARS }, 'unusable'],
		['a boundary that is not a number', { ...good, top: 'garbage' }, 'unusable'],
		['ahead: null', { ...good, ahead: null }, 'unusable'],
		['an unknown version', { ...good, v: 3 }, 'unusable'],
		['not an object', 'garbage', 'unusable'],
	])('%s', (_name, stored, want) => {
		const loaded = loadSnapshot(stripeTrigger, stored, NOW);
		if (want === 'unusable') expect(loaded).toBeUndefined();
		else expect(loaded).toMatchObject(want);
	});
});

describe('snapshot limits', () => {
	test('the items remembered as dated ahead stay within their bound', async () => {
		const list = Array.from({ length: POLL_LIMITS.maxAhead + 20 }, (_, i) => session(`f${i}`, T + TEN_YEARS + i));
		const out = await pollSnapshot(stripeTrigger, created, { state: state(T - 100, []), seeding: false, now: NOW, reads: fakeReads({ list, pageSize: 200 }), warn: () => undefined });
		expect(out.events).toHaveLength(list.length);
		expect(Object.keys(out.state.ahead)).toHaveLength(POLL_LIMITS.maxAhead);
		expect(out.state.top).toBe(T - 100);
	});
});

describe('paging past odd entries', () => {
	test('a null entry last on a page does not end paging: the last object carries the cursor', () => {
		const spec = stripe.operations[stripeTrigger.list].pagination!;
		const page = readPage(spec, { status: 200, headers: {}, body: { data: [session('a', T), session('b', T), null], has_more: true } });
		expect(page.next).toBe('b');
	});
});
