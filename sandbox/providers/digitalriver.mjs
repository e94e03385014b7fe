// @ts-check
import { STATUS_CODES } from 'node:http';
import { HttpError } from '../lib/http.mjs';
import { createWindowLimiter } from '../lib/ratelimit.mjs';
import { formatPath } from '../lib/schemas.mjs';

/** @typedef {import('../lib/types.mjs').ApiCall} ApiCall */
/** @typedef {import('../lib/types.mjs').ApiResult} ApiResult */
/** @typedef {import('../lib/types.mjs').ProviderContext} ProviderContext */
/** @typedef {import('../lib/types.mjs').ProviderInstance} ProviderInstance */

/**
 * @typedef {object} DigitalRiverOptions
 * @property {string} [secretKey]  key expected after "Bearer "
 * @property {{ requests?: number, perSeconds?: number }} [rateLimit]  enforce a limit (off unless given)
 */

/** Key the sandbox accepts unless a test configures another one. */
export const DEFAULT_SECRET_KEY = 'digitalriver-sandbox-key';
/** Documented default page size of every list. */
const DEFAULT_LIMIT = 10;
/** The error `type` Digital River sends with each HTTP status. */
const TYPES = /** @type {Record<number, string>} */ ({
	400: 'bad_request',
	401: 'unauthorized',
	403: 'forbidden',
	404: 'not_found',
	405: 'method_not_allowed',
	406: 'not_acceptable',
	408: 'request_timeout',
	409: 'conflict',
	429: 'too_many_requests',
	500: 'internal_server_error',
	502: 'bad_gateway',
	503: 'service_unavailable',
	504: 'gateway_timeout',
});

/**
 * Digital River writes times in UTC to the second, with a Z.
 * @param {number} ms
 */
