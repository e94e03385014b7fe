// @ts-check
/**
 * Digital River in real n8n: a drop-in checkout session, a checkout create → get → update → get
 * many → delete chain and an order list through `n8n execute`, bad input that fails naming the
 * field without reaching the API, and two order-state triggers (all orders; one checkout's order)
 * activated on `n8n start`.
 */
import assert from 'node:assert/strict';
import { chain, manualStart, platformSteps } from '../lib/workflow.mjs';

const credential = { digitalRiverSessionsApi: { id: 'e2eDigitalRiverCred', name: 'Digital River sandbox' } };
const secretKey = 'e2e-digitalriver-key';
const checkout = (id = '={{ $json.id }}') => ({ __rl: true, mode: 'id', value: id });

export const name = 'digitalriver: operations, bad input and triggers';
export const sandboxOptions = { providers: ['digitalriver'], options: { digitalriver: { secretKey } } };
export const timeoutMs = 4 * 60_000;

export const credentials = [
	{
		id: 'e2eDigitalRiverCred',
		name: 'Digital River sandbox',
		type: 'digitalRiverSessionsApi',
		data: { secretKey, apiVersion: '2020-09-30', baseUrl: '__E2E_SANDBOX_URL__/digitalriver' },
	},
];

const { node, trigger } = platformSteps({ nodeType: 'digitalRiverSessions', resource: 'checkout', credentials: credential });

/** The order whose checkout the second trigger watches: the first one the emulator seeds. */
const watchedCheckout = '00000000-0000-4000-8000-000000000001';

export const workflows = [
	chain('e2eDrCrud', 'Digital River: checkout lifecycle', [
		manualStart,
		node('Drop-In Session', {
			resource: 'dropInCheckoutSession',
			operation: 'create',
			currency: 'EUR',
			items: { item: [{ skuId: 'sku-mug', price: 21, quantity: 2 }] },
			additionalFields: {
				email: 'ana@example.com',
				locale: 'de_DE',
				redirects: { successUrl: 'https://shop.example/thanks', cancelUrl: 'https://shop.example/cart' },
			},
		}),
		node('Create', {
			operation: 'create',
			currency: 'USD',
			items: { item: [{ skuId: 'sku-a', price: 9.99, quantity: 3 }] },
			additionalFields: {
				email: 'bo@example.com',
				upstreamId: 'e2e-cart-1',
				metadata: { entry: [{ key: 'source', value: 'e2e' }] },
				// The description of a shipping choice is only in the official document.
				shippingChoice: { amount: 5, description: 'E2E courier', serviceLevel: 'SG' },
			},
		}),
		node('Get', { operation: 'get', checkoutId: checkout() }),
		node('Update', { operation: 'update', checkoutId: checkout(), updateFields: { email: 'new@example.com', metadata: { entry: [{ key: 'stage', value: 'review' }] } } }),
		node('Get Many', { operation: 'getAll', returnAll: true, filters: { upstreamIds: 'e2e-cart-1, e2e-cart-none' } }),
		node('Delete', { operation: 'delete', checkoutId: checkout("={{ $('Create').first().json.id }}") }, { executeOnce: true }),
		node('Orders', { resource: 'order', operation: 'getAll', returnAll: true, filters: { state: 'accepted' } }, { executeOnce: true }),
	]),
	chain('e2eDrBadInput', 'Digital River: bad input', [
		manualStart,
		// Continue On Fail keeps this node's error as its output so the run goes on to the second check.
		node('Zero Quantity', { resource: 'dropInCheckoutSession', operation: 'create', currency: 'USD', items: { item: [{ skuId: 'a', price: 1, quantity: 0 }] } }, { continueOnFail: true }),
		node('Lower-Case Currency', { operation: 'create', currency: 'usd', items: { item: [{ skuId: 'a', price: 1 }] } }),
	]),
	chain('e2eDrAccepted', 'Digital River: accepted or blocked orders', [trigger('Order Outcome', { statuses: ['accepted', 'blocked'] })], { active: true }),
	chain('e2eDrComplete', 'Digital River: one checkout completed', [trigger('Checkout Complete', { statuses: ['complete'], linkIds: watchedCheckout })], { active: true }),
];

