// @ts-check
/**
 * Gr4vy in real n8n: a checkout session create → get → update → (shopper pays) → transactions of
 * the session → delete chain through `n8n execute` signed with a P-521 key, a create → get with
 * the ready-token credential, bad input and a bad key that fail naming the field without reaching
 * the API or echoing the key, and two transaction-status triggers (all transactions with signed
 * tokens; one checkout session with the ready token) activated on one `n8n start`.
 */
import assert from 'node:assert/strict';
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, verify } from 'node:crypto';
import { chain, everyMinute, manualStart } from '../lib/workflow.mjs';

/** @param {string} curve */
function keyPair(curve) {
	const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
	return {
		privatePem: /** @type {string} */ (privateKey.export({ format: 'pem', type: 'pkcs8' })),
		publicPem: /** @type {string} */ (publicKey.export({ format: 'pem', type: 'spki' })),
	};
}

// Made on every load so the source holds no key or token; the emulator trusts exactly these.
const keys = keyPair('secp521r1');
// Valid PEM on the wrong curve: the node must refuse it by reading it, not by failing to parse it.
const wrongCurve = keyPair('prime256v1');
const readyToken = `e2e-ready-${randomBytes(18).toString('base64url')}`;

const jwtCredential = { gr4vySessionsApi: { id: 'e2eGr4vyJwt', name: 'Gr4vy signed' } };
const bearerCredential = { gr4vyBearerTokenApi: { id: 'e2eGr4vyBearer', name: 'Gr4vy ready token' } };
const badKeyCredential = { gr4vySessionsApi: { id: 'e2eGr4vyBadKey', name: 'Gr4vy wrong curve' } };
const merchant = 'e2e-merchant';
const host = { instanceId: 'e2e', environment: 'sandbox', baseUrl: '__E2E_SANDBOX_URL__/gr4vy' };

export const name = 'gr4vy: signed and ready-token operations, bad input and triggers';
export const sandboxOptions = { providers: ['gr4vy'], options: { gr4vy: { publicKey: keys.publicPem, bearerToken: readyToken } } };
export const timeoutMs = 150_000;

export const credentials = [
	// The multi-line PEM goes into n8n's import file as a JSON string, newlines escaped.
	{ id: 'e2eGr4vyJwt', name: 'Gr4vy signed', type: 'gr4vySessionsApi', data: { ...host, privateKey: keys.privatePem, merchantAccountId: '' } },
	{ id: 'e2eGr4vyBearer', name: 'Gr4vy ready token', type: 'gr4vyBearerTokenApi', data: { ...host, token: readyToken, merchantAccountId: merchant } },
	{ id: 'e2eGr4vyBadKey', name: 'Gr4vy wrong curve', type: 'gr4vySessionsApi', data: { ...host, privateKey: wrongCurve.privatePem, merchantAccountId: '' } },
];

/** @param {string} name @param {Record<string, unknown>} parameters @param {Record<string, unknown>} [extra] */
const signed = (name, parameters, extra = {}) => ({
	name,
	type: 'pkg:gr4vySessions',
	parameters: { authentication: 'gr4vySessionsApi', resource: 'checkoutSession', ...parameters },
	credentials: jwtCredential,
	...extra,
});
/** @param {string} name @param {Record<string, unknown>} parameters */
const ready = (name, parameters) => ({
	name,
	type: 'pkg:gr4vySessions',
	parameters: { authentication: 'gr4vyBearerTokenApi', resource: 'checkoutSession', ...parameters },
	credentials: bearerCredential,
});

const createdId = "={{ $('Create').first().json.id }}";
const cart = {
	cartItem: [
		{ name: 'E2E mug', quantity: 2, unit_amount: 1250, sku: 'mug-1', categories: 'kitchen, gifts' },
		// Explicit choices equal to a former UI default (physical, 0) are sent as chosen.
		{ name: 'E2E tea', quantity: 1, unit_amount: 800, product_type: 'physical', tax_amount: '0' },
	],
};

