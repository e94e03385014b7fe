// @ts-check
/**
 * Primer in real n8n: a client session create → get (by client token) → update chain and the
 * payments of its order (get many → get) through `n8n execute`, bad input that fails naming the
 * field without reaching the API, and two payment-status triggers (all payments; one order)
 * activated on `n8n start`.
 */
import assert from 'node:assert/strict';
import { chain, manualStart, platformSteps } from '../lib/workflow.mjs';

const credential = { primerSessionsApi: { id: 'e2ePrimerCred', name: 'Primer sandbox' } };
const apiKey = 'e2e-primer-key';
const orderId = 'e2e-order-1';

export const name = 'primer: operations, bad input and triggers';
export const sandboxOptions = { providers: ['primer'], options: { primer: { apiKey } } };
export const timeoutMs = 4 * 60_000;

export const credentials = [
	{
		id: 'e2ePrimerCred',
		name: 'Primer sandbox',
		type: 'primerSessionsApi',
		data: { environment: 'sandbox', apiKey, apiVersion: '2.4', baseUrl: '__E2E_SANDBOX_URL__/primer' },
	},
];

const { node, trigger } = platformSteps({ nodeType: 'primerSessions', resource: 'clientSession', credentials: credential });

export const workflows = [
	chain('e2ePrimerCrud', 'Primer: session lifecycle', [
		manualStart,
		node('Create', {
			operation: 'create',
			additionalFields: {
				orderId,
				currencyCode: 'EUR',
				amount: 4200,
				// fees (a surcharge) is a JSON sub-field only the official document offers.
				order: { fees: '[{"type": "SURCHARGE", "amount": 150}]', lineItems: { lineItem: [{ itemId: 'mug', description: 'E2E mug', amount: 2100, quantity: 2 }] } },
				metadata: '{"source": "e2e"}',
			},
		}),
		node('Get', { operation: 'get', clientToken: '={{ $json.clientToken }}' }),
		node('Update', {
			operation: 'update',
			clientToken: "={{ $('Create').first().json.clientToken }}",
			updateFields: { customer: { emailAddress: 'ann@example.com' }, order: { countryCode: 'DE' } },
		}),
		node('Payments', { resource: 'payment', operation: 'getAll', returnAll: true, filters: { order_id: orderId } }, { executeOnce: true }),
		node('Payment', { resource: 'payment', operation: 'get', paymentId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }),
	]),
	chain('e2ePrimerBadInput', 'Primer: bad input', [
		manualStart,
		// Continue On Fail keeps this node's error as its output so the run goes on to the second check.
		node('Negative Amount', { operation: 'create', additionalFields: { order: { lineItems: { lineItem: [{ itemId: 'mug', amount: -5 }] } } } }, { continueOnFail: true }),
		node('Bad Currency', { operation: 'create', additionalFields: { orderId, currencyCode: 'euro' } }),
	]),
	chain('e2ePrimerAll', 'Primer: settled or declined payments', [trigger('Payment Outcome', { statuses: ['SETTLED', 'DECLINED'] })], { active: true }),
	chain('e2ePrimerOrder', 'Primer: settled payments of one order', [trigger('Order Settled', { statuses: ['SETTLED'], linkIds: orderId })], { active: true }),
];

