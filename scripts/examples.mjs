// @ts-check
/*
 * What `npm start` puts into the local n8n: for each platform a lifecycle workflow to run by hand,
 * an active trigger workflow, and the emulator records that trigger watches, so that one printed
 * command makes it fire at its next poll.
 */
import { chain, manualStart, platformSteps } from '../e2e/lib/workflow.mjs';

/** @param {string} type @param {string} id */
const credential = (type, id) => ({ [type]: { id, name: `${id} (local emulator)` } });
/** @param {string} value */
const byId = (value) => ({ __rl: true, mode: 'id', value });

const quaderno = platformSteps({ platform: 'quaderno', nodeType: 'quadernoSessions', resource: 'checkoutSession', credentials: credential('quadernoSessionsApi', 'quaderno') });
const stripe = platformSteps({ platform: 'stripe', nodeType: 'stripeSessions', resource: 'checkoutSession', credentials: credential('stripeSessionsApi', 'stripe') });
const primer = platformSteps({ platform: 'primer', nodeType: 'primerSessions', resource: 'clientSession', credentials: credential('primerSessionsApi', 'primer') });
const digitalRiver = platformSteps({ platform: 'digitalriver', nodeType: 'digitalRiverSessions', resource: 'checkout', credentials: credential('digitalRiverSessionsApi', 'digitalriver') });
const gr4vy = platformSteps({ platform: 'gr4vy', nodeType: 'gr4vySessions', resource: 'checkoutSession', credentials: credential('gr4vySessionsApi', 'gr4vy') });

/** The example workflows, one lifecycle and one active trigger per platform. */
export function exampleWorkflows() {
	const shop = { success_url: 'https://shop.example/thanks', cancel_url: 'https://shop.example/cart' };
	return [
		chain('exampleQuaderno', 'Example: Quaderno checkout session', [
			manualStart,
			quaderno.node('Create Session', { operation: 'create', items: { item: [{ product: 'sku_book', quantity: 1 }] }, ...shop }),
			quaderno.node('Get Session', { operation: 'get', checkoutSessionId: byId('={{ $json.id }}') }),
			quaderno.node('Update Session', { operation: 'update', checkoutSessionId: byId('={{ $json.id }}'), updateFields: { locale: 'de' } }),
		]),
		chain('exampleStripe', 'Example: Stripe checkout session', [
			manualStart,
			stripe.node('Create Session', { operation: 'create', mode: 'payment', additionalFields: { success_url: shop.success_url, line_items: { lineItem: [{ price: 'price_demo', quantity: 1 }] } } }),
			stripe.node('Get Session', { operation: 'get', checkoutSessionId: byId('={{ $json.id }}') }),
			stripe.node('Line Items', { operation: 'getLineItems', checkoutSessionId: byId('={{ $json.id }}'), returnAll: true }),
			stripe.node('Expire Session', { operation: 'expire', checkoutSessionId: byId("={{ $('Create Session').first().json.id }}") }, { executeOnce: true }),
		]),
		chain('examplePrimer', 'Example: Primer client session', [
			manualStart,
			primer.node('Create Session', { operation: 'create', additionalFields: { orderId: 'order-example', currencyCode: 'EUR', amount: 2500 } }),
			primer.node('Get Session', { operation: 'get', clientToken: '={{ $json.clientToken }}' }),
			primer.node('Update Session', { operation: 'update', clientToken: "={{ $('Create Session').first().json.clientToken }}", updateFields: { customer: { emailAddress: 'ann@example.com' } } }),
		]),
		chain('exampleDigitalRiver', 'Example: Digital River checkout', [
			manualStart,
			digitalRiver.node('Create Checkout', { operation: 'create', currency: 'USD', items: { item: [{ skuId: 'sku-mug', price: 12.5, quantity: 2 }] }, additionalFields: { email: 'bo@example.com' } }),
			digitalRiver.node('Get Checkout', { operation: 'get', checkoutId: byId('={{ $json.id }}') }),
			digitalRiver.node('Delete Checkout', { operation: 'delete', checkoutId: byId('={{ $json.id }}') }),
		]),
		chain('exampleGr4vy', 'Example: Gr4vy checkout session', [
			manualStart,
			gr4vy.node('Create Session', { authentication: 'gr4vySessionsApi', operation: 'create', additionalFields: { currency: 'EUR', cart_items: { cartItem: [{ name: 'Mug', quantity: 2, unit_amount: 1250 }] } } }),
			gr4vy.node('Get Session', { authentication: 'gr4vySessionsApi', operation: 'get', checkoutSessionId: '={{ $json.id }}' }),
			gr4vy.node('Delete Session', { authentication: 'gr4vySessionsApi', operation: 'delete', checkoutSessionId: '={{ $json.id }}' }),
		]),
		chain('exampleQuadernoWatch', 'Example: when a Quaderno session completes', [quaderno.trigger('Session Completed', { event: 'statusChanged', statuses: ['completed'] })], { active: true }),
		chain('exampleStripeWatch', 'Example: when a Stripe session is paid', [stripe.trigger('Session Paid', { event: 'statusChanged', statuses: ['paid'] })], { active: true }),
		chain('examplePrimerWatch', 'Example: when a Primer payment settles', [primer.trigger('Payment Settled', { statuses: ['SETTLED'] })], { active: true }),
		chain('exampleDrWatch', 'Example: when a Digital River order is accepted', [digitalRiver.trigger('Order Accepted', { statuses: ['accepted'] })], { active: true }),
		chain('exampleGr4vyWatch', 'Example: when a Gr4vy transaction is captured', [gr4vy.trigger('Transaction Captured', { authentication: 'gr4vySessionsApi', statuses: ['capture_succeeded'] })], { active: true }),
	];
}

/**
 * Creates, in the running emulator, one not-yet-final record per platform for the triggers above
 * to record on their first poll, and returns the command that moves each one to the watched status.
 * @param {{ url: string, provider: (id: string) => any }} sandbox
 * @returns {Array<{ platform: string, command: string }>}
 */
export function seedTriggerDemo(sandbox) {
	/** @param {string} path @param {Record<string, string>} body */
	const curl = (path, body) => `curl -X POST ${sandbox.url}/__control/${path} -H 'content-type: application/json' -d '${JSON.stringify(body)}'`;
	const [quadernoSession] = sandbox.provider('quaderno').seed(1, { status: 'pending' });
	const [stripeSession] = sandbox.provider('stripe').seed(1);
	const primerPayment = sandbox.provider('primer').createPayment({ orderId: 'order-example', status: 'PENDING' });
	const [digitalRiverOrder] = sandbox.provider('digitalriver').seed({ orders: 1, state: 'in_review' });
	const gr4vyTransaction = sandbox.provider('gr4vy').createTransaction({ status: 'processing', amount: 2500, currency: 'EUR' });
	return [
		{ platform: 'Quaderno', command: curl(`quaderno/sessions/${quadernoSession.id}/status`, { status: 'completed' }) },
		{ platform: 'Stripe', command: curl(`stripe/sessions/${stripeSession.id}`, { status: 'complete', payment_status: 'paid' }) },
		{ platform: 'Primer', command: curl(`primer/payments/${primerPayment.id}/status`, { status: 'SETTLED' }) },
		{ platform: 'Digital River', command: curl(`digitalriver/orders/${digitalRiverOrder.id}/state`, { state: 'accepted' }) },
		{ platform: 'Gr4vy', command: curl(`gr4vy/transactions/${gr4vyTransaction.id}/status`, { status: 'capture_succeeded' }) },
	];
}
