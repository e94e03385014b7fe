import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { getEngineLog, runNode } from '../harness/engine';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import { loadContract } from '../primer/openapi-contract.cjs';
import cases from './operations.cases.json';
import { MOUNT, SANDBOX_KEY, credentials, node, sandboxOptions, typeName, uuid } from './fixtures';

interface OperationCase {
	behaviour: string;
	/** Arguments of the emulator's seed(), in order: checkouts (and orders) made without the API. */
	seed?: IDataObject[];
	parameters: INodeParameters;
	expectRequests: Array<{ method: string; path: string; query?: IDataObject; body?: IDataObject }>;
	/** Expected output items; "{{url}}" stands for the emulator's origin. */
	expectItems?: IDataObject[];
	expectCount?: number;
}

let sandbox: SandboxHandle;
const contract = loadContract('digitalriver');

beforeAll(async () => {
	sandbox = await startSandbox({ providers: ['digitalriver'], options: sandboxOptions });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());
// Every request any test made must be one the real API documents, with the shapes it documents.
afterEach(() => {
	const problems = apiRequests().flatMap((r) => contract.check(r as never, MOUNT));
	expect(problems).toEqual([]);
});

const dr = () => sandbox.provider('digitalriver');
const apiRequests = () => sandbox.requests.filter((r) => r.provider === 'digitalriver');
const withUrl = (value: IDataObject) => JSON.parse(JSON.stringify(value).split('{{url}}').join(sandbox.url)) as IDataObject;
const run = async (parameters: INodeParameters, options: { items?: Array<{ json: IDataObject }>; continueOnFail?: boolean; credentials?: Record<string, string> } = {}) =>
	await runNode({ node, typeName, parameters, credentials: credentials(sandbox.url, options.credentials), items: options.items, continueOnFail: options.continueOnFail });

describe('Digital River Sessions operations through the n8n engine', () => {
	test.each((cases as OperationCase[]).map((c) => [c.behaviour, c] as const))('%s', async (_name, c) => {
		for (const seed of c.seed ?? []) dr().seed(seed);
		const result = await run(c.parameters);
		expect(result.error).toBeUndefined();
		const sent = apiRequests().map((r) => ({ method: r.method, path: String(r.path).slice(MOUNT.length), query: r.query, body: r.body }));
		expect(sent).toHaveLength(c.expectRequests.length);
		c.expectRequests.forEach((want, i) => {
			expect(sent[i].method).toBe(want.method);
			expect(sent[i].path).toBe(want.path);
			if (want.query) expect(sent[i].query).toEqual(want.query);
			if (want.body) expect(sent[i].body).toEqual(want.body);
		});
		if (c.expectItems) {
			expect(result.items).toHaveLength(c.expectItems.length);
			c.expectItems.forEach((want, i) => expect(result.items[i].json).toMatchObject(withUrl(want)));
		}
		if (c.expectCount !== undefined) expect(result.items).toHaveLength(c.expectCount);
		for (const item of result.items) expect(item.pairedItem).toEqual({ item: 0 });
	});

	test('requests carry the key as a Bearer token and the DigitalRiver-Version header only when a version is set', async () => {
		dr().seed({ checkouts: 1 });
		const get = { resource: 'checkout', operation: 'get', checkoutId: { __rl: true, mode: 'id', value: uuid(1) } };
		await run(get);
		await run(get, { credentials: { apiVersion: '' } });
		const [withVersion, withoutVersion] = apiRequests();
		expect(withVersion.headers.authorization).toBe('Bearer');
		expect(withVersion.headers['digitalriver-version']).toBe('2020-09-30');
		expect(withoutVersion.status).toBe(200);
		expect(withoutVersion.headers).not.toHaveProperty('digitalriver-version');
	});

	test("a vendor refusal is reported with Digital River's message and type; Continue On Fail keeps the other items paired", async () => {
		dr().seed({ orders: 1, checkouts: 2 });
		const parameters = { resource: 'checkout', operation: 'update', checkoutId: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, updateFields: { email: 'x@example.com' } };
		const failed = await run(parameters, { items: [{ json: { id: uuid(1) } }] });
		expect(failed.error?.message).toBe(`Digital River: Checkout ${uuid(1)} has already been converted to order 240000000001`);
		expect(failed.error?.description).toContain('Type: conflict');
		expect(failed.error?.description).toContain('checkout_converted (id)');
		const tolerated = await run(parameters, { items: [{ json: { id: 'no-such-checkout' } }, { json: { id: uuid(3) } }], continueOnFail: true });
		expect(tolerated.items).toHaveLength(2);
		expect(tolerated.items[0]).toEqual({ json: expect.objectContaining({ error: 'Digital River: Checkout no-such-checkout not found' }), pairedItem: { item: 0 } });
		expect(tolerated.items[1]).toEqual({ json: expect.objectContaining({ id: uuid(3), email: 'x@example.com' }), pairedItem: { item: 1 } });
	});

	test('a wrong key fails with the vendor message and appears nowhere in the error or the engine log', async () => {
		const wrong = `${SANDBOX_KEY}-wrong`;
		const result = await run({ resource: 'order', operation: 'getAll', returnAll: true }, { credentials: { secretKey: wrong } });
		expect(result.error?.message).toBe('Digital River: Invalid or missing API key');
		const everything = JSON.stringify({ error: result.error, description: result.error?.description, log: getEngineLog() });
		expect(everything).not.toContain(wrong);
		expect(everything).not.toContain(SANDBOX_KEY);
	});

	test('a drop-in session the shopper completes shows up as an order that carries the session and checkout IDs', async () => {
		const created = await run({ resource: 'dropInCheckoutSession', operation: 'create', currency: 'USD', items: { item: [{ skuId: 'sku-1', price: 12, quantity: 1 }] } });
		const sessionId = String(created.items[0].json.id);
		const order = dr().completeDropIn(sessionId) as IDataObject;
		const listed = await run({ resource: 'order', operation: 'getAll', returnAll: true, filters: { checkoutId: String(order.checkoutId) } });
		expect(listed.items.map((i) => i.json)).toEqual([expect.objectContaining({ id: order.id, checkoutSessionId: sessionId, totalAmount: 12, state: 'accepted' })]);
	});
});

describe('Digital River contract', () => {
	test('the contract covers every operation the node offers, and a missing vendor document fails instead of skipping', () => {
		expect(contract.operations).toEqual(
			expect.arrayContaining(['POST /drop-in/checkout-sessions', 'GET /checkouts', 'POST /checkouts', 'GET /checkouts/{id}', 'POST /checkouts/{id}', 'DELETE /checkouts/{id}', 'GET /orders', 'GET /orders/{id}']),
		);
		expect(() => loadContract('no-such-vendor')).toThrow(/is missing/);
	});

	test('the checker reads deep-object filters in both logged forms and reports what the vendor would refuse', () => {
		const list = (query: IDataObject) => ({ method: 'GET', path: `${MOUNT}/orders`, query: query as Record<string, string>, headers: { authorization: 'Bearer' }, body: undefined });
		expect(contract.check(list({ 'updatedTime[gte]': '2024-01-01T00:00:00Z', limit: '100' }), MOUNT)).toEqual([]);
		expect(contract.check(list({ updatedTime: { gte: '2024-01-01T00:00:00Z' }, limit: '100' }), MOUNT)).toEqual([]);
		expect(contract.check(list({ limit: '500' }), MOUNT)).toEqual([expect.stringContaining('limit=500')]);
		expect(contract.check(list({ colour: 'red' }), MOUNT)).toEqual([expect.stringContaining('colour is not in the contract')]);
		expect(contract.check({ ...list({}), method: 'PUT', path: `${MOUNT}/checkouts/x` }, MOUNT)).toEqual([expect.stringContaining('is not an operation')]);
	});
});
