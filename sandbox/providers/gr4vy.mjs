// @ts-check
import { createHash, createPublicKey, randomUUID, verify } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { HttpError } from '../lib/http.mjs';

/** @typedef {import('../lib/types.mjs').ApiCall} ApiCall */
/** @typedef {import('../lib/types.mjs').ApiResult} ApiResult */
/** @typedef {import('../lib/types.mjs').ProviderContext} ProviderContext */
/** @typedef {import('../lib/types.mjs').ProviderInstance} ProviderInstance */

/**
 * @typedef {object} Gr4vyOptions
 * @property {string} [publicKey]    PEM public key (P-521) that signed tokens must verify against
 * @property {string} [bearerToken]  a static token accepted as is (the "ready token" credential)
 * @property {number} [maxTokenSeconds]  longest lifetime (exp - iat) a signed token may have; default 3600
 */

/** Documented default page size of the transaction list. */
const DEFAULT_LIMIT = 20;
/** Clock skew tolerated on nbf and exp, as JWT libraries allow by default. */
const SKEW_SECONDS = 5;

/** Fixed error codes of Gr4vy's envelope, by status. */
const CODES = /** @type {Record<number, string>} */ ({
	400: 'bad_request',
	401: 'unauthorized',
	403: 'forbidden',
	404: 'not_found',
	405: 'method_not_allowed',
	409: 'duplicate_record',
	425: 'too_early',
	429: 'too_many_requests',
	500: 'server_error',
	502: 'bad_gateway',
	504: 'gateway_timeout',
});

/** Default messages where the generic pipeline answers without one (e.g. a malformed id). */
const MESSAGES = /** @type {Record<number, string>} */ ({
	401: 'No valid API authentication found',
	404: 'The resource could not be found',
});

/** Scope each operation needs, as the specification's x-gr4vy-required-scopes says. */
const SCOPES = /** @type {Record<string, string>} */ ({
	'checkoutSession.create': 'checkout-sessions.write',
	'checkoutSession.get': 'checkout-sessions.read',
	'checkoutSession.update': 'checkout-sessions.write',
	'checkoutSession.delete': 'checkout-sessions.write',
	'transaction.get': 'transactions.read',
	'transaction.getAll': 'transactions.read',
});

/**
 * RFC 7638 thumbprint of a public key, the `kid` a token must name.
 * @param {import('node:crypto').KeyObject} key
 */
function thumbprint(key) {
	const jwk = key.export({ format: 'jwk' });
	return createHash('sha256').update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y })).digest('base64url');
}

/**
 * Decodes one base64url JSON segment of a token; undefined when it is not JSON.
 * @param {string} segment
 */
function decodeSegment(segment) {
	try {
		return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
	} catch {
		return undefined;
	}
}

/**
 * Whether the granted scopes cover the needed one: exact, or the wildcard of its kind.
 * @param {unknown} scopes
 * @param {string} needed  e.g. checkout-sessions.read
 */
function covers(scopes, needed) {
	if (!Array.isArray(scopes)) return false;
	const kind = needed.split('.')[1];
	return scopes.includes(needed) || scopes.includes(`*.${kind}`);
}

/**
 * Creates the Gr4vy checkout-session and transactions emulator.
 * @param {ProviderContext} ctx
 * @returns {ProviderInstance}
 */
