import type { IDataObject } from 'n8n-workflow';
import { runPoll } from '../harness/engine';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import { profiles } from './profiles';
import { record } from './report.cjs';

/*
 * 100,000 items pass through the Quaderno trigger and 10,000 through each of the others (the
 * emulators filter their whole store on every list request, so larger runs take minutes without
 * telling more: every budget of the state is reached within the first few thousand items). Every
 * round 250 new ones appear and the previous
 * round's reach a final status, except one in ten, which stays open for good (so open items keep
 * piling up and the watch list has to give the oldest up). The node's static data must stay
 * within 64 KB throughout, and no final status may be missed or repeated.
 */

// Primer's list has no update-time filter: its trigger re-reads a 72-hour creation window, and a
// window of more payments than one poll reads is a known limit (see the README).
const TOTAL: Record<string, number> = { quaderno: 100_000, primer: 1_000 };
const DEFAULT_TOTAL = 10_000;
const PER_ROUND = 250;
const LIMIT_BYTES = 64 * 1024;

describe.each(profiles.map((p) => [p.provider, p] as const))('%s trigger state size', (_name, p) => {
	let sandbox: SandboxHandle;
	beforeAll(async () => {
		sandbox = await startSandbox({ providers: [p.provider], options: p.sandboxOptions });
	});
	afterAll(async () => await sandbox.close());

	const total = TOTAL[p.provider] ?? DEFAULT_TOTAL;
	test(`static data stays within 64 KB while ${total.toLocaleString('en')} items pass through`, async () => {
		let staticData: IDataObject = {};
		let largest = 0;
		const emitted = new Set<string>();
		let repeated = 0;
		const poll = async () => {
			const result = await runPoll({ node: p.trigger, typeName: p.triggerTypeName, parameters: p.triggerParameters, credentials: p.credentials(sandbox.url), staticData });
			staticData = result.staticData;
			largest = Math.max(largest, JSON.stringify(staticData).length);
			for (const item of result.items ?? []) {
				const id = String(item.json.id);
				if (emitted.has(id)) repeated++;
				emitted.add(id);
			}
		};
		await poll();
		const finished = new Set<string>();
		let previous: string[] = [];
		let made = 0;
		while (made < total) {
			const batch = p.openMany ? p.openMany(sandbox, PER_ROUND) : Array.from({ length: PER_ROUND }, () => p.open(sandbox, made));
			made += batch.length;
			previous.forEach((id, i) => {
				if (i % 10 !== 0) {
					p.finish(sandbox, id, i);
					finished.add(id);
				}
			});
			previous = batch;
			await poll();
			// A poll interval passes; sessions of the next round are created a second later.
			p.pass?.(sandbox, 1);
		}
		for (let settle = 0; settle < 3; settle++) await poll();
		const missed = [...finished].filter((id) => !emitted.has(id)).length;
		record(p.provider, { stateKb: `${Math.round((largest / 1024) * 10) / 10} (${total / 1000}k)` });

		expect(largest).toBeLessThanOrEqual(LIMIT_BYTES);
		expect({ missed, repeated }).toEqual({ missed: 0, repeated: 0 });
	});
});
