import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { getEngineLog, runNode, runPoll } from '../harness/engine';
import { activeTrigger as newActiveTrigger } from '../harness/trigger';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import { loadContract } from './openapi-contract.cjs';
import { SANDBOX_KEY, credentials, node, sandboxOptions, trigger, triggerTypeName, typeName } from './fixtures';
import badInput from './bad-input.cases.json';

let sandbox: SandboxHandle;
const contract = loadContract('primer');

beforeAll(async () => {
	sandbox = await startSandbox({ providers: ['primer'], options: sandboxOptions });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());
// Every request any test made must be one the real API documents, with the shapes it documents.
afterEach(() => {
	const problems = sandbox.requests.filter((r) => r.provider === 'primer').flatMap((r) => contract.check(r as never, '/primer'));
	expect(problems).toEqual([]);
});

const primer = () => sandbox.provider('primer');
const run = async (parameters: INodeParameters, items?: INodeExecutionData[], continueOnFail = false) =>
	await runNode({ node, typeName, parameters, credentials: credentials(sandbox.url), items, continueOnFail });

describe('Primer Sessions: client sessions', () => {
	test('create sends the fields set, with the API key and version headers, and returns the token and the warnings', async () => {
		const { items, error } = await run({
			resource: 'clientSession',
			operation: 'create',
			additionalFields: {
				orderId: 'order-1',
				currencyCode: 'GBP',
				amount: 5000,
				order: { lineItems: { lineItem: [{ itemId: 'shoe', amount: 2500, quantity: 2 }] } },
			},
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ orderId: 'order-1', currencyCode: 'GBP', amount: 5000 });
		expect(String(items[0].json.clientToken)).toMatch(/^ct_/);
		expect(items[0].json.clientTokenExpirationDate).toEqual(expect.any(String));
		expect(items[0].json.warnings).toEqual(expect.arrayContaining([expect.stringContaining('order.countryCode')]));
		const sent = sandbox.requests.at(-1)!;
		expect(sent.headers['x-api-key']).toBe('[REDACTED]');
		expect(sent.headers['x-api-version']).toBe('2.4');
		expect(sent.body).toEqual({ orderId: 'order-1', currencyCode: 'GBP', amount: 5000, order: { lineItems: [{ itemId: 'shoe', amount: 2500, quantity: 2 }] } });
	});

	test('get finds the session by its client token sent as a query parameter', async () => {
		const created = await run({ resource: 'clientSession', operation: 'create', additionalFields: { orderId: 'order-2' } });
		const token = String(created.items[0].json.clientToken);
		const { items, error } = await run({ resource: 'clientSession', operation: 'get', clientToken: token });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ orderId: 'order-2' });
		expect(items[0].json.clientToken).toBeUndefined();
		const sent = sandbox.requests.at(-1)!;
		expect(sent.method).toBe('GET');
		expect(sent.query).toEqual({ clientToken: token });
	});

	test('create sends order fees (surcharges), which only the official document offers, and explicit line-item choices equal to a former UI default', async () => {
		const { error } = await run({
			resource: 'clientSession',
			operation: 'create',
			additionalFields: {
				currencyCode: 'EUR',
				order: {
					fees: '[{"type": "SURCHARGE", "amount": 150, "description": "Card surcharge"}]',
					lineItems: { lineItem: [{ itemId: 'mug', amount: 900, quantity: 1, productType: 'PHYSICAL', taxAmount: '0', discountAmount: '0' }] },
				},
			},
		});
		expect(error).toBeUndefined();
		expect(sandbox.requests.at(-1)!.body).toEqual({
			currencyCode: 'EUR',
			order: {
				fees: [{ type: 'SURCHARGE', amount: 150, description: 'Card surcharge' }],
				lineItems: [{ itemId: 'mug', amount: 900, quantity: 1, productType: 'PHYSICAL', taxAmount: 0, discountAmount: 0 }],
			},
		});
	});

	test('update sends the client token in the body with only the changed fields; line items are replaced', async () => {
		const created = await run({
			resource: 'clientSession',
			operation: 'create',
			additionalFields: { orderId: 'order-3', order: { lineItems: { lineItem: [{ itemId: 'a', amount: 1 }] } } },
		});
		const token = String(created.items[0].json.clientToken);
		const { items, error } = await run({
			resource: 'clientSession',
			operation: 'update',
			clientToken: token,
			updateFields: { order: { lineItems: { lineItem: [{ itemId: 'b', amount: 2 }] } } },
		});
		expect(error).toBeUndefined();
		expect(sandbox.requests.at(-1)!.body).toEqual({ order: { lineItems: [{ itemId: 'b', amount: 2 }] }, clientToken: token });
		expect(items[0].json).toMatchObject({ orderId: 'order-3', order: { lineItems: [{ itemId: 'b', amount: 2, quantity: 1 }] } });
	});

	test('an unknown client token gives Primer\'s error message on that item, and Continue On Fail keeps the other items', async () => {
		const created = await run({ resource: 'clientSession', operation: 'create', additionalFields: { orderId: 'ok' } });
		const token = String(created.items[0].json.clientToken);
		const { items } = await run(
			{ resource: 'clientSession', operation: 'get', clientToken: '={{$json.token}}' },
			[{ json: { token: 'ct_unknown' } }, { json: { token } }],
			true,
		);
		expect(items).toHaveLength(2);
		expect(String(items[0].json.error)).toContain('Primer: The client token is invalid or has expired');
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json).toMatchObject({ orderId: 'ok' });
	});

	test('a wrong API key fails with Primer\'s message and the key appears nowhere in the error or the logs', async () => {
		const wrong = `${SANDBOX_KEY}-wrong`;
		const { error } = await runNode({
			node,
			typeName,
			parameters: { resource: 'payment', operation: 'getAll', returnAll: true },
			credentials: credentials(sandbox.url, { apiKey: wrong }),
		});
		expect(error?.message).toContain('Invalid or missing API key');
		const everything = JSON.stringify({ error, description: error?.description, log: getEngineLog() });
		expect(everything).not.toContain(wrong);
	});
});

