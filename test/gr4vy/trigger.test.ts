import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { runPoll } from '../harness/engine';
import { activeTrigger as newActiveTrigger } from '../harness/trigger';
import type { Auth } from './fixtures';
import { AUTHS, credentials, trigger, triggerTypeName } from './fixtures';
import { apiRequests, useGr4vySandbox } from './gr4vy';

const { sandbox } = useGr4vySandbox();
const gr4vy = () => sandbox().provider('gr4vy');
// No published limit, and the rate limiter has its own tests: polls run unthrottled here.
const unlimited = { options: { requestsPerSecond: 0 } };

/** A trigger with its own state, persisted the way n8n does it. */
const activeTrigger = (parameters: INodeParameters, auth: Auth = 'gr4vySessionsApi') =>
	newActiveTrigger({ node: trigger, typeName: triggerTypeName, credentials: () => credentials(sandbox().url, auth), parameters: { authentication: auth, ...unlimited, ...parameters } });

const session = (name: string) => gr4vy().createSession({ metadata: { name } }) as string;
const pay = (sessionId: string, status: string, ref: string) => gr4vy().createTransaction({ checkout_session_id: sessionId, status, external_identifier: ref }) as IDataObject;
const summary = (items: INodeExecutionData[] | null) =>
	(items ?? []).map((i) => `${String(i.json.external_identifier)}:${String(i.json.status)}:${String(i.json.previousStatus ?? '-')}`);

describe('Gr4vy Sessions Trigger', () => {
	test.each(AUTHS)('the first poll records what exists; later polls emit each watched status change once, with the previous status (%s)', async (auth) => {
		const s = session('a');
		const a = pay(s, 'processing', 'a');
		const t = activeTrigger({ statuses: ['capture_succeeded', 'authorization_declined'] }, auth);
		expect(await t.poll()).toBeNull();
		gr4vy().setStatus(a.id, 'authorization_succeeded');
		expect(await t.poll()).toBeNull();
		gr4vy().setStatus(a.id, 'capture_succeeded');
		pay(s, 'authorization_declined', 'b');
		pay(s, 'processing', 'c');
		expect(summary(await t.poll())).toEqual(['a:capture_succeeded:authorization_succeeded', 'b:authorization_declined:-']);
		expect(await t.poll()).toBeNull();
	});

	test('after the first poll each read asks only for transactions updated since the last one seen, minus an overlap', async () => {
		const s = session('w');
		const t = activeTrigger({ statuses: ['capture_succeeded'] });
		await t.poll();
		const first = pay(s, 'capture_succeeded', 'w1');
		expect(summary(await t.poll())).toEqual(['w1:capture_succeeded:-']);
		await t.poll();
		const lists = apiRequests(sandbox()).map((r) => (r.query as IDataObject).updated_at_gte);
		expect(lists[0]).toBeUndefined();
		const since = Date.parse(String(lists[lists.length - 1]));
		expect(since).toBeLessThanOrEqual(Date.parse(String(first.updated_at)));
		expect(since).toBeGreaterThan(Date.parse(String(first.updated_at)) - 10 * 60_000);
	});

	test('a restart with the stored state neither repeats nor loses changes', async () => {
		const s = session('r');
		// Seen by activation's poll, which n8n saves: the previous status survives the restart.
		const p = pay(s, 'processing', 'r');
		const t = activeTrigger({ statuses: ['capture_succeeded'] });
		await t.poll();
		expect(await t.poll()).toBeNull();
		gr4vy().setStatus(p.id, 'capture_succeeded');
		t.restart();
		expect(summary(await t.poll())).toEqual(['r:capture_succeeded:processing']);
		t.restart();
		expect(await t.poll()).toBeNull();
	});

	test('checkout session IDs limit the watch to those sessions and are sent as the checkout_session_id filter', async () => {
		const mine = session('mine');
		const alsoMine = session('also-mine');
		const other = session('other');
		const t = activeTrigger({ statuses: ['authorization_succeeded'], linkIds: `${mine}, ${alsoMine}` });
		await t.poll();
		pay(mine, 'authorization_succeeded', 'm');
		pay(other, 'authorization_succeeded', 'o');
		pay(alsoMine, 'authorization_succeeded', 'am');
		expect(summary(await t.poll()).sort()).toEqual(['am:authorization_succeeded:-', 'm:authorization_succeeded:-']);
		const filtered = apiRequests(sandbox()).map((r) => (r.query as IDataObject).checkout_session_id);
		expect(new Set(filtered)).toEqual(new Set([mine, alsoMine]));
	});

	test('more changes than one page are all emitted, oldest change first', async () => {
		const s = session('many');
		const t = activeTrigger({ statuses: ['capture_pending'] });
		await t.poll();
		const made = Array.from({ length: 150 }, (_, i) => pay(s, 'capture_pending', `n${i}`));
		const items = await t.poll();
		expect(items).toHaveLength(150);
		expect(items!.map((i) => i.json.id)).toEqual(made.map((m) => m.id));
		expect(await t.poll()).toBeNull();
	});

	test('a poll that fails changes no state, so the next one still emits the change', async () => {
		const s = session('f');
		const t = activeTrigger({ statuses: ['capture_succeeded'] });
		await t.poll();
		pay(s, 'capture_succeeded', 'f');
		sandbox().setFaults([{ provider: 'gr4vy', kind: 'status', status: 400, times: 1 }]);
		await expect(t.poll()).rejects.toThrow();
		expect(summary(await t.poll())).toEqual(['f:capture_succeeded:-']);
	});

	test.each(AUTHS)('manual mode returns a small sample of transactions in the watched statuses and changes no state (%s)', async (auth) => {
		const s = session('m');
		for (let i = 0; i < 8; i++) pay(s, 'capture_succeeded', `m${i}`);
		pay(s, 'processing', 'not-watched');
		const result = await runPoll({ node: trigger, typeName: triggerTypeName, parameters: { authentication: auth, statuses: ['capture_succeeded'], ...unlimited }, credentials: credentials(sandbox().url, auth), mode: 'manual' });
		expect(result.items).toHaveLength(5);
		expect(result.items!.every((i) => i.json.status === 'capture_succeeded')).toBe(true);
		expect(result.staticDataChanged).toBe(false);
	});

	test('the trigger refuses to run without a status to watch, before any request', async () => {
		await expect(runPoll({ node: trigger, typeName: triggerTypeName, parameters: { statuses: [], ...unlimited }, credentials: credentials(sandbox().url), staticData: {} })).rejects.toThrow(/Choose at least one status/);
		expect(sandbox().requests).toHaveLength(0);
	});
});