const lifecycle = chain('e2eGr4vyCrud', 'Gr4vy: session lifecycle', [
	manualStart,
	signed('Create', {
		operation: 'create',
		additionalFields: {
			cart_items: cart,
			metadata: { entry: [{ key: 'source', value: 'e2e' }, { key: 'cart', value: 'c-1' }] },
			currency: 'EUR',
			expires_in: 7200,
			// Fields only the official document offers.
			intent: 'capture',
			payment_source: 'ecommerce',
		},
	}),
	signed('Get', { operation: 'get', checkoutSessionId: '={{ $json.id }}' }),
	signed('Update', {
		operation: 'update',
		checkoutSessionId: '={{ $json.id }}',
		updateFields: { cart_items: { cartItem: [{ name: 'E2E mug', quantity: 3, unit_amount: 1250 }] }, metadata: { entry: [{ key: 'stage', value: 'review' }] } },
	}),
	// Only a shopper paying makes a transaction; this stands in for one through the emulator's
	// control route, so the list below has something of this session to find.
	{
		name: 'Shopper Pays',
		type: 'n8n-nodes-base.httpRequest',
		parameters: {
			method: 'POST',
			url: '__E2E_SANDBOX_URL__/__control/gr4vy/transactions',
			sendBody: true,
			specifyBody: 'json',
			jsonBody: '={{ JSON.stringify({ checkout_session_id: $json.id, status: "capture_succeeded" }) }}',
			options: {},
		},
	},
	signed('Transactions', { resource: 'transaction', operation: 'getAll', returnAll: true, filters: { checkout_session_id: createdId } }, { executeOnce: true }),
	// Filters only the official document offers: an exact amount and payment methods.
	signed('Transactions By Amount', { resource: 'transaction', operation: 'getAll', returnAll: true, filters: { amount_eq: 3750, method: 'card, paypal' } }, { executeOnce: true }),
	signed('Delete', { operation: 'delete', checkoutSessionId: createdId }, { executeOnce: true }),
]);
// chain() writes typeVersion 1 for every node; the HTTP Request parameters above are those of 4.2.
const pays = /** @type {any[]} */ (lifecycle.nodes).find((n) => n.name === 'Shopper Pays');
pays.typeVersion = 4.2;

/** @param {string} name @param {Record<string, unknown>} parameters @param {'gr4vySessionsApi' | 'gr4vyBearerTokenApi'} auth */
const trigger = (name, parameters, auth) => ({
	name,
	type: 'pkg:gr4vySessionsTrigger',
	parameters: { authentication: auth, ...parameters, pollTimes: everyMinute },
	credentials: auth === 'gr4vySessionsApi' ? jwtCredential : bearerCredential,
});

export const workflows = [
	lifecycle,
	chain('e2eGr4vyBearer', 'Gr4vy: ready token', [manualStart, ready('Create', { operation: 'create', additionalFields: { currency: 'USD' } }), ready('Get', { operation: 'get', checkoutSessionId: '={{ $json.id }}' })]),
	chain('e2eGr4vyBadInput', 'Gr4vy: bad input', [
		manualStart,
		// Continue On Fail keeps this node's error as its output so the run goes on to the second check.
		signed('Short Expiry', { operation: 'create', additionalFields: { expires_in: 60 } }, { continueOnFail: true }),
		{ name: 'Wrong Curve', type: 'pkg:gr4vySessions', parameters: { resource: 'checkoutSession', operation: 'create' }, credentials: badKeyCredential },
	]),
	chain('e2eGr4vyAll', 'Gr4vy: captured or declined transactions', [trigger('Transaction Outcome', { statuses: ['capture_succeeded', 'authorization_declined'] }, 'gr4vySessionsApi')], { active: true }),
];

/** The one-session trigger names a checkout session the emulator makes at run time, so it is imported then. */
const sessionTrigger = chain('e2eGr4vyOne', 'Gr4vy: one session captured', [trigger('Session Captured', { statuses: ['capture_succeeded'], linkIds: '__E2E_WATCHED__' }, 'gr4vyBearerTokenApi')], {
	active: true,
});