describe('Primer Sessions: payments', () => {
	test('get many pages through every payment with the cursor and keeps the filters on every page', async () => {
		for (let i = 0; i < 150; i++) primer().createPayment({ orderId: i % 2 ? 'odd' : 'even', status: i % 3 ? 'SETTLED' : 'DECLINED' });
		const { items, error } = await run({ resource: 'payment', operation: 'getAll', returnAll: true, filters: { status: ['SETTLED', 'DECLINED'], order_id: 'odd' } });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(75);
		const lists = sandbox.requests.filter((r) => r.operation === 'payment.getAll');
		expect(lists).toHaveLength(1);
		const all = await run({ resource: 'payment', operation: 'getAll', returnAll: true });
		expect(all.items).toHaveLength(150);
		const pages = sandbox.requests.filter((r) => r.operation === 'payment.getAll').slice(1);
		expect(pages.map((r) => r.query.cursor === undefined)).toEqual([true, false]);
	});

	test('a status filter is sent as repeated parameters and a limit stops paging early', async () => {
		for (let i = 0; i < 5; i++) primer().createPayment({ status: 'AUTHORIZED' });
		const { items } = await run({ resource: 'payment', operation: 'getAll', returnAll: false, limit: 2, filters: { status: ['AUTHORIZED', 'PENDING'] } });
		expect(items).toHaveLength(2);
		expect(sandbox.requests.at(-1)!.query).toEqual({ status: ['AUTHORIZED', 'PENDING'], limit: '2' });
	});

	test('get returns the full payment; an unknown id maps Primer\'s error envelope', async () => {
		const p = primer().createPayment({ orderId: 'o-9', status: 'AUTHORIZED' });
		expect((await run({ resource: 'payment', operation: 'get', paymentId: p.id })).items[0].json).toMatchObject({ id: p.id, orderId: 'o-9', status: 'AUTHORIZED' });
		const { error } = await run({ resource: 'payment', operation: 'get', paymentId: 'nope' });
		expect(error?.message).toBe('Primer: Payment nope was not found');
		expect(error?.description).toContain('PaymentNotFound');
	});
});

describe('Primer Sessions: bad input never reaches the API', () => {
	test.each(badInput.map((c) => [c.behaviour, c] as const))('%s', async (_name, c) => {
		const { error } = await run(c.parameters as INodeParameters, [{ json: {} }, { json: {} }]);
		expect(error?.message).toContain(c.error);
		expect(error?.message).toContain('[item 0]');
		expect(sandbox.requests).toHaveLength(0);
	});
});

