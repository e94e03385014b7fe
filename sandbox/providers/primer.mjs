// @ts-check
import { randomBytes, randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { HttpError } from '../lib/http.mjs';
import { formatPath } from '../lib/schemas.mjs';

/** @typedef {import('../lib/types.mjs').ApiCall} ApiCall */
/** @typedef {import('../lib/types.mjs').ApiResult} ApiResult */
/** @typedef {import('../lib/types.mjs').ProviderContext} ProviderContext */
/** @typedef {import('../lib/types.mjs').ProviderInstance} ProviderInstance */

/**
 * @typedef {object} PrimerOptions
 * @property {string} [apiKey]  key expected in X-Api-Key
 */

/** Key the sandbox accepts unless a test configures another one. */
export const DEFAULT_API_KEY = 'primer-sandbox-key';
/** Client tokens live 24 hours. */
const TOKEN_LIFETIME_MS = 24 * 3_600_000;
/** Documented default page size of the payment list. */
const DEFAULT_LIMIT = 100;

/**
 * Primer leaves the zone off its token expiry ("UTC with no timezone info").
 * @param {number} ms
 */
function utcWithoutZone(ms) {
	return new Date(ms).toISOString().replace('Z', '');
}

/**
 * Merges a partial update the way Primer documents it: nested objects merge, lists are replaced,
 * null clears a field.
 * @param {Record<string, any>} target
 * @param {Record<string, any>} patch
 */
function mergePatch(target, patch) {
	for (const [key, value] of Object.entries(patch)) {
		if (value === null) delete target[key];
		else if (value && typeof value === 'object' && !Array.isArray(value) && target[key] && typeof target[key] === 'object' && !Array.isArray(target[key])) {
			mergePatch(target[key], value);
		} else target[key] = structuredClone(value);
	}
}

/**
 * Creates the Primer client-session and payments emulator.
 * @param {ProviderContext} ctx
 * @returns {ProviderInstance}
 */
export default function createPrimer(ctx) {
	/** @type {PrimerOptions} */
	const options = ctx.options;
	const apiKey = options.apiKey ?? DEFAULT_API_KEY;
	/** @type {string[]} */
	const statuses = ctx.spec.schemas.get('payment-summary.schema.json').properties.status.enum;
	// A line item without a quantity counts once, as the official document's default says.
	const lineItemQuantity = ctx.spec.schemas.get('client-session-request.schema.json').properties.order.properties.lineItems.items.properties.quantity.default;

	/** @param {Record<string, any>} session */
	function withDefaults(session) {
		for (const item of session.order?.lineItems ?? []) item.quantity ??= lineItemQuantity;
		return session;
	}

	/** @type {Map<string, Record<string, any>>} keyed by client token */
	const sessions = new Map();
	/** @type {Map<string, Record<string, any>>} insertion order is creation order */
	const payments = new Map();
	/** Distinct, growing timestamps so that ordering never depends on the clock's resolution. */
	let clock = Date.parse('2024-01-01T00:00:00Z');
	const tick = () => {
		clock = Math.max(clock + 1000, Date.now());
		return clock;
	};

	/**
	 * @param {number} status
	 * @param {string} [message]
	 * @param {Record<string, any>} [extra]
	 * @returns {ApiResult}
	 */
	function error(status, message, extra = {}) {
		const ids = /** @type {Record<number, string>} */ ({ 400: 'BadRequest', 401: 'Unauthorized', 404: 'NotFound', 422: 'RequestValidationError', 429: 'TooManyRequests' });
		return {
			status,
			body: {
				error: {
					errorId: ids[status] ?? (status >= 500 ? 'InternalServerError' : 'Error'),
					description: message ?? STATUS_CODES[status] ?? 'Error',
					diagnosticsId: randomUUID(),
					...extra,
				},
			},
		};
	}

	/** @param {Record<string, any>} session */
	function warnings(session) {
		/** @type {string[]} */
		const out = [];
		if (!session.order?.countryCode) out.push("Apple Pay is missing 'order.countryCode'");
		if (!session.customer?.emailAddress) out.push("3DS is missing 'customer.emailAddress'");
		return out;
	}

	/** @param {Record<string, any>} session */
	function withoutToken(session) {
		const { clientToken: _token, clientTokenExpirationDate: _expiry, ...rest } = structuredClone(session);
		return rest;
	}

	/** @param {Record<string, any>} p */
	const summary = (p) => ({
		id: p.id,
		date: p.date,
		dateUpdated: p.dateUpdated,
		status: p.status,
		orderId: p.orderId,
		currencyCode: p.currencyCode,
		amount: p.amount,
		processor: p.processor,
		metadata: p.metadata,
	});

	/**
	 * @param {unknown} value
	 * @returns {string[] | undefined}
	 */
	const list = (value) => (value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')));

	/** @type {Record<string, import('../lib/types.mjs').OperationHandler>} */
	const handlers = {
		'clientSession.create': (call) => {
			const now = Date.now();
			const session = { clientToken: `ct_${randomBytes(24).toString('base64url')}`, clientTokenExpirationDate: utcWithoutZone(now + TOKEN_LIFETIME_MS), ...structuredClone(call.body) };
			withDefaults(session);
			sessions.set(session.clientToken, session);
			return { status: 200, body: { ...structuredClone(session), warnings: warnings(session) } };
		},

		'clientSession.get': (call) => {
			const token = call.query.clientToken;
			if (typeof token !== 'string' || token === '') return error(400, 'clientToken is required');
			const session = sessions.get(token);
			if (!session) return error(400, 'The client token is invalid or has expired', { errorId: 'InvalidClientToken' });
			return { status: 200, body: withoutToken(session) };
		},

		'clientSession.update': (call) => {
			const { clientToken, ...patch } = call.body;
			if (typeof clientToken !== 'string' || clientToken === '') {
				return error(400, 'clientToken is required', { validationErrors: [{ path: '$.clientToken', description: 'field required' }] });
			}
			const session = sessions.get(clientToken);
			if (!session) return error(400, 'The client token is invalid or has expired', { errorId: 'InvalidClientToken' });
			mergePatch(session, patch);
			withDefaults(session);
			return { status: 200, body: { ...withoutToken(session), warnings: warnings(session) } };
		},

		'payment.get': (call) => {
			const payment = payments.get(call.params.id);
			return payment ? { status: 200, body: structuredClone(payment) } : error(404, `Payment ${call.params.id} was not found`, { errorId: 'PaymentNotFound' });
		},

		'payment.getAll': (call) => {
			const q = call.query;
			const status = list(q.status);
			const currencies = list(q.currency_code);
			const from = q.from_date ? Date.parse(String(q.from_date)) : -Infinity;
			const to = q.to_date ? Date.parse(String(q.to_date)) : Infinity;
			const matches = [...payments.values()]
				.reverse()
				.filter((p) => (!status || status.includes(p.status)) && (!currencies || currencies.includes(p.currencyCode)))
				.filter((p) => (q.order_id === undefined || p.orderId === q.order_id) && Date.parse(p.date) >= from && Date.parse(p.date) <= to)
				.filter((p) => (q.min_amount === undefined || p.amount >= Number(q.min_amount)) && (q.max_amount === undefined || p.amount <= Number(q.max_amount)));
			let offset = 0;
			if (q.cursor !== undefined) {
				offset = Number(Buffer.from(String(q.cursor), 'base64url').toString('utf8').replace(/^o:/, ''));
				if (!Number.isInteger(offset) || offset < 0) return error(400, 'The cursor is invalid');
			}
			const limit = Number(q.limit ?? DEFAULT_LIMIT);
			const page = matches.slice(offset, offset + limit).map(summary);
			/** @type {Record<string, any>} */
			const body = { data: page };
			if (offset + limit < matches.length) body.nextCursor = Buffer.from(`o:${offset + limit}`).toString('base64url');
			if (offset > 0) body.prevCursor = Buffer.from(`o:${Math.max(0, offset - limit)}`).toString('base64url');
			return { status: 200, body };
		},
	};

	const controller = {
		/**
		 * Records a payment as if a customer had paid through a client session.
		 * @param {{ orderId?: string, status?: string, amount?: number, currencyCode?: string }} input
		 */
		createPayment(input) {
			const status = input.status ?? 'PENDING';
			if (!statuses.includes(status)) throw new HttpError(422, `status must be one of: ${statuses.join(', ')}`);
			const at = new Date(tick()).toISOString();
			const payment = {
				id: randomBytes(6).toString('hex'),
				date: at,
				dateUpdated: at,
				status,
				orderId: input.orderId ?? `order-${payments.size + 1}`,
				currencyCode: input.currencyCode ?? 'GBP',
				amount: input.amount ?? 1000,
				processor: { name: 'STRIPE', processorMerchantId: 'acct_sandbox' },
				metadata: {},
				transactions: [],
			};
			payments.set(payment.id, payment);
			return structuredClone(payment);
		},
		/**
		 * @param {string} id
		 * @param {string} status
		 */
		setStatus(id, status) {
			const payment = payments.get(id);
			if (!payment) throw new HttpError(404, `No payment ${id}`);
			if (!statuses.includes(status)) throw new HttpError(422, `status must be one of: ${statuses.join(', ')}`);
			payment.status = status;
			payment.dateUpdated = new Date(tick()).toISOString();
			return structuredClone(payment);
		},
		/** Every client session, oldest first (copies). */
		all() {
			return [...sessions.values()].map((s) => structuredClone(s));
		},
		/** @param {string} token */
		session(token) {
			const session = sessions.get(token);
			return session && structuredClone(session);
		},
		reset() {
			sessions.clear();
			payments.clear();
		},
	};

	return {
		apiPrefix: '',
		handlers,
		controller,
		error,

		invalid(issues) {
			return error(400, `Request validation failed: ${formatPath(issues[0]?.path ?? []) || 'body'} ${issues[0]?.message ?? ''}`.trim(), {
				validationErrors: issues.map((i) => ({ path: `$.${formatPath(i.path)}`, description: i.message })),
			});
		},

		guard(call) {
			if (call.headers['x-api-key'] !== apiKey) return error(401, 'Invalid or missing API key');
			const version = call.headers['x-api-version'];
			if (typeof version !== 'string' || !/^\d+\.\d+$/.test(version)) return error(400, 'X-Api-Version header is required, e.g. 2.4');
			return null;
		},

		annotate(headers) {
			return { apiVersion: headers['x-api-version'] ?? null };
		},

		controlRoutes: [
			{ method: 'POST', path: '/payments', handle: (_params, body) => ({ status: 201, body: controller.createPayment(body) }) },
			{
				method: 'POST',
				path: '/payments/{id}/status',
				handle: (params, body) => ({ status: 200, body: controller.setStatus(params.id, body.status) }),
			},
		],
	};
}
