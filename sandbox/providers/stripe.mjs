// @ts-check
import { randomBytes } from 'node:crypto';
import { HttpError } from '../lib/http.mjs';
import { createWindowLimiter } from '../lib/ratelimit.mjs';

/** @typedef {import('../lib/types.mjs').ApiCall} ApiCall */
/** @typedef {import('../lib/types.mjs').ApiResult} ApiResult */
/** @typedef {import('../lib/types.mjs').ParsedBody} ParsedBody */
/** @typedef {import('../lib/types.mjs').ProviderContext} ProviderContext */
/** @typedef {import('../lib/types.mjs').ProviderInstance} ProviderInstance */
/** @typedef {Record<string, any>} Json */

/**
 * @typedef {object} StripeOptions
 * @property {string} [secretKey]  key expected as the Bearer token
 * @property {{ requests?: number, perSeconds?: number }} [rateLimit]  refuse with 429 beyond this
 */

/**
 * @typedef {object} SeedOptions
 * @property {number} [created]  Unix seconds; all seeded sessions share it when given
 * @property {string} [status]
 * @property {string} [payment_status]
 * @property {string} [customer]
 * @property {'payment' | 'setup'} [mode]  setup: no line items, payment_status no_payment_required from the start
 */

/** Key the sandbox accepts unless a test configures another one. */
export const DEFAULT_SECRET_KEY = 'sk_test_sandbox';
/** Stripe's documented default and maximum page sizes. */
const DEFAULT_LIMIT = 10;
const DAY = 86_400;
/** Unit amount the sandbox gives a price ID, having no price catalogue. */
const CATALOGUE_PRICE = { unit_amount: 1000, currency: 'usd' };

const STATUSES = ['open', 'complete', 'expired'];
const PAYMENT_STATUSES = ['paid', 'unpaid', 'no_payment_required'];

/**
 * A random id with Stripe's prefix style (prefix_ plus letters and digits).
 * @param {string} prefix
 * @param {number} [length]
 */
function newId(prefix, length = 24) {
	let out = '';
	while (out.length < length) out += randomBytes(length).toString('base64').replace(/[^A-Za-z0-9]/g, '');
	return `${prefix}_${out.slice(0, length)}`;
}

/**
 * Sets `value` at a bracket path (a[b][0][c]) inside `root`, the way Stripe's server reads forms.
 * @param {Json} root
 * @param {string} key
 * @param {unknown} value
 */
function setBracketPath(root, key, value) {
	const m = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
	const parts = m ? [m[1], ...[...m[2].matchAll(/\[([^[\]]*)\]/g)].map((x) => x[1])] : [key];
	/** @type {any} */
	let node = root;
	parts.forEach((part, i) => {
		const last = i === parts.length - 1;
		const nextIsIndex = !last && /^\d*$/.test(parts[i + 1]);
		const slot = part === '' && Array.isArray(node) ? node.length : part;
		if (last) node[slot] = value;
		else {
			if (node[slot] === undefined || typeof node[slot] !== 'object') node[slot] = nextIsIndex ? [] : {};
			node = node[slot];
		}
	});
}

/**
 * Decodes bracket-notation parameters. "true"/"false" become booleans (the schemas never use
 * strings with those values); every other value stays text and is coerced by the schema check.
 * @param {URLSearchParams} params
 * @returns {Json}
 */
export function parseBracketParams(params) {
	/** @type {Json} */
	const root = {};
	for (const [key, raw] of params) setBracketPath(root, key, raw === 'true' ? true : raw === 'false' ? false : raw);
	return root;
}

/**
 * Dot-free bracket name of a validation path, as Stripe reports it in `param`.
 * @param {(string | number)[]} path
 */
function bracketName(path) {
	return path.map((p, i) => (i === 0 ? String(p) : `[${p}]`)).join('');
}

/**
 * Creates the Stripe customer-session and checkout-session emulator.
 * @param {ProviderContext} ctx
 * @returns {ProviderInstance}
 */