/** A trigger with its own persisted state, like one activated workflow. */
const activeTrigger = (parameters: INodeParameters) => newActiveTrigger({ node: trigger, typeName: triggerTypeName, credentials: () => credentials(sandbox.url), parameters });

const summary = (items: INodeExecutionData[] | null) => (items ?? []).map((i) => `${String(i.json.orderId)}:${String(i.json.status)}:${String(i.json.previousStatus ?? '-')}`);

describe('Primer Sessions Trigger', () => {
	test('the first poll records existing payments; later polls emit each watched status change once, with the previous status', async () => {
		const a = primer().createPayment({ orderId: 'a', status: 'AUTHORIZED' });
		const t = activeTrigger({ statuses: ['SETTLED', 'DECLINED'] });
		expect(await t.poll()).toBeNull();
		primer().setStatus(a.id, 'SETTLED');
		primer().createPayment({ orderId: 'b', status: 'DECLINED' });
		primer().createPayment({ orderId: 'c', status: 'PENDING' });
		expect(summary(await t.poll())).toEqual(['a:SETTLED:AUTHORIZED', 'b:DECLINED:-']);
		expect(await t.poll()).toBeNull();
	});

	test('a restart with the stored state neither repeats nor loses changes', async () => {
		// Seen by activation's poll, which n8n saves: the previous status survives the restart.
		const p = primer().createPayment({ orderId: 'r', status: 'PENDING' });
		const t = activeTrigger({ statuses: ['SETTLED'] });
		await t.poll();
		expect(await t.poll()).toBeNull();
		primer().setStatus(p.id, 'SETTLED');
		t.restart();
		expect(summary(await t.poll())).toEqual(['r:SETTLED:PENDING']);
		t.restart();
		expect(await t.poll()).toBeNull();
	});

	test('order IDs limit the watch to those orders and are sent as the order filter', async () => {
		const t = activeTrigger({ statuses: ['SETTLED'], linkIds: 'mine, also-mine' });
		await t.poll();
		primer().createPayment({ orderId: 'mine', status: 'SETTLED' });
		primer().createPayment({ orderId: 'other', status: 'SETTLED' });
		expect(summary(await t.poll())).toEqual(['mine:SETTLED:-']);
		const orders = sandbox.requests.filter((r) => r.operation === 'payment.getAll').map((r) => r.query.order_id);
		expect(new Set(orders)).toEqual(new Set(['mine', 'also-mine']));
	});

	test('a poll that fails changes no state, so the next one still emits the change', async () => {
		const t = activeTrigger({ statuses: ['SETTLED'] });
		await t.poll();
		primer().createPayment({ orderId: 'f', status: 'SETTLED' });
		sandbox.setFaults([{ provider: 'primer', kind: 'status', status: 400, times: 1 }]);
		await expect(t.poll()).rejects.toThrow();
		expect(summary(await t.poll())).toEqual(['f:SETTLED:-']);
	});

	test('manual mode returns a small sample of payments in the watched statuses and changes no state', async () => {
		for (let i = 0; i < 8; i++) primer().createPayment({ orderId: `m${i}`, status: 'SETTLED' });
		const result = await runPoll({ node: trigger, typeName: triggerTypeName, parameters: { statuses: ['SETTLED'] }, credentials: credentials(sandbox.url), mode: 'manual' });
		expect(result.items).toHaveLength(5);
		expect(result.staticDataChanged).toBe(false);
	});

	test('the trigger refuses to run without a status to watch, before any request', async () => {
		await expect(runPoll({ node: trigger, typeName: triggerTypeName, parameters: { statuses: [] }, credentials: credentials(sandbox.url), staticData: {} })).rejects.toThrow(/Choose at least one status/);
		expect(sandbox.requests).toHaveLength(0);
	});
});

describe('Primer contract', () => {
	test('the contract covers every Primer operation the node offers, and a missing vendor document fails instead of skipping', () => {
		expect(contract.operations).toEqual(expect.arrayContaining(['POST /client-session', 'GET /client-session', 'PATCH /client-session', 'GET /payments', 'GET /payments/{id}']));
		expect(() => loadContract('no-such-vendor')).toThrow(/is missing/);
	});
});