function isoSeconds(ms) {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Decodes deep-object query parameters (createdTime[gte]=...) into nested objects; repeated
 * names become arrays, as the API reads ids=a&ids=b.
 * @param {URLSearchParams} params
 * @returns {Record<string, any>}
 */
function parseDeepQuery(params) {
	/** @type {Record<string, any>} */
	const out = {};
	for (const [key, value] of params) {
		const deep = /^([^[\]]+)\[([^[\]]+)\]$/.exec(key);
		if (deep) {
			const parent = out[deep[1]];
			out[deep[1]] = parent && typeof parent === 'object' && !Array.isArray(parent) ? { ...parent, [deep[2]]: value } : { [deep[2]]: value };
			continue;
		}
		const prev = out[key];
		if (prev === undefined) out[key] = value;
		else if (Array.isArray(prev)) prev.push(value);
		else out[key] = [prev, value];
	}
	return out;
}

/**
 * Whether an ISO time lies in a {eq, gt, gte, lt, lte} range; a plain string means eq.
 * @param {string} value
 * @param {unknown} range
 */
function inRange(value, range) {
	if (range === undefined) return true;
	const t = Date.parse(value);
	/** @type {Record<string, string>} */
	const r = typeof range === 'string' ? { eq: range } : /** @type {Record<string, string>} */ (range);
	const at = (/** @type {string} */ k) => Date.parse(r[k]);
	if (r.eq !== undefined && t !== at('eq')) return false;
	if (r.gt !== undefined && !(t > at('gt'))) return false;
	if (r.gte !== undefined && !(t >= at('gte'))) return false;
	if (r.lt !== undefined && !(t < at('lt'))) return false;
	if (r.lte !== undefined && !(t <= at('lte'))) return false;
	return true;
}

/**
 * @param {unknown} value
 * @returns {string[] | undefined}
 */
const asList = (value) => (value === undefined ? undefined : Array.isArray(value) ? value.map(String) : [String(value)]);

/**
 * Creates the Digital River checkouts, drop-in checkout sessions and orders emulator.
 * @param {ProviderContext} ctx
 * @returns {ProviderInstance}
 */
export default function createDigitalRiver(ctx) {
	/** @type {DigitalRiverOptions} */
	const options = ctx.options;
	const secretKey = options.secretKey ?? DEFAULT_SECRET_KEY;
	const limiter = createWindowLimiter({ requests: 25, perSeconds: 1, ...options.rateLimit, enabled: !!options.rateLimit });
	/** @type {string[]} */
	const orderStates = ctx.spec.schemas.get('order.schema.json').properties.state.enum;

	/** @type {Map<string, Record<string, any>>} insertion order is creation order */
	const checkouts = new Map();
	/** @type {Map<string, Record<string, any>>} */
	const orders = new Map();
	/** @type {Map<string, Record<string, any>>} */
	const dropInSessions = new Map();
	let counter = 0;
	// Counter-based ids keep test expectations deterministic; they have the vendor's shapes
	// (UUIDs for checkouts and sessions, long digit strings for orders).
	const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
	let orderNumber = 240000000000;
	let lineNumber = 160000000000;
	/** Distinct, growing whole-second times so that ordering never depends on the clock's resolution. */
	let clock = Date.parse('2024-01-01T00:00:00Z');
	/** While seeding history, times count up from here, by pastStep, instead of from the clock. */
	let pastClock = /** @type {number | undefined} */ (undefined);
	let pastStep = 1000;
	const tick = () => {
		if (pastClock !== undefined) return isoSeconds((pastClock += pastStep));
		clock = Math.max(clock + 1000, Math.floor(Date.now() / 1000) * 1000);
		return isoSeconds(clock);
	};

	/**
	 * The vendor's error envelope.
	 * @param {number} status
	 * @param {string} [message]
	 * @param {{ code?: string, parameter?: string }} [extra]
	 * @returns {ApiResult}
	 */
	function error(status, message, extra = {}) {
		const type = TYPES[status] ?? (status >= 500 ? 'internal_server_error' : 'bad_request');
		return { status, body: { type, errors: [{ code: extra.code ?? type, ...(extra.parameter ? { parameter: extra.parameter } : {}), message: message ?? STATUS_CODES[status] ?? 'Error' }] } };
	}

	/**
	 * Totals and line ids of a checkout's items, as Digital River computes them (tax left at 0).
	 * @param {Record<string, any>[]} items
	 */
	function priced(items) {
		const lines = items.map((item) => {
			const quantity = item.quantity ?? 1;
			const amount = item.aggregatePrice ?? (item.price ?? 0) * quantity;
			return { id: String(++lineNumber), ...structuredClone(item), amount, quantity, tax: { rate: 0, amount: 0 } };
		});
		const subtotal = Math.round(lines.reduce((sum, l) => sum + l.amount, 0) * 100) / 100;
		return { items: lines, subtotal, totalAmount: subtotal, totalTax: 0, totalDiscount: 0, totalShipping: 0 };
	}

	/**
	 * @param {Record<string, any>} body
	 * @param {Record<string, any>} [extra]
	 */
	function newCheckout(body, extra = {}) {
		const at = tick();
		const { items = [], ...rest } = structuredClone(body);
		const totals = priced(items);
		const id = uuid();
		const checkout = {
			id,
			createdTime: at,
			updatedTime: at,
			...rest,
			...totals,
			payment: { session: { id: uuid(), state: 'requires_source', amountContributed: 0, amountRemainingToBeContributed: totals.totalAmount, clientSecret: `${id}_secret` } },
			liveMode: false,
			...extra,
		};
		checkouts.set(id, checkout);
		return checkout;
	}

	/**
	 * Turns a checkout into an order, as happens when the shopper finishes paying.
	 * @param {string} checkoutId
	 * @param {{ state?: string, checkoutSessionId?: string }} [input]
	 */
	function placeOrder(checkoutId, input = {}) {
		const checkout = checkouts.get(checkoutId);
		if (!checkout) throw new HttpError(404, `No checkout ${checkoutId}`);
		if (checkout.orderId) throw new HttpError(409, `Checkout ${checkoutId} already has order ${checkout.orderId}`);
		const state = input.state ?? 'accepted';
		if (!orderStates.includes(state)) throw new HttpError(422, `state must be one of: ${orderStates.join(', ')}`);
		const at = tick();
		const { id: _id, payment, createdTime: _c, updatedTime: _u, orderId: _o, checkoutSessionId: _s, ...rest } = checkout;
		/** @type {Record<string, any>} */
		const order = {
			id: String(++orderNumber),
			checkoutId,
			createdTime: at,
			updatedTime: at,
			...structuredClone(rest),
			state,
			stateTransitions: { [state]: at },
			fraudState: 'passed',
			payment: { session: { ...payment.session, state: 'complete', amountContributed: checkout.totalAmount, amountRemainingToBeContributed: 0 } },
		};
		// Only orders of drop-in checkout sessions carry the session id.
		if (input.checkoutSessionId) order.checkoutSessionId = input.checkoutSessionId;
		checkout.orderId = order.id;
		payment.session.state = 'complete';
		orders.set(order.id, order);
		return structuredClone(order);
	}

	/** @param {Record<string, any>} checkout */
	const publicCheckout = (checkout) => {
		const { orderId: _orderId, ...rest } = structuredClone(checkout);
		return rest;
	};

	/**
	 * One page of a reverse-chronological list, continuing after the object named by startingAfter.
	 * @param {Record<string, any>[]} matches  newest first
	 * @param {Record<string, any>} q
	 * @param {(x: Record<string, any>) => Record<string, any>} view
	 * @returns {ApiResult}
	 */
	function page(matches, q, view) {
		const limit = Number(q.limit ?? DEFAULT_LIMIT);
		let start = 0;
		// If both cursors are sent, only endingBefore is used (documented); this emulator pages forward only.
		if (q.startingAfter !== undefined) {
			const at = matches.findIndex((x) => x.id === q.startingAfter);
			if (at < 0) return error(400, `startingAfter ${q.startingAfter} does not name an object of this list`, { code: 'invalid_parameter', parameter: 'startingAfter' });
			start = at + 1;
		}
		const data = matches.slice(start, start + limit).map(view);
		return { status: 200, body: { hasMore: start + limit < matches.length, data } };
	}

	/**
	 * Filters shared by both lists.
	 * @param {Record<string, any>} x
	 * @param {Record<string, any>} q
	 */
	function common(x, q) {
		const ids = asList(q.ids);
		const upstreamIds = asList(q.upstreamIds);
		if (ids && !ids.includes(x.id)) return false;
		if (upstreamIds && !upstreamIds.includes(x.upstreamId)) return false;
		for (const key of ['customerId', 'email', 'currency', 'locale', 'customerType', 'chargeType', 'applicationId', 'browserIp']) {
			if (q[key] !== undefined && x[key] !== q[key]) return false;
		}
		return inRange(x.createdTime, q.createdTime) && inRange(x.updatedTime, q.updatedTime);
	}

	/**
	 * The refusal for a checkout that does not exist or is already an order; null when it can change.
	 * @param {Record<string, any> | undefined} checkout
	 * @param {string} id
	 */
	const notFoundOrConverted = (checkout, id) => {
		if (!checkout) return error(404, `Checkout ${id} not found`, { code: 'not_found', parameter: 'id' });
		if (checkout.orderId) return error(409, `Checkout ${id} has already been converted to order ${checkout.orderId}`, { code: 'checkout_converted', parameter: 'id' });
		return null;
	};

	/** @type {Record<string, import('../lib/types.mjs').OperationHandler>} */
	const handlers = {
		'dropInCheckoutSession.create': (call) => {
			const id = uuid();
			dropInSessions.set(id, { id, request: structuredClone(call.body), createdTime: tick() });
			return { status: 201, body: { id, link: `${ctx.origin()}/digitalriver/dropin-checkout/v1/modal?sessionId=${id}`, liveMode: false } };
		},

		'checkout.create': (call) => ({ status: 201, body: publicCheckout(newCheckout(call.body)) }),

		'checkout.get': (call) => {
			const checkout = checkouts.get(call.params.id);
			return checkout ? { status: 200, body: publicCheckout(checkout) } : error(404, `Checkout ${call.params.id} not found`, { code: 'not_found', parameter: 'id' });
		},

		'checkout.getAll': (call) => {
			const q = call.query;
			const matches = [...checkouts.values()].reverse().filter((c) => common(c, q) && (q.subscriptionId === undefined || (c.items ?? []).some((/** @type {any} */ i) => i.subscriptionInfo?.subscriptionId === q.subscriptionId)));
			return page(matches, q, publicCheckout);
		},

		'checkout.update': (call) => {
			const checkout = checkouts.get(call.params.id);
			const refused = notFoundOrConverted(checkout, call.params.id);
			if (refused || !checkout) return refused ?? error(404);
			for (const [key, value] of Object.entries(structuredClone(call.body))) {
				// Metadata merges key by key; every other field is replaced as a whole.
				if (key === 'metadata') checkout.metadata = { ...checkout.metadata, ...value };
				else checkout[key] = value;
			}
			checkout.updatedTime = tick();
			return { status: 200, body: publicCheckout(checkout) };
		},

		'checkout.delete': (call) => {
			const refused = notFoundOrConverted(checkouts.get(call.params.id), call.params.id);
			if (refused) return refused;
			checkouts.delete(call.params.id);
			return { status: 204 };
		},

		'order.get': (call) => {
			const order = orders.get(call.params.id);
			return order ? { status: 200, body: structuredClone(order) } : error(404, `Order ${call.params.id} not found`, { code: 'not_found', parameter: 'id' });
		},

		'order.getAll': (call) => {
			const q = call.query;
			const matches = [...orders.values()]
				.reverse()
				.filter((o) => common(o, q))
				.filter((o) => (q.state === undefined || o.state === q.state) && (q.checkoutId === undefined || o.checkoutId === q.checkoutId))
				.filter((o) => (q.fraudState === undefined || o.fraudState === q.fraudState) && (q.skuId === undefined || o.items.some((/** @type {any} */ i) => i.skuId === q.skuId)));
			return page(matches, q, (o) => structuredClone(o));
		},
	};

	/**
	 * The checkouts (and orders) of one seed call.
	 * @param {{ orders?: number, state?: string, currency?: string, customerId?: string }} input
	 * @param {number} count
	 * @param {unknown[]} made
	 */
	function seedItems(input, count, made) {
		for (let i = 0; i < count; i++) {
			const checkout = newCheckout({ currency: input.currency ?? 'USD', ...(input.customerId ? { customerId: input.customerId } : {}), email: `shopper${i + 1}@example.com`, items: [{ skuId: `sku-${i + 1}`, price: 10, quantity: 1 }] });
			made.push(i < (input.orders ?? 0) ? placeOrder(checkout.id, { state: input.state }) : publicCheckout(checkout));
		}
		return made;
	}

	const controller = {
		/**
		 * Creates checkouts (and, with `orders`, an order for each) without going through the API.
		 * With `past`, they are history: their times end a second before now, instead of counting
		 * up one second each from now (which puts a large seed hours into the future).
		 * With `within` (seconds), they are a burst that just happened: their times spread over
		 * that many seconds ending now, so several share a second, as busy accounts see.
		 * @param {{ checkouts?: number, orders?: number, state?: string, currency?: string, customerId?: string, past?: boolean, within?: number }} input
		 */
		seed(input) {
			/** @type {unknown[]} */
			const made = [];
			const count = Math.max(input.checkouts ?? 0, input.orders ?? 0);
			const now = Math.floor(Date.now() / 1000) * 1000;
			// Two times per item (the checkout, then its order).
			if (input.within !== undefined && count > 0) {
				pastStep = (Math.max(0, input.within) * 1000) / (2 * count);
				pastClock = now - 2 * count * pastStep;
			} else if (input.past) {
				pastStep = 1000;
				pastClock = now - (2 * count + 1) * 1000;
			}
			try {
				return seedItems(input, count, made);
			} finally {
				// What is made afterwards is newer than the burst's last second.
				if (input.within !== undefined && pastClock !== undefined) clock = Math.max(clock, Math.floor(pastClock / 1000) * 1000);
				pastClock = undefined;
				pastStep = 1000;
			}
		},
		/**
		 * Makes the order of a checkout, as when the shopper completes payment.
		 * @param {string} checkoutId
		 * @param {{ state?: string }} [input]
		 */
		placeOrder(checkoutId, input = {}) {
			return placeOrder(checkoutId, input);
		},

		/**
		 * Completes a drop-in checkout session: Digital River makes a checkout and its order.
		 * @param {string} sessionId
		 * @param {{ state?: string }} [input]
		 */
		completeDropIn(sessionId, input = {}) {
			const session = dropInSessions.get(sessionId);
			if (!session) throw new HttpError(404, `No drop-in checkout session ${sessionId}`);
			const { options: _o, style: _s, redirects: _r, language: _l, ...request } = session.request;
			const checkout = newCheckout(request, { checkoutSessionId: sessionId });
			return placeOrder(checkout.id, { ...input, checkoutSessionId: sessionId });
		},
		/**
		 * Moves an order to another state and stamps the transition.
		 * @param {string} id
		 * @param {string} state
		 */
		setState(id, state) {
			const order = orders.get(id);
			if (!order) throw new HttpError(404, `No order ${id}`);
			if (!orderStates.includes(state)) throw new HttpError(422, `state must be one of: ${orderStates.join(', ')}`);
			order.state = state;
			order.updatedTime = tick();
			order.stateTransitions[state] = order.updatedTime;
			return structuredClone(order);
		},
		/** Every checkout, oldest first (copies). */
		all() {
			return [...checkouts.values()].map((c) => structuredClone(c));
		},
		/** Every drop-in checkout session, oldest first (copies). */
		dropInSessions() {
			return [...dropInSessions.values()].map((s) => structuredClone(s));
		},
		/** @param {string} id */
		checkout(id) {
			const checkout = checkouts.get(id);
			return checkout && structuredClone(checkout);
		},
		reset() {
			checkouts.clear();
			orders.clear();
			dropInSessions.clear();
			counter = 0;
			orderNumber = 240000000000;
			lineNumber = 160000000000;
			limiter.reset();
		},
	};

	return {
		apiPrefix: '',
		handlers,
		controller,
		error,
		// Checkout ids are UUIDs and order ids digit strings: the cursor is any non-empty id.
		cursorSchema: { type: 'string', minLength: 1, maxLength: 100 },
		parseQuery: parseDeepQuery,

		invalid(issues) {
			return {
				status: 400,
				body: {
					type: 'bad_request',
					errors: issues.map((i) => ({ code: i.keyword === 'required' ? 'missing_parameter' : 'invalid_parameter', parameter: formatPath(i.path) || 'body', message: `${formatPath(i.path) || 'The request'} ${i.message}` })),
				},
			};
		},

		guard(call) {
			if (call.headers.authorization !== `Bearer ${secretKey}`) return error(401, 'Invalid or missing API key', { code: 'unauthorized' });
			const version = call.headers['digitalriver-version'];
			// An empty or malformed version usually means a header template went wrong in the client.
			if (version !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(version))) {
				return error(400, 'DigitalRiver-Version must be a date such as 2020-09-30', { code: 'invalid_parameter', parameter: 'DigitalRiver-Version' });
			}
			const rate = limiter.take();
			return rate.allowed ? null : { ...error(429, 'Too many requests'), headers: { 'Retry-After': String(Math.max(1, rate.reset)) } };
		},

		annotate(headers) {
			return { apiVersion: headers['digitalriver-version'] ?? null };
		},

		controlRoutes: [
			{ method: 'POST', path: '/seed', handle: (_params, body) => ({ status: 201, body: controller.seed(body) }) },
			{ method: 'POST', path: '/checkouts/{id}/order', handle: (params, body) => ({ status: 201, body: controller.placeOrder(params.id, body) }) },
			{ method: 'POST', path: '/drop-in/checkout-sessions/{id}/complete', handle: (params, body) => ({ status: 201, body: controller.completeDropIn(params.id, body) }) },
			{ method: 'POST', path: '/orders/{id}/state', handle: (params, body) => ({ status: 200, body: controller.setState(params.id, body.state) }) },
		],
	};
}
