import type { IDataObject } from 'n8n-workflow';
import { POLL_LIMITS } from '../../nodes/shared/poll-common';
import type { UpdatedOptions, UpdatedState } from '../../nodes/shared/poll-updated';
import { freshUpdated, loadUpdated, pollUpdated } from '../../nodes/shared/poll-updated';
import type { UpdatedTriggerSpec } from '../../nodes/shared/types';
import { provider as gr4vy } from '../../nodes/Gr4vySessions/generated/provider';
import type { FakeApi } from './poll-fake';
import { fakeReads } from './poll-fake';

/*
 * The updated-since strategy as a pure function: given stored state and the pages a fake API
 * lists, want the events, the next state and the lower bound the read asked for.
 */

const t = gr4vy.trigger as UpdatedTriggerSpec;
const NOW = Date.parse('2026-06-01T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const MIN = 60_000;
const FAR = '2036-01-01T00:00:00.000Z';
const options: UpdatedOptions = { watched: new Set(['capture_succeeded']), links: [] };

const tx = (id: string, status: string, updated: string): IDataObject => ({ id, status, updated_at: updated });
const state = (more: Partial<UpdatedState> = {}): UpdatedState => ({ v: 2, kind: 'updatedSince', seen: {}, links: '', ...more });

interface Case {
	given: { state: UpdatedState | 'fresh'; api: FakeApi };
	want: { events: string[]; state: Partial<UpdatedState>; bound?: string };
}

const cases: Array<[string, Case]> = [
	[
		'the first poll records what exists, emits nothing and sets the cursor an overlap before the newest update',
		{
			given: { state: 'fresh', api: { list: [tx('a', 'capture_succeeded', iso(NOW - 10 * MIN))] } },
			want: { events: [], state: { since: iso(NOW - 15 * MIN), seen: { a: { status: 'capture_succeeded', updated: iso(NOW - 10 * MIN) } } } },
		},
	],
	[
		'a transaction updated in 2036 is emitted once and does not move the cursor past the clock',
		{
			given: { state: state({ since: iso(NOW - 60 * MIN) }), api: { list: [tx('far', 'capture_succeeded', FAR), tx('a', 'capture_succeeded', iso(NOW - 10 * MIN))] } },
			want: { events: ['a', 'far'], bound: iso(NOW - 60 * MIN), state: { since: iso(NOW - 15 * MIN), seen: { far: { status: 'capture_succeeded', updated: FAR } } } },
		},
	],
	[
		'after an item dated in 2036, later changes are still read and emitted, and it is not emitted again',
		{
			given: {
				state: state({ since: iso(NOW - 15 * MIN), floor: iso(NOW - 15 * MIN), seen: { far: { status: 'capture_succeeded', updated: FAR } } }),
				api: { list: [tx('far', 'capture_succeeded', FAR), tx('b', 'capture_succeeded', iso(NOW - MIN))] },
			},
			want: { events: ['b'], bound: iso(NOW - 15 * MIN), state: { since: iso(NOW - 6 * MIN) } },
		},
	],
	[
		'the cursor follows a vendor clock that runs ahead step by step',
		{
			given: { state: state({ since: iso(NOW + 120 * MIN) }), api: { list: [tx('a', 'capture_succeeded', iso(NOW + 135 * MIN))] } },
			want: { events: ['a'], state: { since: iso(NOW + 130 * MIN) } },
		},
	],
	[
		'null, scalar and id-less entries are skipped and never move the cursor',
		{
			given: { state: state({ since: iso(NOW - 60 * MIN) }), api: { list: [null, 3, 'x', { status: 'capture_succeeded', updated_at: iso(NOW) }, tx('a', 'capture_succeeded', iso(NOW - 10 * MIN))] } },
			want: { events: ['a'], state: { since: iso(NOW - 15 * MIN) } },
		},
	],
	[
		'a status seen before is not emitted again; a new watched status is, with the previous one',
		{
			given: {
				state: state({ since: iso(NOW - 60 * MIN), seen: { a: { status: 'capture_succeeded', updated: iso(NOW - 30 * MIN) }, b: { status: 'processing', updated: iso(NOW - 30 * MIN) } } }),
				api: { list: [tx('a', 'capture_succeeded', iso(NOW - 30 * MIN)), tx('b', 'capture_succeeded', iso(NOW - 20 * MIN))] },
			},
			want: { events: ['b'], state: { since: iso(NOW - 25 * MIN) } },
		},
	],
	[
		'time running out mid-read keeps the resume point and leaves the cursor where it was',
		{
			given: { state: state({ since: iso(NOW - 60 * MIN) }), api: { pageSize: 1, readsInTime: 1, list: [tx('a', 'capture_succeeded', iso(NOW - 10 * MIN)), tx('b', 'capture_succeeded', iso(NOW - 9 * MIN))] } },
			want: { events: ['a'], state: { since: iso(NOW - 60 * MIN), resume: { link: 0, cursor: '1', bound: iso(NOW - 60 * MIN), top: iso(NOW - 10 * MIN) } } },
		},
	],
];

describe('updated-since strategy: given state and pages, want events and next state', () => {
	test.each(cases)('%s', async (_name, { given, want }) => {
		const start = given.state === 'fresh' ? freshUpdated(options) : { state: given.state, seeding: false };
		const reads = fakeReads(given.api);
		const out = await pollUpdated(t, options, { state: start.state, seeding: start.seeding, now: NOW, reads, warn: () => undefined });
		expect(out.events.sort((a, b) => a.at - b.at).map((e) => String(e.json.id))).toEqual(want.events);
		expect(out.state).toMatchObject(want.state);
		if (want.bound) expect(reads.queries[0][t.updated.filterParam!]).toBe(want.bound);
	});

	test('the previous status comes with a change', async () => {
		const out = await pollUpdated(t, options, {
			state: state({ seen: { b: { status: 'processing', updated: iso(NOW - 30 * MIN) } } }),
			seeding: false,
			now: NOW,
			reads: fakeReads({ list: [tx('b', 'capture_succeeded', iso(NOW - 20 * MIN))] }),
			warn: () => undefined,
		});
		expect(out.events.map((e) => e.json)).toEqual([{ ...tx('b', 'capture_succeeded', iso(NOW - 20 * MIN)), triggerEvent: 'statusChanged', previousStatus: 'processing' }]);
	});
});

describe('updated-since state: stored value → usable state or start again', () => {
	const good = { v: 2, kind: 'updatedSince', since: iso(NOW - 10 * MIN), seen: { a: { status: 'x', updated: iso(NOW - 20 * MIN) } }, links: '' };
	test.each<[string, unknown, 'unusable' | 'otherLinks' | IDataObject]>([
		['well-formed state is kept', good, good],
		['version 1 state with positional entries is converted', { ...good, v: 1, seen: { a: ['x', iso(NOW - 20 * MIN)] } }, { v: 2, seen: { a: { status: 'x', updated: iso(NOW - 20 * MIN) } } }],
		['state built for other linked ids is told apart', { ...good, links: 'other' }, 'otherLinks'],
		['seen: null', { ...good, seen: null }, 'unusable'],
		['a null seen entry', { ...good, seen: { a: null } }, 'unusable'],
		['since: "garbage"', { ...good, since: 'garbage' }, 'unusable'],
		['since far in the future', { ...good, since: FAR }, 'unusable'],
		['floor far in the future', { ...good, floor: FAR }, 'unusable'],
		['a resume point with a negative link', { ...good, resume: { link: -1 } }, 'unusable'],
		['a resume point past the linked ids', { ...good, resume: { link: 3 } }, 'unusable'],
		['a resume point whose cursor is not a string', { ...good, resume: { link: 0, cursor: 5 } }, 'unusable'],
		['missing kind', { ...good, kind: undefined }, 'unusable'],
	])('%s', (_name, stored, want) => {
		const loaded = loadUpdated(stored, options, NOW);
		if (want === 'unusable') expect(loaded).toBeUndefined();
		else if (want === 'otherLinks') expect(loaded).toBe('otherLinks');
		else expect(loaded).toMatchObject(want);
	});
});

describe('updated-since limits', () => {
	test('the seen map stays within its byte budget, and the floor never rises past the clock', async () => {
		const list = Array.from({ length: 2000 }, (_, i) => tx(`transaction-with-a-long-id-${i}`, 'processing', iso(NOW - 2000 + i)));
		list.push(tx('far', 'processing', FAR));
		const out = await pollUpdated(t, options, { state: state(), seeding: false, now: NOW, reads: fakeReads({ list, pageSize: 5000 }), warn: () => undefined });
		expect(JSON.stringify(out.state.seen).length).toBeLessThanOrEqual(POLL_LIMITS.watchBudgetBytes);
		expect(Date.parse(out.state.floor!)).toBeLessThanOrEqual(NOW + POLL_LIMITS.futureSlackMs + 1);
	});
});