/** RFC 7638 thumbprint of the public key, the `kid` Gr4vy looks the key up by. */
function keyId(/** @type {string} */ publicPem) {
	const jwk = createPublicKey(publicPem).export({ format: 'jwk' });
	return createHash('sha256').update(`{"crv":"${jwk.crv}","kty":"${jwk.kty}","x":"${jwk.x}","y":"${jwk.y}"}`).digest('base64url');
}

/**
 * Checks one token the emulator accepted on its own terms: ES512 over the public key, the key's
 * thumbprint as kid, and a 30-second window. Returns its claims.
 * @param {string} token
 */
function checkToken(token) {
	const [h, c, s] = token.split('.');
	const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
	const claims = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
	assert.deepEqual(header, { alg: 'ES512', typ: 'JWT', kid: keyId(keys.publicPem) });
	const ok = verify('sha512', Buffer.from(`${h}.${c}`), { key: createPublicKey(keys.publicPem), dsaEncoding: 'ieee-p1363' }, Buffer.from(s, 'base64url'));
	assert.ok(ok, 'token signature verifies with the public key');
	assert.equal(claims.exp - claims.iat, 30);
	assert.deepEqual(claims.scopes, ['*.read', '*.write']);
	return claims;
}

/**
 * Fails when any base64 line of the PEM shows up in the text: a leak of the key would contain at
 * least one of them, whatever n8n wrapped around it.
 * @param {unknown} value @param {string} pem @param {string} what
 */
function assertNoKey(value, pem, what) {
	const text = JSON.stringify(value);
	for (const line of pem.split('\n').filter((l) => l && !l.startsWith('-----'))) assert.ok(!text.includes(line), `${what} contains the private key`);
}

