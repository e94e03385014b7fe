import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import type { ProviderSpec } from '../../nodes/shared/types';
import { provider as digitalriver } from '../../nodes/DigitalRiverSessions/generated/provider';
import { provider as gr4vy } from '../../nodes/Gr4vySessions/generated/provider';
import { provider as primer } from '../../nodes/PrimerSessions/generated/provider';
import { provider as quaderno } from '../../nodes/QuadernoSessions/generated/provider';
import { provider as stripe } from '../../nodes/StripeSessions/generated/provider';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import { activeTrigger } from '../harness/trigger';
import type { Profile } from './profiles';
import { profiles, seeded } from './profiles';
import { record } from './report.cjs';
import type { ProxyHandle, Rewrite } from './rewrite-proxy.cjs';
import { startRewriteProxy } from './rewrite-proxy.cjs';

/*
 * Polls per platform while items are created and reach final statuses between polls (some
 * rounds far more than one page), the list and read routes fail at random, and n8n restarts with
 * the state its database holds (saved after activation's poll and after emitting polls only, as
 * n8n 2.41 does). Further rows add polls that overlap, items dated years ahead, and lists in an
 * unexpected order with null entries. The oracle: every item that reached a watched final status
 * is emitted exactly once, and nothing else is.
 */

const specs: Record<string, ProviderSpec> = { quaderno, stripe, primer, digitalriver, gr4vy };

const readFaults = (provider: string) => {
	const on = { provider, method: 'GET' };
	return [
		{ ...on, kind: 'status', status: 429, retryAfter: 0, rate: 0.04 },
		{ ...on, kind: 'status', status: 500, rate: 0.04 },
		{ ...on, kind: 'status', status: 503, rate: 0.03 },
		{ ...on, kind: 'reset', when: 'before', rate: 0.03 },
		{ ...on, kind: 'truncate', rate: 0.03 },
	];
};

/** An item of the watched list dated ten years ahead, in a status the trigger does not emit. */
function futureItem(p: Profile): IDataObject | undefined {
	const t = specs[p.provider].trigger!;
	const watched = new Set(p.triggerParameters.statuses as string[]);
	const quiet = t.statuses.find((s) => !s.field && !watched.has(s.value) && !t.terminalStatuses.includes(s.value))?.value;
	const item: IDataObject = { [t.idField]: 'future-item', [t.statusField]: quiet ?? 'unknown' };
	if (t.strategy === 'snapshot') {
		// An order by id has no date to be ahead of.
		if (t.order.kind !== 'unixSeconds') return undefined;
		item[t.order.field] = Math.floor(Date.now() / 1000) + 10 * 365 * 86_400;
	} else {
		item[t.updated.field] = '2036-06-01T00:00:00Z';
	}
	return item;
}

interface Scenario {
	name: string;
	polls: number;
	/** Two polls start together every round, as n8n does when a poll outlasts the interval. */
	overlap?: boolean;
	rewrite?(p: Profile): Rewrite | undefined;
}

const scenarios: Scenario[] = [
	{ name: 'faults, restarts', polls: 50 },
	{ name: 'overlapping polls', polls: 25, overlap: true },
	{
		name: 'future timestamps',
		polls: 25,
		rewrite: (p) => {
			const item = futureItem(p);
			return item && ((items, page) => (page.first ? [item, ...items] : items));
		},
	},
	// Every page but its last item reversed (the last one carries an id cursor), a null in front.
	{ name: 'reordered lists', polls: 25, rewrite: () => (items) => [null, ...items.slice(0, -1).reverse(), ...items.slice(-1)] },
];

const cases = profiles.flatMap((p, index) => scenarios.map((s) => [`${p.provider}: ${s.name}`, p, s, index] as const));

describe.each(cases)('%s', (row, p, scenario, index) => {
	let sandbox: SandboxHandle;
	let proxy: ProxyHandle | undefined;
	const rewrite = scenario.rewrite?.(p);
	beforeAll(async () => {
		sandbox = await startSandbox({ providers: [p.provider], options: { ...p.sandboxOptions, seed: 100 + index } });
		if (rewrite) {
			const list = specs[p.provider].operations[specs[p.provider].trigger!.list];
			proxy = await startRewriteProxy(sandbox.url, (path) => (path.endsWith(list.path) ? list.pagination!.itemsPath : undefined), rewrite);
		}
	});
	afterAll(async () => {
		await proxy?.close();
		await sandbox.close();
	});

	const skip = scenario.rewrite !== undefined && rewrite === undefined;
	(skip ? test.skip : test)(`over ${scenario.polls} polls every final status is emitted exactly once`, async () => {
		const random = seeded(1000 + index);
		const url = proxy?.url ?? sandbox.url;
		const t = activeTrigger({ node: p.trigger, typeName: p.triggerTypeName, parameters: p.triggerParameters, credentials: () => p.credentials(url) });
		const open: string[] = [];
		const finished = new Set<string>();
		const emitted: string[] = [];
		let made = 0;
		let failedPolls = 0;
		let restarts = 0;
		let restartsAfterNull = 0;
		let overlapping = 0;
		const take = (items: INodeExecutionData[] | null) => emitted.push(...(items ?? []).map((item) => String(item.json.id)));
		const poll = async () => {
			try {
				take(await t.poll());
				return true;
			} catch {
				failedPolls++; // a failed poll changes nothing; the next one picks up from the same state
				return false;
			}
		};

		for (let i = 0; i < 5; i++) open.push(p.open(sandbox, made++));
		take(await t.poll()); // activation's poll records what exists
		sandbox.setFaults([...readFaults(p.provider), ...(scenario.overlap ? [{ provider: p.provider, method: 'GET', kind: 'latency', ms: 20, rate: 1 }] : [])]);
		let lastEmitted = 0;
		for (let round = 1; round <= scenario.polls; round++) {
			// Two rounds create more than a page of new items at once.
			const create = round === 10 || round === 20 ? 180 : Math.floor(random() * 12);
			for (let i = 0; i < create; i++) open.push(p.open(sandbox, made++));
			// Some rounds only add open items: the poll then returns null and its state lives in memory only.
			const quietRound = round % 5 === 4;
			for (let i = open.length - 1; i >= 0 && !quietRound; i--) {
				if (random() < 0.3) {
					p.finish(sandbox, open[i], Math.floor(random() * 10));
					finished.add(open[i]);
					open.splice(i, 1);
				}
			}
			// n8n restarts now and then: after emitting polls, and after polls that returned null.
			const quiet = emitted.length === lastEmitted;
			if (round % 7 === 0 || (quiet && random() < 0.6)) {
				t.restart();
				restarts++;
				if (quiet) restartsAfterNull++;
			}
			lastEmitted = emitted.length;
			if (scenario.overlap) {
				overlapping++;
				await Promise.all([poll(), poll()]);
			} else {
				await poll();
			}
		}
		sandbox.setFaults([]);
		for (let settle = 0; settle < 5; settle++) await poll();

		const unique = new Set(emitted);
		const repeated = emitted.length - unique.size;
		const missed = [...finished].filter((id) => !unique.has(id)).length;
		const unexpected = [...unique].filter((id) => !finished.has(id)).length;
		record(row, { events: emitted.length, repeated, missed, restarts, restartsAfterNull, ...(scenario.overlap ? { overlapping } : {}) });

		expect({ repeated, missed, unexpected }).toEqual({ repeated: 0, missed: 0, unexpected: 0 });
		expect(finished.size).toBeGreaterThan(scenario.polls * 4);
		expect(failedPolls).toBeLessThan(scenario.polls);
	});
});
