import type { IDataObject } from 'n8n-workflow';
import { runNode } from '../harness/engine';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import { profiles } from './profiles';
import { record } from './report.cjs';

/*
 * 500 creates per platform through n8n's engine while the emulator injects a fault mix on the
 * create route. Each input item carries a tag that ends up in the session, so the emulator's
 * state tells exactly which items made a session and how many.
 */

const COUNT = 500;

/** The fault mix on every create: what real payment APIs and networks do. */
const faultMix = (provider: string) => {
	const on = { provider, method: 'POST' };
	return [
		{ ...on, kind: 'status', status: 429, retryAfter: 0, rate: 0.05 },
		{ ...on, kind: 'status', status: 500, rate: 0.03 },
		{ ...on, kind: 'status', status: 502, rate: 0.02 },
		{ ...on, kind: 'status', status: 503, rate: 0.02 },
		{ ...on, kind: 'reset', when: 'before', rate: 0.02 },
		{ ...on, kind: 'reset', when: 'after', rate: 0.02 },
		{ ...on, kind: 'truncate', rate: 0.02 },
		{ ...on, kind: 'latency', ms: 5, rate: 0.2 },
	];
};

describe.each(profiles.map((p, i) => [p.provider, p, i] as const))('bulk create on %s under injected faults', (_name, p, index) => {
	let sandbox: SandboxHandle;
	beforeAll(async () => {
		sandbox = await startSandbox({ providers: [p.provider], options: { ...p.sandboxOptions, seed: 7 + index } });
	});
	afterAll(async () => await sandbox.close());

	test(`${COUNT} items: nothing created twice, nothing lost, every failure reported on its own item`, async () => {
		sandbox.setFaults(faultMix(p.provider));
		const tags = Array.from({ length: COUNT }, (_, i) => `${p.provider}-bulk-${i}`);
		const result = await runNode({
			node: p.node,
			typeName: p.typeName,
			parameters: p.createParameters,
			credentials: p.credentials(sandbox.url),
			items: tags.map((tag) => ({ json: { tag } })),
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();

		const attempts = sandbox.requests.filter((r) => r.operation === p.createOperation);
		const faults = attempts.filter((r) => r.fault && r.fault.kind !== 'latency').length;
		const counts = new Map<string, number>();
		for (const tag of p.sessionTags(sandbox)) counts.set(String(tag), (counts.get(String(tag)) ?? 0) + 1);
		const duplicates = [...counts.values()].filter((n) => n > 1).length;

		// One output item per input item, in order, paired with it.
		expect(result.items.map((i) => i.pairedItem)).toEqual(tags.map((_, i) => ({ item: i })));
		const failed = result.items.filter((i) => i.json.error !== undefined);
		// Lost: an item reported as created without a session, an item reported as surely failed
		// that has one, or an item with neither a session nor a reported failure.
		const lost = tags.filter((tag, i) => {
			const json = result.items[i].json;
			if (json.error === undefined) return counts.get(tag) !== 1;
			return counts.has(tag) ? !possiblyDone(json) : false;
		}).length;

		record(p.provider, { faults, requests: attempts.length, created: counts.size, reported: failed.length, duplicates, lost });

		expect(duplicates).toBe(0);
		expect(lost).toBe(0);
		if (p.idempotentCreate) {
			// Retried with the same idempotency key: every item ends with exactly one session.
			expect(failed).toHaveLength(0);
			expect(counts.size).toBe(COUNT);
		} else {
			// Never repeated after the server might have acted: those items fail and say so.
			expect(failed.length).toBeGreaterThan(0);
			expect(tags.every((tag, i) => counts.has(tag) || result.items[i].json.error !== undefined)).toBe(true);
		}
	});
});

/** A failure the runtime reports as "may have been carried out" (the request was sent, the answer lost). */
function possiblyDone(json: IDataObject): boolean {
	return String(json.description ?? '').includes('may have been carried out');
}