/** Runs the checks. */
export async function run(/** @type {import('../run.mjs').CaseContext} */ ctx) {
	/** @type {any} */
	const sandbox = ctx.sandbox;
	const primer = sandbox.provider('primer');

	// Payments only come from a shopper paying, so the emulator makes them.
	const paid = primer.createPayment({ orderId, status: 'AUTHORIZED', amount: 4200, currencyCode: 'EUR' });
	primer.createPayment({ orderId: 'someone-else', status: 'SETTLED' });

	const crud = await ctx.execute('e2ePrimerCrud');
	assert.equal(crud.status, 'success', JSON.stringify(ctx.runError(crud)));
	/** @type {any} */
	const [created] = ctx.output(crud, 'Create');
	assert.match(String(created.clientToken), /^ct_/);
	assert.equal(created.orderId, orderId);
	assert.equal(created.amount, 4200);
	assert.deepEqual(created.metadata, { source: 'e2e' });
	assert.deepEqual(created.order.lineItems, [{ itemId: 'mug', description: 'E2E mug', amount: 2100, quantity: 2 }]);
	// Primer creates the session anyway and lists what is missing for some payment methods.
	assert.ok(created.warnings.some((/** @type {string} */ w) => w.includes('order.countryCode')));
	/** @type {any} */
	const [got] = ctx.output(crud, 'Get');
	assert.equal(got.orderId, orderId);
	assert.equal(got.clientToken, undefined);
	/** @type {any} */
	const [updated] = ctx.output(crud, 'Update');
	assert.equal(updated.customer.emailAddress, 'ann@example.com');
	assert.equal(updated.order.countryCode, 'DE');
	// Nested objects merge: the line items and the surcharge set at creation are still there.
	assert.equal(updated.order.lineItems.length, 1);
	assert.deepEqual(updated.order.fees, [{ type: 'SURCHARGE', amount: 150 }]);
	assert.deepEqual(updated.warnings, []);
	assert.equal(primer.session(created.clientToken).customer.emailAddress, 'ann@example.com');
	assert.deepEqual(ctx.output(crud, 'Payments').map((p) => [p.id, p.orderId, p.status]), [[paid.id, orderId, 'AUTHORIZED']]);
	/** @type {any} */
	const [payment] = ctx.output(crud, 'Payment');
	assert.equal(payment.id, paid.id);
	assert.deepEqual(payment.transactions, []);
	// The client token is a secret in the query (get) and in the body (update); both went out as Primer wants.
	const calls = sandbox.requests.filter((/** @type {any} */ r) => r.provider === 'primer');
	assert.deepEqual(calls.find((/** @type {any} */ r) => r.operation === 'clientSession.get').query, { clientToken: created.clientToken });
	assert.equal(calls.find((/** @type {any} */ r) => r.operation === 'clientSession.update').body.clientToken, created.clientToken);
	assert.ok(calls.every((/** @type {any} */ r) => r.apiVersion === '2.4'));
	ctx.log(`client session of ${orderId}: create, get by token, update; payment ${paid.id}: get many, get`);

	const before = sandbox.requests.length;
	const bad = await ctx.execute('e2ePrimerBadInput');
	assert.equal(bad.status, 'error');
	/** @type {any} */
	const [negative] = ctx.output(bad, 'Negative Amount');
	assert.match(String(negative.error), /\(order\.lineItems\[0\]\.amount\) must be >= 0 \[item 0\]/);
	const error = /** @type {Record<string, any>} */ (ctx.runError(bad));
	assert.match(String(error.message), /"Currency Code" \(currencyCode\) must be one of: .* \[item 0\]/);
	assert.equal(sandbox.requests.length, before, 'bad input reached the API');
	ctx.log(`bad input refused: ${negative.error} / ${error.message}`);

	sandbox.reset();
	const mine = primer.createPayment({ orderId, status: 'AUTHORIZED' });
	const other = primer.createPayment({ orderId: 'someone-else', status: 'AUTHORIZED' });
	const n8n = await ctx.startN8n();
	// Activation ran each trigger's first poll, which only records what exists.
	const lists = sandbox.requests.filter((/** @type {any} */ r) => r.operation === 'payment.getAll');
	assert.ok(lists.some((/** @type {any} */ r) => r.query.order_id === orderId), 'the order trigger polled at activation');
	assert.ok(lists.some((/** @type {any} */ r) => r.query.order_id === undefined), 'the all-payments trigger polled at activation');
	assert.deepEqual(await n8n.executions('e2ePrimerAll'), []);

	primer.setStatus(mine.id, 'SETTLED');
	primer.setStatus(other.id, 'DECLINED');
	// A new payment in a status nobody watches is recorded, not emitted.
	primer.createPayment({ orderId, status: 'PENDING' });
	const [all] = await n8n.waitForExecutions('e2ePrimerAll', { count: 1, timeoutMs: 90_000 });
	assert.deepEqual(
		ctx.output(all, 'Payment Outcome')
			.map((p) => [p.id, p.status, p.previousStatus])
			.sort(),
		[
			[mine.id, 'SETTLED', 'AUTHORIZED'],
			[other.id, 'DECLINED', 'AUTHORIZED'],
		].sort(),
	);
	const [order] = await n8n.waitForExecutions('e2ePrimerOrder', { count: 1, timeoutMs: 90_000 });
	assert.deepEqual(ctx.output(order, 'Order Settled').map((p) => [p.id, p.orderId, p.status, p.previousStatus]), [[mine.id, orderId, 'SETTLED', 'AUTHORIZED']]);
	assert.equal((await n8n.executions('e2ePrimerAll')).length, 1);
	assert.equal((await n8n.executions('e2ePrimerOrder')).length, 1);
	ctx.log('triggers: activation polls recorded 2 payments; the next polls emitted their outcomes once, the order trigger only its own');
	await n8n.stop();
}