export default function createStripe(ctx) {
	/** @type {StripeOptions} */
	const options = ctx.options;
	const secretKey = options.secretKey ?? DEFAULT_SECRET_KEY;
	const documented = ctx.spec.provider.transport?.rateLimit ?? { requests: 25, perSeconds: 1 };
	const limiter = createWindowLimiter({ ...documented, ...options.rateLimit, enabled: !!options.rateLimit });

	/** Sessions in creation order; `seq` breaks ties between sessions created in the same second. */
	/** @type {Json[]} */
	let sessions = [];
	/** @type {Map<string, Json[]>} line items per session id */
	const lineItems = new Map();
	/** @type {Map<string, { fingerprint: string, result: ApiResult }>} */
	const idempotency = new Map();
	let seq = 0;
	/** @type {number | null} fixed clock in Unix seconds, null for real time */
	let fixedNow = null;
	const now = () => fixedNow ?? Math.floor(Date.now() / 1000);

	/**
	 * @param {number} status
	 * @param {string} [message]
	 * @param {Json} [extra]  type, code, param
	 * @returns {ApiResult}
	 */
	function error(status, message, extra = {}) {
		const type = extra.type ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
		const defaults = /** @type {Record<number, string>} */ ({
			400: 'Invalid request.',
			401: 'You did not provide an API key.',
			404: 'Unrecognized request URL.',
			429: 'Too many requests hit the API too quickly.',
			500: 'An unknown error occurred.',
		});
		const { type: _type, ...rest } = extra;
		/** @type {Json} */
		const body = { error: { type, ...rest, message: message ?? defaults[status] ?? 'Error' } };
		if (status === 429) body.error.code ??= 'rate_limit';
		/** @type {Record<string, string>} */
		const headers = {};
		if (status === 401) headers['WWW-Authenticate'] = 'Bearer realm="Stripe"';
		// Stripe tells its clients explicitly which failures are safe to retry.
		if (status === 409 || status >= 500) headers['Stripe-Should-Retry'] = 'true';
		return { status, headers, body };
	}

	/** @param {string} id */
	const missing = (id) => error(404, `No such checkout.session: '${id}'`, { code: 'resource_missing', param: 'session' });

	/** @param {string} id */
	const find = (id) => sessions.find((s) => s.id === id);

	/**
	 * Newest first; equal seconds by creation order, newest first, so cursors are stable.
	 * @param {Json[]} list
	 */
	const newestFirst = (list) => [...list].sort((a, b) => b.created - a.created || b._seq - a._seq);

	/** @param {Json} s */
	const publicView = (s) => {
		const { _seq, ...rest } = s;
		return structuredClone(rest);
	};

	/**
	 * One list page in Stripe's envelope.
	 * @param {Json[]} ordered  already filtered and ordered
	 * @param {ApiCall} call
	 * @param {string} url
	 * @param {string} noun  object name for the "No such" message of a bad cursor
	 * @param {(item: Json) => Json} view
	 * @returns {ApiResult}
	 */
	function page(ordered, call, url, noun, view) {
		const limit = Number(call.query.limit ?? DEFAULT_LIMIT);
		let start = 0;
		if (call.query.starting_after !== undefined) {
			const at = ordered.findIndex((x) => x.id === call.query.starting_after);
			if (at < 0) return error(400, `No such ${noun}: '${call.query.starting_after}'`, { code: 'resource_missing', param: 'starting_after' });
			start = at + 1;
		}
		const data = ordered.slice(start, start + limit);
		return { status: 200, body: { object: 'list', data: data.map(view), has_more: start + limit < ordered.length, url } };
	}

	/**
	 * Stripe keeps the first response of a key and replays it for an identical retry; the same
	 * key with different parameters is refused.
	 * @param {ApiCall} call
	 * @param {() => ApiResult} run
	 * @returns {ApiResult}
	 */
	function idempotent(call, run) {
		const key = /** @type {string | undefined} */ (call.headers['idempotency-key']);
		if (!key) return run();
		const fingerprint = JSON.stringify([call.url.pathname, call.body ?? null]);
		const stored = idempotency.get(key);
		if (stored) {
			if (stored.fingerprint !== fingerprint) {
				return error(400, `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`, { type: 'idempotency_error' });
			}
			return { ...structuredClone(stored.result), headers: { ...stored.result.headers, 'Idempotent-Replayed': 'true' } };
		}
		const result = run();
		// Stripe saves a result once the endpoint started executing; failed validation is not saved.
		if (result.status < 500) idempotency.set(key, { fingerprint, result: structuredClone(result) });
		return result;
	}

	/**
	 * @param {Json} input  a validated line item
	 * @param {string} currency
	 */
	function lineItem(input, currency) {
		const price = input.price_data
			? { id: newId('price'), object: 'price', unit_amount: input.price_data.unit_amount ?? 0, currency: input.price_data.currency, recurring: input.price_data.recurring ?? null, product: input.price_data.product ?? newId('prod', 14) }
			: { id: input.price, object: 'price', ...CATALOGUE_PRICE, recurring: null, product: newId('prod', 14) };
		const quantity = input.quantity ?? 1;
		const amount = price.unit_amount * quantity;
		return {
			id: input.id ?? newId('li'),
			object: 'item',
			amount_discount: 0,
			amount_subtotal: amount,
			amount_tax: 0,
			amount_total: amount,
			currency: price.currency ?? currency,
			description: input.price_data?.product_data?.name ?? 'Catalogue product',
			price,
			quantity,
			_input: structuredClone(input),
		};
	}

	/** @param {Json} item */
	const lineItemView = (item) => {
		const { _input, ...rest } = item;
		return structuredClone(rest);
	};

	/** @param {Json} session */
	function recomputeTotals(session) {
		const items = lineItems.get(session.id) ?? [];
		const total = items.reduce((sum, i) => sum + i.amount_total, 0);
		session.amount_subtotal = items.length ? total : null;
		session.amount_total = items.length ? total : null;
		session.currency = items[0]?.currency ?? session.currency ?? null;
	}

	/**
	 * Builds and stores a session from a validated create body.
	 * @param {Json} input
	 * @param {{ created?: number }} [at]
	 */
	function createSession(input, at = {}) {
		const created = at.created ?? now();
		// 66 characters like Stripe's own ids (the API's limit for the path parameter).
		const id = `cs_test_${input.mode === 'setup' ? 'c1' : 'a1'}${newId('x', 56).slice(2)}`;
		const uiMode = input.ui_mode ?? 'hosted_page';
		const embedded = uiMode !== 'hosted_page';
		/** @type {Json} */
		const session = {
			id,
			object: 'checkout.session',
			allow_promotion_codes: input.allow_promotion_codes ?? null,
			amount_subtotal: null,
			amount_total: null,
			billing_address_collection: input.billing_address_collection ?? null,
			cancel_url: input.cancel_url ?? null,
			client_reference_id: input.client_reference_id ?? null,
			client_secret: embedded ? `${id}_secret_${newId('x', 20).slice(2)}` : null,
			collected_information: null,
			created,
			currency: input.currency ?? null,
			customer: input.customer ?? null,
			customer_creation: input.customer_creation ?? (input.customer ? null : 'if_required'),
			customer_details: input.customer_email ? { email: input.customer_email } : null,
			customer_email: input.customer_email ?? null,
			expires_at: input.expires_at ?? created + DAY,
			livemode: false,
			locale: input.locale ?? null,
			metadata: input.metadata ?? {},
			mode: input.mode ?? 'payment',
			payment_intent: null,
			payment_link: null,
			allowed_payment_method_types: input.allowed_payment_method_types ?? null,
			payment_method_types: input.allowed_payment_method_types ?? ['card'],
			payment_status: input.mode === 'setup' ? 'no_payment_required' : 'unpaid',
			return_url: input.return_url ?? null,
			shipping_options: (input.shipping_options ?? []).map((/** @type {Json} */ o) => ({ shipping_amount: o.shipping_rate_data?.fixed_amount?.amount ?? 0, shipping_rate: o.shipping_rate ?? newId('shr') })),
			status: 'open',
			submit_type: input.submit_type ?? null,
			subscription: null,
			success_url: input.success_url ?? null,
			ui_mode: uiMode,
			url: embedded ? null : `${ctx.origin()}/${ctx.id}/pay/${id}`,
			_seq: ++seq,
		};
		lineItems.set(id, (input.line_items ?? []).map((/** @type {Json} */ li) => lineItem(li, session.currency ?? 'usd')));
		recomputeTotals(session);
		sessions.push(session);
		return session;
	}

	/**
	 * Applies a status change the way Stripe's own flow would: completing a payment-mode session
	 * creates its payment intent.
	 * @param {Json} session
	 * @param {{ status?: string, payment_status?: string }} change
	 */
	function transition(session, change) {
		if (change.status !== undefined) {
			if (!STATUSES.includes(change.status)) throw new HttpError(422, `status must be one of: ${STATUSES.join(', ')}`);
			session.status = change.status;
			if (change.status === 'complete' && session.mode === 'payment' && !session.payment_intent) session.payment_intent = newId('pi');
			if (change.status === 'complete' && session.mode === 'subscription' && !session.subscription) session.subscription = newId('sub');
		}
		if (change.payment_status !== undefined) {
			if (!PAYMENT_STATUSES.includes(change.payment_status)) throw new HttpError(422, `payment_status must be one of: ${PAYMENT_STATUSES.join(', ')}`);
			session.payment_status = change.payment_status;
		}
	}

	/** @type {Record<string, import('../lib/types.mjs').OperationHandler>} */
	const handlers = {
		'customerSession.create': (call) =>
			idempotent(call, () => {
				const created = now();
				/** @type {Json} */
				const components = {};
				for (const name of ['buy_button', 'customer_sheet', 'mobile_payment_element', 'payment_element', 'pricing_table']) {
					const given = call.body.components[name];
					components[name] = { enabled: given?.enabled ?? false, features: given?.features ?? null };
				}
				return {
					status: 200,
					body: {
						object: 'customer_session',
						client_secret: `cuss_secret_${newId('x', 40).slice(2)}`,
						components,
						created,
						customer: call.body.customer ?? null,
						customer_account: call.body.customer_account ?? null,
						expires_at: created + 30 * 60,
						livemode: false,
					},
				};
			}),

		'checkoutSession.create': (call) =>
			idempotent(call, () => {
				const body = call.body;
				const t = now();
				if (body.expires_at !== undefined && (body.expires_at < t + 30 * 60 || body.expires_at > t + DAY)) {
					return error(400, 'The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.', { code: 'parameter_invalid_integer', param: 'expires_at' });
				}
				if (body.mode === 'setup' && body.line_items) {
					return error(400, 'You cannot pass `line_items` in `setup` mode.', { param: 'line_items' });
				}
				return { status: 200, body: publicView(createSession(body)) };
			}),

		'checkoutSession.get': (call) => {
			const session = find(call.params.session);
			return session ? { status: 200, body: publicView(session) } : missing(call.params.session);
		},

		'checkoutSession.getAll': (call) => {
			const q = call.query;
			const range = q.created;
			const filtered = sessions.filter((s) => {
				if (q.status !== undefined && s.status !== q.status) return false;
				if (q.customer !== undefined && s.customer !== q.customer) return false;
				if (q.payment_intent !== undefined && s.payment_intent !== q.payment_intent) return false;
				if (q.payment_link !== undefined && s.payment_link !== q.payment_link) return false;
				if (q.subscription !== undefined && s.subscription !== q.subscription) return false;
				if (q.customer_details?.email !== undefined && s.customer_details?.email !== q.customer_details.email) return false;
				if (range !== undefined && typeof range === 'object') {
					if (range.gt !== undefined && !(s.created > range.gt)) return false;
					if (range.gte !== undefined && !(s.created >= range.gte)) return false;
					if (range.lt !== undefined && !(s.created < range.lt)) return false;
					if (range.lte !== undefined && !(s.created <= range.lte)) return false;
				}
				return true;
			});
			return page(newestFirst(filtered), call, '/v1/checkout/sessions', 'checkout.session', publicView);
		},

		'checkoutSession.update': (call) =>
			idempotent(call, () => {
				const session = find(call.params.session);
				if (!session) return missing(call.params.session);
				if (session.status !== 'open') return error(400, 'This Checkout Session is not open and can no longer be updated.', { code: 'checkout_session_not_open' });
				const body = call.body;
				if (body.metadata !== undefined) {
					for (const [k, v] of Object.entries(body.metadata)) {
						// An empty value removes the key, as Stripe documents for metadata.
						if (v === '') delete session.metadata[k];
						else session.metadata[k] = v;
					}
				}
				if (body.line_items) {
					const current = new Map((lineItems.get(session.id) ?? []).map((i) => [i.id, i]));
					/** @type {Json[]} */
					const next = [];
					for (const [index, input] of body.line_items.entries()) {
						if (input.id && !current.has(input.id)) return error(400, `No such line item: '${input.id}'`, { code: 'resource_missing', param: `line_items[${index}][id]` });
						const base = input.id ? { ...current.get(input.id)?._input, ...input } : input;
						next.push(lineItem(base, session.currency ?? 'usd'));
					}
					lineItems.set(session.id, next);
					recomputeTotals(session);
				}
				if (body.shipping_options) session.shipping_options = body.shipping_options.map((/** @type {Json} */ o) => ({ shipping_amount: o.shipping_rate_data?.fixed_amount?.amount ?? 0, shipping_rate: o.shipping_rate ?? newId('shr') }));
				if (body.collected_information) session.collected_information = structuredClone(body.collected_information);
				return { status: 200, body: publicView(session) };
			}),

		'checkoutSession.expire': (call) =>
			idempotent(call, () => {
				const session = find(call.params.session);
				if (!session) return missing(call.params.session);
				if (session.status !== 'open') {
					return error(400, `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`, { code: 'checkout_session_not_open' });
				}
				session.status = 'expired';
				return { status: 200, body: publicView(session) };
			}),

		'checkoutSession.getLineItems': (call) => {
			const session = find(call.params.session);
			if (!session) return missing(call.params.session);
			return page(lineItems.get(session.id) ?? [], call, `/v1/checkout/sessions/${session.id}/line_items`, 'line item', lineItemView);
		},
	};

	const controller = {
		/**
		 * Sets status and/or payment status of a session.
		 * @param {string} id
		 * @param {{ status?: string, payment_status?: string }} change
		 */
		setStatus(id, change) {
			const session = find(id);
			if (!session) throw new HttpError(404, `No ${ctx.id} session with id ${id}`);
			transition(session, change);
			return publicView(session);
		},
		/**
		 * Creates sessions as if customers had started checkouts.
		 * @param {number} count
		 * @param {SeedOptions} [opts]
		 */
		seed(count, opts = {}) {
			if (!Number.isInteger(count) || count < 0 || count > 10000) throw new HttpError(422, 'count must be an integer between 0 and 10000');
			/** @type {Json[]} */
			const out = [];
			for (let i = 0; i < count; i++) {
				const session = createSession(
					opts.mode === 'setup'
						? { mode: 'setup', currency: 'usd', success_url: 'https://example.com/success', customer: opts.customer }
						: {
								mode: 'payment',
								line_items: [{ price_data: { currency: 'usd', unit_amount: 500 + i, product_data: { name: `Seed ${seq + 1}` } }, quantity: 1 }],
								success_url: 'https://example.com/success',
								customer: opts.customer,
							},
					{ created: opts.created },
				);
				transition(session, { status: opts.status, payment_status: opts.payment_status });
				out.push(publicView(session));
			}
			return out;
		},
		/** Sessions oldest first. */
		all() {
			return sessions.map(publicView);
		},
		/** @param {string} id */
		get(id) {
			const s = find(id);
			return s && publicView(s);
		},
		/**
		 * Fixes the clock at Unix seconds `seconds`; null returns to real time.
		 * @param {number | null} seconds
		 */
		setNow(seconds) {
			fixedNow = seconds;
		},
		/** @param {number} seconds */
		advance(seconds) {
			fixedNow = now() + seconds;
		},
		reset() {
			sessions = [];
			lineItems.clear();
			idempotency.clear();
			seq = 0;
			fixedNow = null;
			limiter.reset();
		},
	};

	return {
		apiPrefix: '',
		handlers,
		controller,
		error,
		cursorSchema: { type: 'string', minLength: 1, maxLength: 5000 },

		invalid(issues) {
			const first = issues[0];
			const param = first ? bracketName(first.path) : undefined;
			const code = first?.keyword === 'required' ? 'parameter_missing' : 'parameter_invalid';
			const message = first?.keyword === 'required' ? `Missing required param: ${param}.` : `Invalid ${param || 'request'}: ${first?.message ?? 'is invalid'}`;
			return error(400, message, { code, param });
		},

		parseBody(raw, contentType) {
			if (raw.length === 0) return { ok: true, value: undefined };
			if (!contentType || !/^application\/x-www-form-urlencoded\b/i.test(contentType)) {
				return { ok: false, status: 400, message: 'Stripe requires request bodies as application/x-www-form-urlencoded.' };
			}
			return { ok: true, value: parseBracketParams(new URLSearchParams(raw.toString('utf8'))) };
		},

		parseQuery: (params) => parseBracketParams(params),

		guard(call) {
			const auth = /** @type {string | undefined} */ (call.headers.authorization);
			const m = auth ? /^Bearer\s+(\S+)\s*$/i.exec(auth) : null;
			if (!m) return error(401);
			if (m[1] !== secretKey) {
				const masked = `${m[1].slice(0, 8)}${'*'.repeat(4)}${m[1].slice(-4)}`;
				return error(401, `Invalid API Key provided: ${masked}`);
			}
			const version = call.headers['stripe-version'];
			if (version !== undefined && !/^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/.test(String(version))) {
				return error(400, `Invalid Stripe API version: ${String(version)}`, { code: 'api_version_invalid' });
			}
			const rate = limiter.take();
			return rate.allowed ? null : error(429);
		},

		decorate(result, call) {
			result.headers = { 'Request-Id': newId('req', 14), ...result.headers };
			if (call.headers['stripe-version']) result.headers['Stripe-Version'] = String(call.headers['stripe-version']);
		},

		annotate(headers) {
			return { stripeVersion: headers['stripe-version'] ?? null, idempotencyKey: headers['idempotency-key'] ?? null };
		},

		controlRoutes: [
			{ method: 'GET', path: '/sessions', handle: () => ({ status: 200, body: controller.all() }) },
			{
				method: 'GET',
				path: '/sessions/{id}',
				handle: (params) => {
					const session = controller.get(params.id);
					if (!session) throw new HttpError(404, `No ${ctx.id} session with id ${params.id}`);
					return { status: 200, body: session };
				},
			},
			{
				method: 'POST',
				path: '/sessions/{id}',
				handle: (params, body) => ({ status: 200, body: controller.setStatus(params.id, { status: body.status, payment_status: body.payment_status }) }),
			},
			{
				method: 'POST',
				path: '/seed',
				handle: (_params, body) => ({ status: 201, body: controller.seed(body.count ?? 1, body) }),
			},
			{
				method: 'POST',
				path: '/clock',
				handle: (_params, body) => {
					if (body.advance !== undefined) controller.advance(Number(body.advance));
					else controller.setNow(body.now ?? null);
					return { status: 200, body: { now: now() } };
				},
			},
		],
	};
}
