import type { LocalResponse, LocalServer } from '../harness/local-server.cjs';
import { startLocalServer } from '../harness/local-server.cjs';
import { activeTrigger } from '../harness/trigger';
import { trigger, triggerTypeName } from '../quaderno/fixtures';
import { platform, platforms, routeOf, runAgainst } from './platforms';

/*
 * A success status is not a result by itself: where the node reads a JSON object (or a list),
 * any other body is an unusable answer, retried where repeating is safe and otherwise reported
 * as possibly carried out, like any other uncertain outcome.
 */

let server: LocalServer;
let reply: (route: string) => LocalResponse;
beforeAll(async () => {
	server = await startLocalServer((r) => reply(routeOf(r)));
});
afterAll(async () => await server.close());
beforeEach(() => {
	server.requests.length = 0;
});

const html = '<!DOCTYPE html><html><body>Maintenance</body></html>';

describe('a successful status with a body that is not the expected JSON is an error, retried on reads', () => {
	const bodies: Array<[string, LocalResponse, string]> = [
		['an HTML page', { body: html }, 'a body that is not JSON (it starts "<!DOCTYPE html><html>'],
		['an empty body', { body: '' }, 'an empty body where a JSON object was expected'],
		['a bare true', { body: 'true', headers: { 'content-type': 'application/json' } }, 'the JSON boolean true where a JSON object was expected'],
		['a JSON string', { body: '"ok"', headers: { 'content-type': 'application/json' } }, 'the JSON string "ok" where a JSON object was expected'],
		['an array', { body: [] }, 'a JSON array where a JSON object was expected'],
	];
	const cases = platforms.flatMap((p) => bodies.map(([what, answer, want]) => [`${p.displayName} Get answering ${what}`, p.name, answer, want] as const));
	test.each(cases)('%s', async (_name, name, answer, want) => {
		const p = platform(name);
		reply = () => answer;
		const result = await runAgainst(p, server.url, p.get.parameters, { maxAttempts: 2 });
		expect(result.items).toEqual([]);
		expect(result.error?.message).toMatch(new RegExp(`^${p.displayName}: GET /\\S+ answered HTTP 200 with `));
		expect(result.error?.message).toContain(want);
		expect(server.requests.map(routeOf)).toEqual([p.get.route, p.get.route]);
	});
});

describe('creates', () => {
	test('a create without an idempotency key that answers an HTML page is reported as possibly carried out, never sent again', async () => {
		const p = platform('quaderno');
		reply = () => ({ body: html });
		const result = await runAgainst(p, server.url, p.create.parameters);
		expect(result.error?.message).toContain('Quaderno: POST /checkout/sessions answered HTTP 200 with a body that is not JSON');
		expect(String(result.error?.description)).toContain('may have been carried out');
		expect(server.requests.map(routeOf)).toEqual([p.create.route]);
	});

	test.each(['primer', 'digitalriver', 'gr4vy'])('a %s create answering an empty body is possibly carried out, sent once', async (name) => {
		const p = platform(name);
		reply = () => ({ body: '' });
		const result = await runAgainst(p, server.url, p.create.parameters);
		expect(result.error?.message).toContain('answered HTTP 200 with an empty body');
		expect(String(result.error?.description)).toContain('may have been carried out');
		expect(server.requests.map(routeOf)).toEqual([p.create.route]);
	});

	test('a Stripe create answering an HTML page is retried with the same idempotency key, then succeeds', async () => {
		const p = platform('stripe');
		let n = 0;
		reply = () => (n++ === 0 ? { body: html } : { body: { id: 'cs_test_new', object: 'checkout.session' } });
		const result = await runAgainst(p, server.url, p.create.parameters);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(['cs_test_new']);
		const keys = server.requests.map((r) => r.headers['idempotency-key']);
		expect(keys).toHaveLength(2);
		expect(keys[0]).toBeTruthy();
		expect(keys[1]).toBe(keys[0]);
	});
});

describe('operations that really answer with nothing keep working', () => {
	test.each([
		['quaderno', { resource: 'checkoutSession', operation: 'delete', checkoutSessionId: { __rl: true, mode: 'id', value: '7' } }, { id: 7, deleted: true }],
		['digitalriver', { resource: 'checkout', operation: 'delete', checkoutId: { __rl: true, mode: 'id', value: 'ck_1' } }, { id: 'ck_1', deleted: true }],
		['gr4vy', { resource: 'checkoutSession', operation: 'delete', checkoutSessionId: '8f2b6b5e-0000-4000-8000-000000000001' }, { id: '8f2b6b5e-0000-4000-8000-000000000001', deleted: true }],
	])('a %s delete answered by an empty 204 outputs its own result', async (name, parameters, want) => {
		reply = () => ({ status: 204 });
		const result = await runAgainst(platform(name), server.url, parameters);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json)).toEqual([want]);
	});

	test('a delete that answers an HTML page is still an error', async () => {
		reply = () => ({ body: html });
		const result = await runAgainst(platform('digitalriver'), server.url, { resource: 'checkout', operation: 'delete', checkoutId: { __rl: true, mode: 'id', value: 'ck_1' } }, { maxAttempts: 1 });
		expect(result.error?.message).toContain('Digital River: DELETE /checkouts/ck_1 answered HTTP 200 with a body that is not JSON');
	});
});

describe('a list answer without its list is an error, not an empty result', () => {
	test.each([
		['quaderno', { body: { sessions: [] } }, 'a JSON object where a JSON array was expected'],
		['stripe', { body: { object: 'list', has_more: false } }, 'nothing at "data" where a JSON array was expected'],
		['primer', { body: html }, 'a body that is not JSON'],
		['digitalriver', { body: { data: 'none' } }, 'the JSON string "none" at "data" where a JSON array was expected'],
		['gr4vy', { body: { items: { id: 'x' } } }, 'a JSON object at "items" where a JSON array was expected'],
	] as Array<[string, LocalResponse, string]>)('%s Get Many', async (name, answer, want) => {
		const p = platform(name);
		reply = () => answer;
		const result = await runAgainst(p, server.url, { ...p.list.parameters, returnAll: true }, { maxAttempts: 2 });
		expect(result.items).toEqual([]);
		expect(result.error?.message).toContain(`${p.displayName}: GET `);
		expect(result.error?.message).toContain(want);
		expect(server.requests).toHaveLength(2);
	});
});

describe('in a trigger', () => {
	test('a watched session whose re-check answers an HTML page or an empty 200 stays watched, and its completion is emitted later', async () => {
		const q = platform('quaderno');
		const t = activeTrigger({
			node: trigger,
			typeName: triggerTypeName,
			credentials: () => q.credentials(server.url),
			parameters: { event: 'statusChanged', statuses: ['completed'], options: { requestsPerSecond: 0 } },
		});
		const session = (status: string) => ({ id: 7, status, created_at: '2026-12-01T10:00:00Z' });
		let get: LocalResponse = { body: session('pending') };
		// Session 7 is listed once, then only reachable by its ID.
		let listed = [session('pending')];
		reply = (route) => (route === q.list.route ? q.list.page(listed, false, '') : get);
		expect(await t.poll()).toBeNull();
		listed = [];
		for (const answer of [{ body: html }, { body: '' }] as LocalResponse[]) {
			get = answer;
			await expect(t.poll()).rejects.toThrow('Quaderno: GET /checkout/sessions/7 answered HTTP 200 with');
		}
		get = { body: session('completed') };
		const items = await t.poll();
		expect((items ?? []).map((i) => [i.json.id, i.json.status])).toEqual([[7, 'completed']]);
	});
});
