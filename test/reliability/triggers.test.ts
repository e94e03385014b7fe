import type { IDataObject } from 'n8n-workflow';
import { runPoll } from '../harness/engine';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import { profiles, seeded } from './profiles';
import { record } from './report.cjs';

/*
 * 50 polls per platform while items are created and reach final statuses between polls (some
 * rounds far more than one page), the trigger restarts from its stored state every few polls,
 * and the list and read routes fail at random. The oracle: every item that reached a watched
 * final status is emitted exactly once.
 */

const POLLS = 50;

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

describe.each(profiles.map((p, i) => [p.provider, p, i] as const))('%s trigger under faults and restarts', (_name, p, index) => {
	let sandbox: SandboxHandle;
	beforeAll(async () => {
		sandbox = await startSandbox({ providers: [p.provider], options: { ...p.sandboxOptions, seed: 100 + index } });
	});
	afterAll(async () => await sandbox.close());

	test(`over ${POLLS} polls every final status is emitted exactly once`, async () => {
		const random = seeded(1000 + index);
		let staticData: IDataObject = {};
		const poll = async () => {
			const result = await runPoll({ node: p.trigger, typeName: p.triggerTypeName, parameters: p.triggerParameters, credentials: p.credentials(sandbox.url), staticData });
			staticData = result.staticData;
			return result.items ?? [];
		};
		const open: string[] = [];
		const finished = new Set<string>();
		const emitted: string[] = [];
		let made = 0;
		let failedPolls = 0;

		for (let i = 0; i < 5; i++) open.push(p.open(sandbox, made++));
		await poll(); // the first poll records what exists
		sandbox.setFaults(readFaults(p.provider));
		for (let round = 1; round <= POLLS; round++) {
			// Two rounds create more than a page of new items at once.
			const create = round === 10 || round === 30 ? 180 : Math.floor(random() * 12);
			for (let i = 0; i < create; i++) open.push(p.open(sandbox, made++));
			for (let i = open.length - 1; i >= 0; i--) {
				if (random() < 0.3) {
					p.finish(sandbox, open[i], Math.floor(random() * 10));
					finished.add(open[i]);
					open.splice(i, 1);
				}
			}
			if (round % 7 === 0) staticData = JSON.parse(JSON.stringify(staticData)) as IDataObject;
			try {
				emitted.push(...(await poll()).map((item) => String(item.json.id)));
			} catch {
				failedPolls++; // a failed poll changes nothing; the next one picks up from the same state
			}
		}
		sandbox.setFaults([]);
		for (let settle = 0; settle < 5; settle++) emitted.push(...(await poll()).map((item) => String(item.json.id)));

		const unique = new Set(emitted);
		const repeated = emitted.length - unique.size;
		const missed = [...finished].filter((id) => !unique.has(id)).length;
		const unexpected = [...unique].filter((id) => !finished.has(id)).length;
		record(p.provider, { events: emitted.length, repeated, missed });

		expect({ repeated, missed, unexpected }).toEqual({ repeated: 0, missed: 0, unexpected: 0 });
		expect(finished.size).toBeGreaterThan(200);
		expect(failedPolls).toBeLessThan(POLLS);
	});
});
