// @ts-check
/**
 * Stripe in real n8n: a customer session and a checkout session create → get → update → get line
 * items → get many → expire chain through `n8n execute`, bad input that fails naming the field
 * without reaching the API, and two polling triggers (new sessions; completed or paid sessions)
 * activated on `n8n start`.
 */
import assert from 'node:assert/strict';
import { chain, manualStart, platformSteps } from '../lib/workflow.mjs';

const credential = { stripeSessionsApi: { id: 'e2eStripeCred', name: 'Stripe sandbox' } };
// Built from parts so the source holds no literal that looks like a real Stripe key.
const secretKey = ['sk', 'test', 'e2e', 'stripe', 'key'].join('_');
const session = (id = '={{ $json.id }}') => ({ __rl: true, mode: 'id', value: id });
const urls = { success_url: 'https://shop.example/thanks?session={CHECKOUT_SESSION_ID}', cancel_url: 'https://shop.example/cart' };

export const name = 'stripe: operations, bad input and triggers';
export const sandboxOptions = { providers: ['stripe'], options: { stripe: { secretKey } } };
export const timeoutMs = 4 * 60_000;

export const credentials = [
	{
		id: 'e2eStripeCred',
		name: 'Stripe sandbox',
		type: 'stripeSessionsApi',
		data: { secretKey, apiVersion: '2025-03-31.basil', baseUrl: '__E2E_SANDBOX_URL__/stripe' },
	},
];

const { node, trigger } = platformSteps({ nodeType: 'stripeSessions', resource: 'checkoutSession', credentials: credential });

/** Any time before the case runs: the activation poll then emits every session that exists. */
const longAgo = '2020-01-01T00:00:00.000Z';

export const workflows = [
	chain('e2eStripeCrud', 'Stripe: session lifecycle', [
		manualStart,
		node('Customer Session', {
			resource: 'customerSession',
			operation: 'create',
			components: { payment_element: { enabled: true } },
			additionalFields: { customer: 'cus_e2e' },
		}),
		node('Create', {
			operation: 'create',
			mode: 'payment',
			additionalFields: {
				...urls,
				line_items: {
					lineItem: [
						{ price: 'price_e2e', quantity: 2 },
						{ price_data: { currency: 'usd', unit_amount: 1500, product_data: { name: 'E2E mug' } }, quantity: 1 },
					],
				},
				metadata: { entry: [{ key: 'source', value: 'e2e' }] },
				client_reference_id: 'cart_e2e',
				// JSON sub-fields only the official document offers.
				consent_collection: '{"terms_of_service": "required"}',
				custom_fields: '[{"key": "engraving", "label": {"type": "custom", "custom": "Engraving"}, "type": "text"}]',
			},
		}),
		node('Get', { operation: 'get', checkoutSessionId: session() }),
		// An empty value removes that key, so this checks that n8n passes the empty string through.
		node('Update', { operation: 'update', checkoutSessionId: session(), updateFields: { metadata: { entry: [{ key: 'stage', value: 'review' }, { key: 'source', value: '' }] } } }),
		node('Line Items', { operation: 'getLineItems', checkoutSessionId: session(), returnAll: true }),
		node('Get Many', { operation: 'getAll', returnAll: true, filters: { status: 'open' } }, { executeOnce: true }),
		node('Expire', { operation: 'expire', checkoutSessionId: session("={{ $('Create').first().json.id }}") }, { executeOnce: true }),
	]),
	chain('e2eStripeBadInput', 'Stripe: bad input', [
		manualStart,
		// Continue On Fail keeps this node's error as its output so the run goes on to the second check.
		node('No Component', { resource: 'customerSession', operation: 'create', components: { pricing_table: { enabled: false } }, additionalFields: { customer: 'cus_e2e' } }, { continueOnFail: true }),
		node('Zero Quantity', { operation: 'create', mode: 'payment', additionalFields: { ...urls, line_items: { lineItem: [{ price: 'price_e2e', quantity: 0 }] } } }),
	]),
	chain('e2eStripeNew', 'Stripe: new sessions', [trigger('New Session', { event: 'created', startFrom: longAgo })], { active: true }),
	chain('e2eStripeDone', 'Stripe: completed or paid sessions', [trigger('Session Done', { event: 'statusChanged', statuses: ['complete', 'paid'] })], { active: true }),
];

