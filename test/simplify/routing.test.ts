import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeParameters, INodeType } from 'n8n-workflow';
import type { CredentialFixture } from '../harness/engine';
import { runNode, runPoll } from '../harness/engine';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import { activeTrigger } from '../harness/trigger';
import * as digitalriver from '../digitalriver/fixtures';
import * as gr4vy from '../gr4vy/fixtures';
import * as primer from '../primer/fixtures';
import * as quaderno from '../quaderno/fixtures';
import * as stripe from '../stripe/fixtures';

/*
 * The common session view through n8n's engine: each platform's Get with Simplify on, run by
 * n8n-core against the emulator, and the items of all five routed by ONE rule set on `state`.
 * The router here is a tiny node of this test, not n8n's Switch node (n8n-nodes-base is not a
 * dependency); the end-to-end suite runs the real Switch node in a real n8n.
 */

let sandbox: SandboxHandle;

beforeAll(async () => {
	sandbox = await startSandbox({
		providers: ['quaderno', 'stripe', 'primer', 'gr4vy', 'digitalriver'],
		options: { ...quaderno.sandboxOptions, ...stripe.sandboxOptions, ...primer.sandboxOptions, ...gr4vy.sandboxOptions, ...digitalriver.sandboxOptions },
	});
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

/** A router with one output per rule and a last one for the rest: item → output of the first rule its state equals. */
function stateRouter(states: string[]): INodeType {
	return {
		description: {
			displayName: 'State Router',
			name: 'stateRouter',
			group: ['transform'],
			version: 1,
			description: 'Routes items by their state',
			defaults: { name: 'State Router' },
			inputs: ['main'],
			outputs: [...states, 'other'].map(() => 'main' as const),
			properties: [],
		},
		async execute(this: IExecuteFunctions) {
			const outputs: INodeExecutionData[][] = [...states, 'other'].map(() => []);
			for (const item of this.getInputData()) {
				const rule = states.indexOf(String(item.json.state));
				outputs[rule === -1 ? states.length : rule].push(item);
			}
			return outputs;
		},
	};
}

interface PlatformGet {
	node: INodeType;
	typeName: string;
	credentials: CredentialFixture;
	parameters: INodeParameters;
}

const byId = (param: string) => ({ [param]: { __rl: true, mode: 'id', value: '={{ $json.id }}' } });

/** Each platform's Get of its session-like resource, Simplify on, reading the ID from the input item. */
function gets(url: string): Record<string, PlatformGet> {
	return {
		quaderno: { node: quaderno.node, typeName: quaderno.typeName, credentials: quaderno.credentials(url), parameters: { resource: 'checkoutSession', operation: 'get', ...byId('checkoutSessionId') } },
		stripe: { node: stripe.node, typeName: stripe.typeName, credentials: stripe.credentials(url), parameters: { resource: 'checkoutSession', operation: 'get', ...byId('checkoutSessionId') } },
		primer: { node: primer.node, typeName: primer.typeName, credentials: primer.credentials(url), parameters: { resource: 'payment', operation: 'get', ...byId('paymentId') } },
		gr4vy: { node: gr4vy.node, typeName: gr4vy.typeName, credentials: gr4vy.credentials(url), parameters: { resource: 'transaction', operation: 'get', ...byId('transactionId') } },
		digitalriver: { node: digitalriver.node, typeName: digitalriver.typeName, credentials: digitalriver.credentials(url), parameters: { resource: 'order', operation: 'get', ...byId('orderId') } },
	};
}

/** One item per platform and outcome, each in its platform's own status for that outcome; the IDs by platform. */
function seedOutcomes(): Record<string, string[]> {
	const p = (name: string) => sandbox.provider(name);
	const q = ['completed', 'failed', 'pending'].map((status) => String(p('quaderno').seed(1, { status })[0].id));
	const s = [
		{ status: 'complete', payment_status: 'paid' },
		{ status: 'expired', payment_status: 'unpaid' },
		{ status: 'open', payment_status: 'unpaid' },
	].map((change) => String(p('stripe').seed(1, change)[0].id));
	const pr = ['SETTLED', 'DECLINED', 'PENDING'].map((status) => String(p('primer').createPayment({ status }).id));
	const g = ['capture_succeeded', 'authorization_declined', 'buyer_approval_pending'].map((status) => String(p('gr4vy').createTransaction({ status }).id));
	const d = (p('digitalriver').seed({ orders: 3, state: 'pending_payment' }) as IDataObject[]).map((o) => String(o.id));
	p('digitalriver').setState(d[0], 'complete');
	p('digitalriver').setState(d[1], 'blocked');
	return { quaderno: q, stripe: s, primer: pr, gr4vy: g, digitalriver: d };
}

describe('one router on state serves all five platforms', () => {
	test('paid, failed and the rest of every platform reach the same outputs', async () => {
		const ids = seedOutcomes();
		const simplified: INodeExecutionData[] = [];
		for (const [platform, get] of Object.entries(gets(sandbox.url))) {
			const result = await runNode({ ...get, parameters: { ...get.parameters, simplify: true }, items: ids[platform].map((id) => ({ json: { id } })) });
			expect(result.error).toBeUndefined();
			simplified.push(...result.items);
		}
		const routed = await runNode({ node: stateRouter(['paid', 'failed']), typeName: 'test.stateRouter', parameters: {}, items: simplified });
		const where = routed.outputs.map((output) => output.map((i) => `${String(i.json.platform)}:${String(i.json.status)}`).sort());
		expect(where).toEqual([
			['digitalriver:complete', 'gr4vy:capture_succeeded', 'primer:SETTLED', 'quaderno:completed', 'stripe:paid'],
			['digitalriver:blocked', 'gr4vy:authorization_declined', 'primer:DECLINED', 'quaderno:failed'],
			['digitalriver:pending_payment', 'gr4vy:buyer_approval_pending', 'primer:PENDING', 'quaderno:pending', 'stripe:expired', 'stripe:open'],
		]);
	});

	test('without Simplify the same Get gives the platform object, as before', async () => {
		const ids = seedOutcomes();
		const get = gets(sandbox.url).primer;
		const result = await runNode({ ...get, items: [{ json: { id: ids.primer[0] } }] });
		expect(result.items[0].json).toMatchObject({ id: ids.primer[0], status: 'SETTLED', currencyCode: 'GBP' });
		expect(result.items[0].json.state).toBeUndefined();
	});

	test('Get Many with Simplify gives every item in the common view', async () => {
		seedOutcomes();
		const get = gets(sandbox.url).gr4vy;
		const result = await runNode({ ...get, parameters: { resource: 'transaction', operation: 'getAll', returnAll: true, simplify: true } });
		expect(result.items.map((i) => i.json.state).sort()).toEqual(['failed', 'open', 'paid']);
		expect(result.items.every((i) => i.json.platform === 'gr4vy' && i.json.resource === 'transaction')).toBe(true);
	});

	test('Create with Simplify gives the new session in the common view, with its hosted page', async () => {
		const get = gets(sandbox.url).stripe;
		const parameters = { resource: 'checkoutSession', operation: 'create', simplify: true, bodyInput: 'json', bodyJson: JSON.stringify({ mode: 'payment', success_url: 'https://example.com/ok', line_items: [{ price_data: { currency: 'eur', unit_amount: 1234, product_data: { name: 'Book' } }, quantity: 1 }] }) };
		const result = await runNode({ ...get, parameters });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ platform: 'stripe', status: 'open', state: 'open', amount: 1234, currency: 'EUR' });
		expect(String(result.items[0].json.url)).toMatch(/^https?:\/\//);
	});

	test("a trigger with Simplify emits the common view with the event, on the trigger's own poll", async () => {
		sandbox.provider('quaderno').seed(1, { status: 'completed' });
		const result = await runPoll({
			node: quaderno.trigger,
			typeName: quaderno.triggerTypeName,
			parameters: { event: 'statusChanged', statuses: ['completed'], simplify: true, options: { requestsPerSecond: 0 } },
			credentials: quaderno.credentials(sandbox.url),
			mode: 'manual',
		});
		expect(result.items?.map((i) => i.json)).toEqual([expect.objectContaining({ platform: 'quaderno', status: 'completed', state: 'paid', triggerEvent: 'statusChanged' })]);
	});

	test('an active trigger with Simplify emits each status change in the common view, with the status before it', async () => {
		const payment = sandbox.provider('primer').createPayment({ status: 'AUTHORIZED', orderId: 'order-9' }) as IDataObject;
		const t = activeTrigger({
			node: primer.trigger,
			typeName: primer.triggerTypeName,
			credentials: () => primer.credentials(sandbox.url),
			parameters: { statuses: ['SETTLED'], simplify: true, options: { requestsPerSecond: 0 } },
		});
		expect(await t.poll()).toBeNull();
		sandbox.provider('primer').setStatus(payment.id, 'SETTLED');
		const items = await t.poll();
		expect(items?.map((i) => i.json)).toEqual([
			expect.objectContaining({ platform: 'primer', id: payment.id, status: 'SETTLED', state: 'paid', previousStatus: 'AUTHORIZED', triggerEvent: 'statusChanged', links: expect.objectContaining({ orderId: 'order-9' }) }),
		]);
	});
});