/** Runs the checks. */
export async function run(/** @type {import('../run.mjs').CaseContext} */ ctx) {
	/** @type {any} */
	const sandbox = ctx.sandbox;
	const gr4vy = sandbox.provider('gr4vy');
	const calls = () => sandbox.requests.filter((/** @type {any} */ r) => r.provider === 'gr4vy');

	// A transaction of another session, which the session filter must leave out.
	gr4vy.createTransaction({ checkout_session_id: gr4vy.createSession({ currency: 'EUR' }), status: 'processing', amount: 99 });

	const startedAt = Math.floor(Date.now() / 1000);
	const crud = await ctx.execute('e2eGr4vyCrud');
	assert.equal(crud.status, 'success', JSON.stringify(ctx.runError(crud)));
	/** @type {any} */
	const [created] = ctx.output(crud, 'Create');
	assert.equal(created.type, 'checkout-session');
	assert.match(String(created.id), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	assert.deepEqual(created.metadata, { source: 'e2e', cart: 'c-1' });
	assert.deepEqual(
		created.cart_items.map((/** @type {any} */ i) => [i.name, i.quantity, i.unit_amount, i.categories ?? null]),
		[
			['E2E mug', 2, 1250, ['kitchen', 'gifts']],
			['E2E tea', 1, 800, null],
		],
	);
	assert.deepEqual([created.intent, created.payment_source], ['capture', 'ecommerce']);
	// Two hours from now, give or take the run's own duration.
	const expiresIn = Date.parse(created.expires_at) / 1000 - startedAt;
	assert.ok(expiresIn > 7100 && expiresIn < 7300, `expires_at ${created.expires_at}`);
	assert.equal(ctx.output(crud, 'Get')[0].id, created.id);
	/** @type {any} */
	const [updated] = ctx.output(crud, 'Update');
	assert.deepEqual(updated.metadata, { stage: 'review' });
	assert.deepEqual(updated.cart_items, [{ name: 'E2E mug', quantity: 3, unit_amount: 1250 }]);
	assert.equal(updated.currency, 'EUR');
	/** @type {any} */
	const [paid] = ctx.output(crud, 'Shopper Pays');
	assert.deepEqual(
		ctx.output(crud, 'Transactions').map((t) => [t.id, t.checkout_session_id, t.status, t.amount, t.currency]),
		[[paid.id, created.id, 'capture_succeeded', 3750, 'EUR']],
	);
	// The other session's transaction (99) is left out by the amount.
	assert.deepEqual(
		ctx.output(crud, 'Transactions By Amount').map((t) => [t.id, t.amount]),
		[[paid.id, 3750]],
	);
	assert.deepEqual(ctx.output(crud, 'Delete'), [{ id: created.id, deleted: true }]);
	assert.equal(gr4vy.session(created.id), undefined);

	const api = calls();
	assert.deepEqual(
		api.map((/** @type {any} */ r) => [r.operation, r.status]),
		[
			['checkoutSession.create', 201],
			['checkoutSession.get', 200],
			['checkoutSession.update', 200],
			['transaction.getAll', 200],
			['transaction.getAll', 200],
			['checkoutSession.delete', 204],
		],
	);
	assert.deepEqual(api[0].body, {
		cart_items: [
			{ name: 'E2E mug', quantity: 2, unit_amount: 1250, sku: 'mug-1', categories: ['kitchen', 'gifts'] },
			{ name: 'E2E tea', quantity: 1, unit_amount: 800, product_type: 'physical', tax_amount: 0 },
		],
		metadata: { source: 'e2e', cart: 'c-1' },
		currency: 'EUR',
		expires_in: 7200,
		intent: 'capture',
		payment_source: 'ecommerce',
	});
	assert.equal(api[2].method, 'PUT');
	assert.equal(api[3].query.checkout_session_id, created.id);
	assert.deepEqual([api[4].query.amount_eq, api[4].query.method], ['3750', ['card', 'paypal']]);
	// No merchant account on this credential: the header is left out, not sent empty.
	assert.ok(api.every((/** @type {any} */ r) => r.merchantAccount === null && r.headers.authorization === 'Bearer'));
	// Real n8n ran the credential's authenticate for every request: one new token each.
	/** @type {string[]} */
	const signedTokens = gr4vy.tokens();
	assert.equal(signedTokens.length, api.length);
	const claims = signedTokens.map(checkToken);
	assert.equal(new Set(signedTokens).size, signedTokens.length);
	assert.equal(new Set(claims.map((c) => c.jti)).size, claims.length);
	assert.ok(claims.every((c) => c.iat >= startedAt - 5 && c.iat <= Math.ceil(Date.now() / 1000)));
	assertNoKey(crud, keys.privatePem, 'the lifecycle run');
	ctx.log(`lifecycle of ${created.id}: create, get, update, 1 transaction of 2 listed by session, delete; ${signedTokens.length} fresh ES512 tokens`);

	const beforeBearer = calls().length;
	const bearer = await ctx.execute('e2eGr4vyBearer');
	assert.equal(bearer.status, 'success', JSON.stringify(ctx.runError(bearer)));
	/** @type {any} */
	const [readyCreated] = ctx.output(bearer, 'Create');
	assert.equal(readyCreated.currency, 'USD');
	assert.equal(ctx.output(bearer, 'Get')[0].id, readyCreated.id);
	const bearerCalls = calls().slice(beforeBearer);
	assert.deepEqual(bearerCalls.map((/** @type {any} */ r) => [r.operation, r.status, r.merchantAccount]), [
		['checkoutSession.create', 201, merchant],
		['checkoutSession.get', 200, merchant],
	]);
	// The ready token is sent as is: nothing new was signed.
	assert.equal(gr4vy.tokens().length, signedTokens.length);
	ctx.log(`ready token: create and get of ${readyCreated.id} for merchant account ${merchant}`);

	const beforeBad = sandbox.requests.length;
	const bad = await ctx.execute('e2eGr4vyBadInput');
	assert.equal(bad.status, 'error');
	/** @type {any} */
	const [short] = ctx.output(bad, 'Short Expiry');
	assert.match(String(short.error), /"Expires In \(Seconds\)" \(expires_in\) must be >= 3600 \[item 0\]/);
	const error = /** @type {Record<string, any>} */ (ctx.runError(bad));
	assert.equal(bad.data.resultData.lastNodeExecuted, 'Wrong Curve');
	assert.match(String(error.message), /Credential field "privateKey" \(Private Key\) must be an elliptic-curve P-521 key \(ES512\).*\[item 0\]/);
	assert.equal(sandbox.requests.length, beforeBad, 'bad input reached the API');
	assertNoKey(bad, wrongCurve.privatePem, 'the refused run');
	ctx.log(`bad input refused: ${short.error} / ${error.message}`);

	sandbox.reset();
	const watched = gr4vy.createSession({ cart_items: [{ name: 'E2E mug', quantity: 1, unit_amount: 1250 }], currency: 'EUR' });
	const other = gr4vy.createSession({ currency: 'EUR' });
	const mine = gr4vy.createTransaction({ checkout_session_id: watched, status: 'processing' });
	const theirs = gr4vy.createTransaction({ checkout_session_id: other, status: 'authorization_succeeded', amount: 500 });
	await ctx.importWorkflow(sessionTrigger, { WATCHED: watched });
	const n8n = await ctx.startN8n();
	// Activation ran each trigger's first poll, which only records what exists.
	const lists = calls().filter((/** @type {any} */ r) => r.operation === 'transaction.getAll');
	assert.ok(lists.some((/** @type {any} */ r) => r.query.checkout_session_id === watched && r.merchantAccount === merchant), 'the session trigger polled at activation');
	assert.ok(lists.some((/** @type {any} */ r) => r.query.checkout_session_id === undefined && r.merchantAccount === null), 'the all-transactions trigger polled at activation');
	assert.deepEqual(await n8n.executions('e2eGr4vyAll'), []);
	assert.deepEqual(await n8n.executions('e2eGr4vyOne'), []);

	gr4vy.setStatus(mine.id, 'capture_succeeded');
	gr4vy.setStatus(theirs.id, 'capture_succeeded');
	const declined = gr4vy.createTransaction({ checkout_session_id: other, status: 'authorization_declined', amount: 700 });
	// A new transaction in a status nobody watches is recorded, not emitted.
	gr4vy.createTransaction({ checkout_session_id: watched, status: 'processing' });
	const [all] = await n8n.waitForExecutions('e2eGr4vyAll', { count: 1, timeoutMs: 90_000 });
	// Oldest change first; a transaction first seen in a watched status has no previous one.
	assert.deepEqual(
		ctx.output(all, 'Transaction Outcome').map((t) => [t.id, t.status, t.previousStatus ?? null, t.triggerEvent]),
		[
			[mine.id, 'capture_succeeded', 'processing', 'statusChanged'],
			[theirs.id, 'capture_succeeded', 'authorization_succeeded', 'statusChanged'],
			[declined.id, 'authorization_declined', null, 'statusChanged'],
		],
	);
	const [one] = await n8n.waitForExecutions('e2eGr4vyOne', { count: 1, timeoutMs: 90_000 });
	assert.deepEqual(ctx.output(one, 'Session Captured').map((t) => [t.id, t.checkout_session_id, t.status, t.previousStatus]), [[mine.id, watched, 'capture_succeeded', 'processing']]);
	assert.equal((await n8n.executions('e2eGr4vyAll')).length, 1);
	assert.equal((await n8n.executions('e2eGr4vyOne')).length, 1);
	// The signed trigger's polls each carried a token of their own; the ready-token one signed none.
	/** @type {string[]} */
	const pollTokens = gr4vy.tokens();
	const signedPolls = calls().filter((/** @type {any} */ r) => r.operation === 'transaction.getAll' && r.merchantAccount === null);
	assert.equal(pollTokens.length, signedPolls.length);
	assert.ok(pollTokens.length >= 2);
	pollTokens.forEach(checkToken);
	assert.equal(new Set(pollTokens).size, pollTokens.length);
	ctx.log(`triggers: activation polls recorded 2 transactions; the next polls emitted 3 outcomes once, the session trigger only its own; ${pollTokens.length} signed polls`);
	await n8n.stop();
}