/** Runs the checks. */
export async function run(/** @type {import('../run.mjs').CaseContext} */ ctx) {
	/** @type {any} */
	const sandbox = ctx.sandbox;
	const stripe = sandbox.provider('stripe');

	const crud = await ctx.execute('e2eStripeCrud');
	assert.equal(crud.status, 'success', JSON.stringify(ctx.runError(crud)));
	/** @type {any} */
	const [customer] = ctx.output(crud, 'Customer Session');
	assert.equal(customer.object, 'customer_session');
	assert.equal(customer.customer, 'cus_e2e');
	assert.match(String(customer.client_secret), /^cuss_secret_/);
	assert.equal(customer.components.payment_element.enabled, true);
	assert.equal(customer.components.pricing_table.enabled, false);

	/** @type {any} */
	const [created] = ctx.output(crud, 'Create');
	assert.match(String(created.id), /^cs_test_/);
	assert.equal(created.status, 'open');
	assert.equal(created.payment_status, 'unpaid');
	assert.equal(created.amount_total, 2 * 1000 + 1500);
	assert.equal(created.client_reference_id, 'cart_e2e');
	assert.deepEqual(created.metadata, { source: 'e2e' });
	assert.equal(created.success_url, urls.success_url);
	assert.equal(ctx.output(crud, 'Get')[0].id, created.id);
	assert.deepEqual(ctx.output(crud, 'Update')[0].metadata, { stage: 'review' });
	/** @type {any[]} */
	const lines = ctx.output(crud, 'Line Items');
	assert.deepEqual(
		lines.map((l) => [l.object, l.quantity, l.amount_total]),
		[
			['item', 2, 2000],
			['item', 1, 1500],
		],
	);
	assert.deepEqual(ctx.output(crud, 'Get Many').map((s) => s.id), [created.id]);
	/** @type {any} */
	const [expired] = ctx.output(crud, 'Expire');
	assert.equal(expired.id, created.id);
	assert.equal(expired.status, 'expired');
	assert.equal(stripe.get(created.id).status, 'expired');
	// Stripe wants form bodies with bracketed keys; the emulator parsed them back into the same values.
	const create = sandbox.requests.find((/** @type {any} */ r) => r.operation === 'checkoutSession.create');
	assert.deepEqual(create.body.consent_collection, { terms_of_service: 'required' });
	assert.deepEqual(create.body.custom_fields, [{ key: 'engraving', label: { type: 'custom', custom: 'Engraving' }, type: 'text' }]);
	const update = sandbox.requests.find((/** @type {any} */ r) => r.operation === 'checkoutSession.update');
	assert.deepEqual(update.body, { metadata: { stage: 'review', source: '' } });
	assert.equal(update.stripeVersion, '2025-03-31.basil');
	ctx.log(`customer session for cus_e2e; lifecycle of ${created.id}: create, get, update, line items, get many, expire`);

	const before = sandbox.requests.length;
	const bad = await ctx.execute('e2eStripeBadInput');
	assert.equal(bad.status, 'error');
	/** @type {any} */
	const [noComponent] = ctx.output(bad, 'No Component');
	assert.match(String(noComponent.error), /"Components" \(components\) needs one of these: .*"Components > Pricing Table > Enabled" \(components\.pricing_table\.enabled\) must be true/);
	const error = /** @type {Record<string, any>} */ (ctx.runError(bad));
	assert.match(String(error.message), /"Line Items > Quantity" \(line_items\[0\]\.quantity\) must be >= 1 \[item 0\]/);
	assert.equal(sandbox.requests.length, before, 'bad input reached the API');
	ctx.log(`bad input refused: ${noComponent.error} / ${error.message}`);

	sandbox.reset();
	const seeded = stripe.seed(2).map((/** @type {any} */ s) => s.id);
	const n8n = await ctx.startN8n();
	// Start From lies before everything, so the activation poll emits both seeded sessions.
	const [first] = await n8n.waitForExecutions('e2eStripeNew', { count: 1, timeoutMs: 60_000 });
	assert.deepEqual(ctx.output(first, 'New Session').map((s) => s.id).sort(), [...seeded].sort());
	assert.ok(ctx.output(first, 'New Session').every((s) => s.triggerEvent === 'created' && s.status === 'open'));

	// The status trigger's activation poll recorded both sessions as open; these changes come after it.
	const [fresh] = stripe.seed(1).map((/** @type {any} */ s) => s.id);
	stripe.setStatus(seeded[0], { status: 'complete', payment_status: 'paid' });
	stripe.setStatus(seeded[1], { status: 'expired' });
	const runs = await n8n.waitForExecutions('e2eStripeNew', { count: 2, timeoutMs: 90_000 });
	assert.deepEqual(ctx.output(runs[1], 'New Session').map((s) => s.id), [fresh]);
	const done = await n8n.waitForExecutions('e2eStripeDone', { count: 1, timeoutMs: 90_000 });
	// Complete and paid in one step is a single event; the expired session is not watched.
	assert.deepEqual(
		ctx.output(done[0], 'Session Done').map((s) => [s.id, s.status, s.payment_status, s.previousStatus, s.triggerEvent]),
		[[seeded[0], 'complete', 'paid', 'open', 'statusChanged']],
	);
	assert.equal((await n8n.executions('e2eStripeDone')).length, 1);
	assert.equal((await n8n.executions('e2eStripeNew')).length, 2);
	ctx.log('triggers: activation poll emitted the 2 seeded sessions; the next polls emitted the new one and the paid one once');
	await n8n.stop();
}
