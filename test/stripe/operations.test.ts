import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { runNode } from '../harness/engine';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import cases from './operations.cases.json';
import { TEST_KEY, credentials, fill, node, providers, sandboxOptions, stripeRequests, typeName } from './fixtures';

interface OperationCase {
	behaviour: string;
	seed?: { count: number; created?: number };
	parameters: INodeParameters;
	expectRequests: Array<{ method: string; path: string; query?: IDataObject; body?: IDataObject }>;
	expectItems?: IDataObject[];
	expectCount?: number;
}

let sandbox: SandboxHandle;
beforeAll(async () => {
	sandbox = await startSandbox({ providers, options: sandboxOptions });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const stripe = () => sandbox.provider('stripe');

/** Seeds sessions and names them for the case's placeholders: newest, item0 (newest) ... itemN. */
function seed(c: OperationCase): Record<string, string> {
	if (!c.seed) return {};
	stripe().seed(c.seed.count, { created: c.seed.created });
	const newestFirst = (stripe().all() as IDataObject[]).reverse();
	const vars: Record<string, string> = { newest: String(newestFirst[0].id) };
	newestFirst.forEach((s, i) => (vars[`item${i}`] = String(s.id)));
	return vars;
}

describe('Stripe Sessions operations through the n8n engine', () => {
	test.each((cases as OperationCase[]).map((c) => [c.behaviour, c] as const))('%s', async (_name, raw) => {
		const vars = seed(raw);
		const c = fill(raw, vars);
		sandbox.requests.length = 0;
		const result = await runNode({ node, typeName, parameters: c.parameters, credentials: credentials(sandbox.url) });
		expect(result.error).toBeUndefined();
		const sent = stripeRequests(sandbox).map((r) => ({ method: r.method, path: String(r.path).replace(/^\/stripe/, ''), query: r.query, body: r.body, status: r.status }));
		expect(sent).toHaveLength(c.expectRequests.length);
		c.expectRequests.forEach((want, i) => {
			expect(sent[i].method).toBe(want.method);
			expect(sent[i].path).toBe(want.path);
			expect(sent[i].status).toBe(200);
			if (want.query) expect(sent[i].query).toEqual(want.query);
			if (want.body) expect(sent[i].body).toEqual(want.body);
		});
		if (c.expectItems) {
			expect(result.items).toHaveLength(c.expectItems.length);
			c.expectItems.forEach((want, i) => expect(result.items[i].json).toMatchObject(want));
		}
		if (c.expectCount !== undefined) expect(result.items).toHaveLength(c.expectCount);
		for (const item of result.items) expect(item.pairedItem).toEqual({ item: 0 });
	});

	test('every request carries the secret key as a Bearer token and Stripe-Version only when one is set', async () => {
		stripe().seed(1);
		const parameters = { resource: 'checkoutSession', operation: 'getAll', returnAll: false, limit: 1 };
		await runNode({ node, typeName, parameters, credentials: credentials(sandbox.url) });
		await runNode({ node, typeName, parameters, credentials: credentials(sandbox.url, { apiVersion: '2025-03-31.basil' }) });
		const [without, withVersion] = stripeRequests(sandbox);
		expect([without.status, withVersion.status]).toEqual([200, 200]);
		expect(without.headers['stripe-version']).toBeUndefined();
		expect(withVersion.headers['stripe-version']).toBe('2025-03-31.basil');
		// The log redacts credentials; the emulator only answered 200 because the Bearer key matched.
		expect(String(without.headers.authorization)).toMatch(/^Bearer/);
	});

	test('each input item gets its own idempotency key, and a given key is sent as is', async () => {
		const parameters = {
			resource: 'customerSession',
			operation: 'create',
			components: { buy_button: { enabled: true } },
			additionalFields: { customer: '={{ $json.customer }}' },
			options: { idempotencyKey: '={{ $json.key }}' },
		};
		const result = await runNode({
			node,
			typeName,
			items: [{ json: { customer: 'cus_a', key: '' } }, { json: { customer: 'cus_b', key: '' } }, { json: { customer: 'cus_c', key: 'order-77' } }],
			parameters,
			credentials: credentials(sandbox.url),
		});
		expect(result.items.map((i) => [i.json.customer, i.pairedItem])).toEqual([
			['cus_a', { item: 0 }],
			['cus_b', { item: 1 }],
			['cus_c', { item: 2 }],
		]);
		const keys = stripeRequests(sandbox).map((r) => r.idempotencyKey);
		expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
		expect(keys[1]).toMatch(/^[0-9a-f-]{36}$/);
		expect(keys[0]).not.toBe(keys[1]);
		expect(keys[2]).toBe('order-77');
	});

	test('a POST retried after a server error reuses its idempotency key, so only one session is created', async () => {
		sandbox.setFaults([{ provider: 'stripe', method: 'POST', path: '/v1/checkout/sessions', kind: 'status', status: 500, when: 'after', times: 1 }]);
		const result = await runNode({
			node,
			typeName,
			parameters: { resource: 'checkoutSession', operation: 'create', mode: 'payment', additionalFields: { success_url: 'https://shop.example/ok', line_items: { lineItem: [{ price: 'price_1', quantity: 1 }] } } },
			credentials: credentials(sandbox.url),
		});
		expect(result.error).toBeUndefined();
		const posts = stripeRequests(sandbox);
		expect(posts.map((r) => r.status)).toEqual([500, 200]);
		expect(posts[1].idempotencyKey).toBe(posts[0].idempotencyKey);
		expect(stripe().all()).toHaveLength(1);
		expect(result.items[0].json.id).toBe(stripe().all()[0].id);
	});

	test("a vendor refusal is reported with Stripe's message and parameter on the failing item", async () => {
		const [session] = stripe().seed(1, { status: 'complete', payment_status: 'paid' });
		const parameters = { resource: 'checkoutSession', operation: 'expire', checkoutSessionId: { __rl: true, mode: 'id', value: session.id } };
		const failed = await runNode({ node, typeName, parameters, credentials: credentials(sandbox.url) });
		expect(failed.error?.message).toMatch(/^Stripe: Only Checkout Sessions with a status in \["open"\] can be expired/);
		expect(failed.error?.description).toContain('Code: checkout_session_not_open');
		const tolerated = await runNode({ node, typeName, parameters, credentials: credentials(sandbox.url), continueOnFail: true });
		expect(tolerated.items).toEqual([{ json: expect.objectContaining({ error: expect.stringMatching(/^Stripe: Only Checkout Sessions/) }), pairedItem: { item: 0 } }]);
	});

	test('an unknown session ID is reported as missing', async () => {
		const result = await runNode({ node, typeName, parameters: { resource: 'checkoutSession', operation: 'get', checkoutSessionId: { __rl: true, mode: 'id', value: 'cs_test_nothere' } }, credentials: credentials(sandbox.url) });
		expect(result.error?.message).toBe("Stripe: No such checkout.session: 'cs_test_nothere'");
	});

	test('a wrong secret key is reported without the key appearing anywhere in the error', async () => {
		const wrong = ['sk', 'test', 'wrong', 'key', '123456789'].join('_');
		const result = await runNode({ node, typeName, parameters: { resource: 'checkoutSession', operation: 'getAll', returnAll: true }, credentials: credentials(sandbox.url, { secretKey: wrong }) });
		expect(result.error?.message).toMatch(/^Stripe: Invalid API Key provided/);
		expect(JSON.stringify(result.error)).not.toContain(wrong);
		expect(JSON.stringify(result.error)).not.toContain(TEST_KEY);
	});
});