export default function createGr4vy(ctx) {
	/** @type {Gr4vyOptions} */
	const options = ctx.options;
	const publicKey = options.publicKey ? createPublicKey(options.publicKey) : undefined;
	const kid = publicKey ? thumbprint(publicKey) : undefined;
	const maxTokenSeconds = options.maxTokenSeconds ?? 3600;
	/** @type {string[]} */
	const statuses = ctx.spec.schemas.get('transaction-summary.schema.json').properties.status.enum;

	/** @type {Map<string, Record<string, any>>} */
	const sessions = new Map();
	/** @type {Map<string, Record<string, any>>} */
	const transactions = new Map();
	/** Tokens that were accepted, for tests that inspect what the client signed. */
	/** @type {string[]} */
	const accepted = [];
	/** Distinct, growing timestamps so that ordering never depends on the clock's resolution. */
	let clock = 0;
	const tick = () => {
		clock = Math.max(clock + 1000, Date.now());
		return clock;
	};

	/**
	 * Gr4vy's error envelope.
	 * @param {number} status
	 * @param {string} [message]
	 * @returns {ApiResult}
	 */
	function error(status, message) {
		// Gr4vy's 422 always comes from FastAPI's request validation, in FastAPI's own shape.
		if (status === 422) return { status, body: { detail: [{ loc: ['body'], msg: message ?? 'Unprocessable Entity', type: 'value_error' }] } };
		return {
			status,
			body: { type: 'error', code: CODES[status] ?? (status >= 500 ? 'server_error' : 'bad_request'), status, message: message ?? MESSAGES[status] ?? STATUS_CODES[status] ?? 'Error', details: [] },
		};
	}

	/**
	 * Checks a signed token: algorithm, key id, signature, time window and scope. Returns the
	 * reason it is refused, or null.
	 * @param {string} token
	 * @param {string} needed
	 */
	function refuseToken(token, needed) {
		const parts = token.split('.');
		if (parts.length !== 3) return 'The token is not a JWT';
		const header = decodeSegment(parts[0]);
		const claims = decodeSegment(parts[1]);
		if (!header || !claims) return 'The token is not a JWT';
		if (header.alg !== 'ES512') return 'The token must be signed with ES512';
		if (!publicKey) return 'No public key is configured for signed tokens';
		if (header.kid !== kid) return 'The token was signed with an unknown key';
		const signature = Buffer.from(parts[2], 'base64url');
		const valid = verify('sha512', Buffer.from(`${parts[0]}.${parts[1]}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature);
		if (!valid) return 'The token signature is invalid';
		const now = Math.floor(Date.now() / 1000);
		if (typeof claims.exp !== 'number' || claims.exp < now - SKEW_SECONDS) return 'The token has expired';
		if (typeof claims.nbf === 'number' && claims.nbf > now + SKEW_SECONDS) return 'The token is not valid yet';
		if (typeof claims.iat !== 'number' || claims.exp - claims.iat > maxTokenSeconds) return 'The token lives too long';
		if (!covers(claims.scopes, needed)) return `The token lacks the scope ${needed}`;
		return null;
	}

	/**
	 * A checkout session as the API returns it (a copy, so callers cannot change the stored one).
	 * @param {Record<string, any>} s
	 */
	const present = (s) => structuredClone(s);

	/**
	 * Stores the writable fields of a create or update body on a session.
	 * @param {Record<string, any>} session
	 * @param {Record<string, any>} body
	 */
	function apply(session, body) {
		const { expires_in: expiresIn, ...fields } = structuredClone(body);
		Object.assign(session, fields);
		if (expiresIn !== undefined || !session.expires_at) {
			session.expires_at = new Date(Date.now() + 1000 * Number(expiresIn ?? 3600)).toISOString();
		}
	}

	/** @param {Record<string, any>} t */
	const summary = (t) => {
		const { cart_items: _items, metadata: _metadata, ...rest } = structuredClone(t);
		return rest;
	};

	/**
	 * @param {unknown} value
	 * @returns {string[] | undefined}
	 */
	const list = (value) => (value === undefined ? undefined : (Array.isArray(value) ? value : [value]).map(String));

	/**
	 * @param {unknown} bound
	 * @param {string} at
	 * @param {1 | -1} sign  1: at or after, -1: at or before
	 */
	const within = (bound, at, sign) => bound === undefined || sign * (Date.parse(at) - Date.parse(String(bound))) >= 0;

	/** @type {Record<string, import('../lib/types.mjs').OperationHandler>} */
	const handlers = {
		'checkoutSession.create': (call) => {
			const session = { type: 'checkout-session', id: randomUUID() };
			apply(session, call.body ?? {});
			sessions.set(session.id, session);
			return { status: 201, body: present(session) };
		},

		'checkoutSession.get': (call) => {
			const session = sessions.get(call.params.id);
			return session ? { status: 200, body: present(session) } : error(404, 'The resource could not be found');
		},

		'checkoutSession.update': (call) => {
			const session = sessions.get(call.params.id);
			if (!session) return error(404, 'The resource could not be found');
			apply(session, call.body);
			return { status: 200, body: present(session) };
		},

		'checkoutSession.delete': (call) => {
			if (!sessions.delete(call.params.id)) return error(404, 'The resource could not be found');
			return { status: 204 };
		},

		'transaction.get': (call) => {
			const t = transactions.get(call.params.id);
			return t ? { status: 200, body: structuredClone(t) } : error(404, 'The resource could not be found');
		},

		'transaction.getAll': (call) => {
			const q = call.query;
			const wanted = list(q.status);
			const currencies = list(q.currency);
			const methods = list(q.method);
			const matches = [...transactions.values()]
				.filter((t) => (!wanted || wanted.includes(t.status)) && (!currencies || currencies.includes(t.currency)))
				.filter((t) => q.checkout_session_id === undefined || t.checkout_session_id === q.checkout_session_id)
				.filter((t) => q.external_identifier === undefined || t.external_identifier === q.external_identifier)
				.filter((t) => within(q.updated_at_gte, t.updated_at, 1) && within(q.updated_at_lte, t.updated_at, -1))
				.filter((t) => within(q.created_at_gte, t.created_at, 1) && within(q.created_at_lte, t.created_at, -1))
				.filter((t) => (q.amount_gte === undefined || t.amount >= Number(q.amount_gte)) && (q.amount_lte === undefined || t.amount <= Number(q.amount_lte)))
				.filter((t) => (q.amount_eq === undefined || t.amount === Number(q.amount_eq)) && (!methods || methods.includes(t.method)))
				// Most recently updated first, as the API documents.
				.sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at) || b.seq - a.seq);
			let offset = 0;
			if (q.cursor !== undefined) {
				offset = Number(Buffer.from(String(q.cursor), 'base64url').toString('utf8').replace(/^o:/, ''));
				if (!Number.isInteger(offset) || offset < 0) return error(400, 'The cursor is invalid');
			}
			const limit = Number(q.limit ?? DEFAULT_LIMIT);
			const page = matches.slice(offset, offset + limit).map(summary);
			return {
				status: 200,
				body: {
					items: page.map(({ seq: _seq, ...rest }) => rest),
					limit,
					next_cursor: offset + limit < matches.length ? Buffer.from(`o:${offset + limit}`).toString('base64url') : null,
					previous_cursor: offset > 0 ? Buffer.from(`o:${Math.max(0, offset - limit)}`).toString('base64url') : null,
				},
			};
		},
	};

	/** @param {string} status */
	const checkStatus = (status) => {
		if (!statuses.includes(status)) throw new HttpError(422, `status must be one of: ${statuses.join(', ')}`);
	};

	let seq = 0;
	const controller = {
		/**
		 * Records a transaction as if a buyer had paid through a checkout session.
		 * @param {{ checkout_session_id?: string, status?: string, amount?: number, currency?: string, external_identifier?: string, method?: string }} input
		 */
		createTransaction(input) {
			const status = input.status ?? 'processing';
			checkStatus(status);
			const session = input.checkout_session_id === undefined ? undefined : sessions.get(input.checkout_session_id);
			if (input.checkout_session_id !== undefined && !session) throw new HttpError(404, `No checkout session ${input.checkout_session_id}`);
			const at = new Date(tick()).toISOString();
			const amount = input.amount ?? (session?.cart_items ?? []).reduce((/** @type {number} */ sum, /** @type {any} */ i) => sum + i.quantity * i.unit_amount, 0);
			const t = {
				type: 'transaction',
				id: randomUUID(),
				reconciliation_id: randomUUID().replace(/-/g, '').slice(0, 22),
				merchant_account_id: 'default',
				currency: input.currency ?? session?.currency ?? 'USD',
				amount,
				status,
				authorized_amount: 0,
				captured_amount: 0,
				refunded_amount: 0,
				settled_amount: 0,
				settled: false,
				intent: 'authorize',
				method: input.method ?? 'card',
				gift_card_redemptions: [],
				checkout_session_id: input.checkout_session_id ?? null,
				external_identifier: input.external_identifier ?? null,
				cart_items: structuredClone(session?.cart_items ?? []),
				metadata: structuredClone(session?.metadata ?? null),
				created_at: at,
				updated_at: at,
				disputed: false,
				seq: ++seq,
			};
			transactions.set(t.id, t);
			const { seq: _seq, ...out } = structuredClone(t);
			return out;
		},
		/**
		 * Moves a transaction to another status, as the payment service's answers would.
		 * @param {string} id
		 * @param {string} status
		 */
		setStatus(id, status) {
			const t = transactions.get(id);
			if (!t) throw new HttpError(404, `No transaction ${id}`);
			checkStatus(status);
			t.status = status;
			if (status === 'authorization_succeeded') t.authorized_amount = t.amount;
			if (status === 'capture_succeeded') t.captured_amount = t.amount;
			t.updated_at = new Date(tick()).toISOString();
			t.seq = ++seq;
			const { seq: _seq, ...out } = structuredClone(t);
			return out;
		},
		/**
		 * Creates a checkout session as the API would, for tests that need one to exist.
		 * @param {Record<string, any>} body
		 */
		createSession(body) {
			const session = { type: 'checkout-session', id: randomUUID() };
			apply(session, body ?? {});
			sessions.set(session.id, session);
			return session.id;
		},
		/** Every checkout session, oldest first (copies). */
		all() {
			return [...sessions.values()].map((s) => structuredClone(s));
		},
		/** @param {string} id */
		session(id) {
			const s = sessions.get(id);
			return s && structuredClone(s);
		},
		/** Raw tokens the emulator accepted, oldest first. */
		tokens() {
			return accepted.slice();
		},
		reset() {
			sessions.clear();
			transactions.clear();
			accepted.length = 0;
		},
	};

	return {
		apiPrefix: '',
		handlers,
		controller,
		error,

		// FastAPI's own envelope for a request that does not match the schema.
		invalid(issues) {
			return {
				status: 422,
				body: { detail: issues.map((i) => ({ loc: ['body', ...i.path], msg: i.message, type: i.keyword })) },
			};
		},

		guard(call) {
			const header = call.headers.authorization;
			const token = typeof header === 'string' && /^Bearer\s+/i.test(header) ? header.replace(/^Bearer\s+/i, '').trim() : '';
			if (!token) return error(401, 'No valid API authentication found');
			if (options.bearerToken && token === options.bearerToken) return null;
			const reason = refuseToken(token, SCOPES[call.operation ?? ''] ?? 'unknown.read');
			if (reason) return error(401, reason);
			accepted.push(token);
			return null;
		},

		annotate(headers) {
			return { merchantAccount: headers['x-gr4vy-merchant-account-id'] ?? null };
		},

		controlRoutes: [
			{ method: 'POST', path: '/transactions', handle: (_params, body) => ({ status: 201, body: controller.createTransaction(body) }) },
			{ method: 'POST', path: '/transactions/{id}/status', handle: (params, body) => ({ status: 200, body: controller.setStatus(params.id, body.status) }) },
		],
	};
}
