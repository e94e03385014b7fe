import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { runNode } from '../harness/engine';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import cases from './operations.cases.json';
import { API_KEY, credentials, node, sandboxOptions, typeName } from './fixtures';

interface OperationCase {
	behaviour: string;
	seed?: number;
	seedStatus?: string;
	parameters: INodeParameters;
	expectRequests: Array<{ method: string; path: string; query?: IDataObject; body?: IDataObject }>;
	expectItems?: IDataObject[];
	expectCount?: number;
}

let sandbox: SandboxHandle;
beforeAll(async () => {
	sandbox = await startSandbox({ options: sandboxOptions });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const apiRequests = () => sandbox.requests.filter((r) => r.provider === 'quaderno');

describe('Quaderno Sessions operations through the n8n engine', () => {
	test.each((cases as OperationCase[]).map((c) => [c.behaviour, c] as const))('%s', async (_name, c) => {
		if (c.seed) sandbox.provider('quaderno').seed(c.seed, { status: c.seedStatus ?? 'pending' });
		const result = await runNode({ node, typeName, parameters: c.parameters, credentials: credentials(sandbox.url) });
		expect(result.error).toBeUndefined();
		const sent = apiRequests().map((r) => ({ method: r.method, path: r.path.replace(/^\/quaderno\/api/, ''), query: r.query, body: r.body }));
		expect(sent).toHaveLength(c.expectRequests.length);
		c.expectRequests.forEach((want, i) => {
			expect(sent[i].method).toBe(want.method);
			expect(sent[i].path).toBe(want.path);
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

	test('every request carries Basic auth with the key as user name and the API version in Accept', async () => {
		sandbox.provider('quaderno').seed(1);
		await runNode({ node, typeName, parameters: { resource: 'checkoutSession', operation: 'get', checkoutSessionId: { __rl: true, mode: 'id', value: '1' } }, credentials: credentials(sandbox.url) });
		const [request] = apiRequests();
		expect(request.status).toBe(200);
		expect(request.headers.accept).toBe('application/json; api_version=20220325');
		expect(request.headers.authorization).toBe('Basic');
	});

	test('each input item is sent with its own expression values and paired with its output', async () => {
		const result = await runNode({
			node,
			typeName,
			items: [{ json: { sku: 'sku_a' } }, { json: { sku: 'sku_b' } }],
			parameters: {
				resource: 'checkoutSession',
				operation: 'create',
				items: { item: [{ product: '={{ $json.sku }}' }] },
				success_url: 'https://shop.example/ok',
				cancel_url: 'https://shop.example/no',
			},
			credentials: credentials(sandbox.url),
		});
		expect(apiRequests().map((r) => (r.body as IDataObject & { items: IDataObject[] }).items[0].product)).toEqual(['sku_a', 'sku_b']);
		expect(result.items.map((i) => [i.json.id, i.pairedItem])).toEqual([
			[1, { item: 0 }],
			[2, { item: 1 }],
		]);
	});

	test("a vendor refusal is reported with Quaderno's own message on the failing item", async () => {
		sandbox.provider('quaderno').seed(1, { status: 'completed' });
		const parameters = { resource: 'checkoutSession', operation: 'update', checkoutSessionId: { __rl: true, mode: 'id', value: '1' }, updateFields: { locale: 'de' } };
		const failed = await runNode({ node, typeName, parameters, credentials: credentials(sandbox.url) });
		expect(failed.error?.message).toBe('Quaderno: Only pending sessions can be updated.');
		const tolerated = await runNode({ node, typeName, parameters, credentials: credentials(sandbox.url), continueOnFail: true });
		expect(tolerated.items).toEqual([{ json: expect.objectContaining({ error: 'Quaderno: Only pending sessions can be updated.' }), pairedItem: { item: 0 } }]);
	});

	test('a wrong API key is reported without the key appearing anywhere in the error', async () => {
		const wrongKey = API_KEY.replace('sandbox', 'wrong');
		const result = await runNode({ node, typeName, parameters: { resource: 'checkoutSession', operation: 'getAll', returnAll: true }, credentials: credentials(sandbox.url, { apiKey: wrongKey }) });
		expect(result.error?.message).toBe('Quaderno: Unauthorized access or document does not exist.');
		expect(JSON.stringify(result.error)).not.toContain(wrongKey);
		expect(JSON.stringify(result.error)).not.toContain(API_KEY);
	});

	test('the resource locator lists sessions with their status', async () => {
		sandbox.provider('quaderno').seed(2);
		sandbox.provider('quaderno').setStatus(1, 'completed');
		const search = node.methods.listSearch.searchCheckoutSessions;
		const context = {
			getNode: () => ({ name: 'Quaderno', type: typeName, typeVersion: 1, position: [0, 0], parameters: {} }),
			getNodeParameter: () => '',
			getCredentials: async () => credentials(sandbox.url).data,
			helpers: {
				httpRequestWithAuthentication: async (_name: string, options: { url: string; qs: IDataObject }) => {
					const url = new URL(options.url);
					for (const [k, v] of Object.entries(options.qs ?? {})) url.searchParams.set(k, String(v));
					const response = await fetch(url, { headers: { authorization: `Basic ${btoa(`${API_KEY}:x`)}` } });
					return { statusCode: response.status, headers: Object.fromEntries(response.headers), body: await response.json() };
				},
			},
		};
		const result = await search.call(context as never);
		expect(result.results).toEqual([
			{ name: '2 (pending)', value: '2' },
			{ name: '1 (completed)', value: '1' },
		]);
	});
});

describe('parallel requests', () => {
	test('items sent in parallel come out in input order, each paired with its input', async () => {
		// Every other request is delayed, so answers arrive out of order.
		sandbox.setFaults([{ provider: 'quaderno', kind: 'latency', ms: 40, rate: 0.5 }]);
		const count = 12;
		const result = await runNode({
			node,
			typeName,
			items: Array.from({ length: count }, (_, i) => ({ json: { sku: `sku_${i}` } })),
			parameters: {
				resource: 'checkoutSession',
				operation: 'create',
				items: { item: [{ product: '={{ $json.sku }}' }] },
				success_url: 'https://shop.example/ok',
				cancel_url: 'https://shop.example/no',
				options: { parallelRequests: 6, requestsPerSecond: 0 },
			},
			credentials: credentials(sandbox.url),
		});
		expect(result.error).toBeUndefined();
		const created = result.items.map((i) => [(i.json.items as IDataObject[])[0].product, i.pairedItem]);
		expect(created).toEqual(Array.from({ length: count }, (_, i) => [`sku_${i}`, { item: i }]));
		// The emulator numbers sessions as it creates them, after the delay: out of input order.
		const ids = result.items.map((i) => i.json.id as number);
		expect(ids).not.toEqual([...ids].sort((a, b) => a - b));
	});
});