/** Runs the checks. */
export async function run(/** @type {import('../run.mjs').CaseContext} */ ctx) {
	/** @type {any} */
	const sandbox = ctx.sandbox;
	const dr = sandbox.provider('digitalriver');

	// Orders only come from shoppers paying, so the emulator makes them.
	const accepted = dr.seed({ orders: 2, state: 'accepted' });
	const [reviewed] = dr.seed({ orders: 1, state: 'in_review' });
	assert.equal(accepted[0].checkoutId, watchedCheckout);

	const crud = await ctx.execute('e2eDrCrud');
	assert.equal(crud.status, 'success', JSON.stringify(ctx.runError(crud)));
	/** @type {any} */
	const [dropIn] = ctx.output(crud, 'Drop-In Session');
	assert.equal(dropIn.liveMode, false);
	assert.match(String(dropIn.link), new RegExp(`/dropin-checkout/v1/modal\\?sessionId=${dropIn.id}$`));
	/** @type {any} */
	const [created] = ctx.output(crud, 'Create');
	assert.equal(created.currency, 'USD');
	assert.equal(created.totalAmount, 29.97);
	assert.equal(created.upstreamId, 'e2e-cart-1');
	assert.deepEqual(created.metadata, { source: 'e2e' });
	assert.equal(created.payment.session.state, 'requires_source');
	assert.equal(ctx.output(crud, 'Get')[0].id, created.id);
	/** @type {any} */
	const [updated] = ctx.output(crud, 'Update');
	assert.equal(updated.email, 'new@example.com');
	assert.deepEqual(updated.metadata, { source: 'e2e', stage: 'review' });
	assert.deepEqual(ctx.output(crud, 'Get Many').map((c) => c.id), [created.id]);
	assert.deepEqual(ctx.output(crud, 'Delete'), [{ id: created.id, deleted: true }]);
	assert.equal(dr.checkout(created.id), undefined);
	// Newest first, only the accepted ones.
	assert.deepEqual(ctx.output(crud, 'Orders').map((o) => o.id), [accepted[1].id, accepted[0].id]);
	const calls = sandbox.requests.filter((/** @type {any} */ r) => r.provider === 'digitalriver');
	// A list of upstream IDs goes out as repeated parameters.
	assert.deepEqual(calls.find((/** @type {any} */ r) => r.operation === 'checkout.getAll').query.upstreamIds, ['e2e-cart-1', 'e2e-cart-none']);
	assert.deepEqual(calls.find((/** @type {any} */ r) => r.operation === 'dropInCheckoutSession.create').body, {
		currency: 'EUR',
		items: [{ skuId: 'sku-mug', price: 21, quantity: 2 }],
		email: 'ana@example.com',
		locale: 'de_DE',
		redirects: { successUrl: 'https://shop.example/thanks', cancelUrl: 'https://shop.example/cart' },
	});
	assert.deepEqual(calls.find((/** @type {any} */ r) => r.operation === 'checkout.create').body.shippingChoice, { amount: 5, description: 'E2E courier', serviceLevel: 'SG' });
	assert.ok(calls.every((/** @type {any} */ r) => r.apiVersion === '2020-09-30'));
	ctx.log(`drop-in session ${dropIn.id}; lifecycle of checkout ${created.id}: create, get, update, get many, delete; 2 accepted orders listed`);

	const before = sandbox.requests.length;
	const bad = await ctx.execute('e2eDrBadInput');
	assert.equal(bad.status, 'error');
	/** @type {any} */
	const [zero] = ctx.output(bad, 'Zero Quantity');
	assert.match(String(zero.error), /"Items > Quantity" \(items\[0\]\.quantity\) must be >= 1 \[item 0\]/);
	const error = /** @type {Record<string, any>} */ (ctx.runError(bad));
	assert.match(String(error.message), /"Currency" \(currency\) has the wrong format .* \[item 0\]/);
	assert.equal(sandbox.requests.length, before, 'bad input reached the API');
	ctx.log(`bad input refused: ${zero.error} / ${error.message}`);

	const n8n = await ctx.startN8n();
	// Activation ran each trigger's first poll, which only records the orders that exist.
	const lists = sandbox.requests.slice(before).filter((/** @type {any} */ r) => r.operation === 'order.getAll');
	assert.ok(lists.some((/** @type {any} */ r) => r.query.checkoutId === watchedCheckout), 'the checkout trigger polled at activation');
	assert.ok(lists.some((/** @type {any} */ r) => r.query.checkoutId === undefined), 'the all-orders trigger polled at activation');
	assert.deepEqual(await n8n.executions('e2eDrAccepted'), []);

	dr.setState(reviewed.id, 'accepted');
	// The shopper finishes the drop-in checkout: Digital River makes a checkout and an accepted order.
	const fromDropIn = dr.completeDropIn(dropIn.id);
	dr.setState(accepted[0].id, 'complete');
	const [outcome] = await n8n.waitForExecutions('e2eDrAccepted', { count: 1, timeoutMs: 90_000 });
	// Oldest change first; the completed order is in a state this trigger does not watch.
	assert.deepEqual(
		ctx.output(outcome, 'Order Outcome').map((o) => [o.id, o.state, o.previousStatus ?? null, o.checkoutSessionId ?? null]),
		[
			[reviewed.id, 'accepted', 'in_review', null],
			[fromDropIn.id, 'accepted', null, dropIn.id],
		],
	);
	const [complete] = await n8n.waitForExecutions('e2eDrComplete', { count: 1, timeoutMs: 90_000 });
	assert.deepEqual(ctx.output(complete, 'Checkout Complete').map((o) => [o.id, o.checkoutId, o.state, o.previousStatus]), [[accepted[0].id, watchedCheckout, 'complete', 'accepted']]);
	assert.equal((await n8n.executions('e2eDrAccepted')).length, 1);
	assert.equal((await n8n.executions('e2eDrComplete')).length, 1);
	ctx.log('triggers: activation polls recorded 3 orders; the next polls emitted the accepted ones (one from the drop-in session) and the watched checkout\'s completion once');
	await n8n.stop();
}
