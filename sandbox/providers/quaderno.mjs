// @ts-check
import { randomBytes } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { HttpError } from '../lib/http.mjs';
import { createWindowLimiter } from '../lib/ratelimit.mjs';
import { formatPath } from '../lib/schemas.mjs';

/** @typedef {import('../lib/types.mjs').ApiCall} ApiCall */
/** @typedef {import('../lib/types.mjs').ApiResult} ApiResult */
/** @typedef {import('../lib/types.mjs').ProviderContext} ProviderContext */
/** @typedef {import('../lib/types.mjs').ProviderInstance} ProviderInstance */

/**
 * @typedef {object} QuadernoOptions
 * @property {string} [apiKey]  private key expected as the Basic-auth user name
 * @property {{ requests?: number, perSeconds?: number }} [rateLimit]  refuse with 429 beyond this
 */

/**
 * @typedef {object} QuadernoController
 * @property {(id: number, status: string) => Record<string, any>} setStatus
 * @property {(count: number, opts?: { status?: string }) => Record<string, any>[]} seed
 * @property {() => Record<string, any>[]} all  ascending by id
 * @property {(id: number) => Record<string, any> | undefined} get
 * @property {() => void} reset
 */

/** Key the sandbox accepts unless a test configures another one. */
export const DEFAULT_API_KEY = 'sk_test_sandbox';
/** Documented default page size of Quaderno's list endpoints. */
const DEFAULT_LIMIT = 25;
const UNAUTHORIZED = 'Unauthorized access or document does not exist.';

/**
 * Creates the Quaderno checkout-session emulator.
 * @param {ProviderContext} ctx
 * @returns {ProviderInstance}
 */
export default function createQuaderno(ctx) {
	/** @type {QuadernoOptions} */
	const options = ctx.options;
	const apiKey = options.apiKey ?? DEFAULT_API_KEY;
	// The documented budget (provider.json) shapes the headers; it is only enforced when a test opts in.
	const documented = ctx.spec.provider.transport?.rateLimit ?? { requests: 100, perSeconds: 15 };
	const limiter = createWindowLimiter({ ...documented, ...options.rateLimit, enabled: !!options.rateLimit });

	// Defaults and the status vocabulary come from the schemas; the rest mirrors the documented examples.
	const requestSchema = ctx.spec.schemas.get('checkout-session-request.schema.json');
	const itemSchema = ctx.spec.schemas.get('checkout-session-item.schema.json');
	const sessionSchema = ctx.spec.schemas.get('checkout-session.schema.json');
	/** @type {string[]} */
	const statuses = sessionSchema.properties.status.enum;
	/** @type {Record<string, any>} */
	const defaults = {
		...schemaDefaults(requestSchema),
		payment_methods: ['card', 'paypal'],
		custom: {},
		metadata: {},
		customer: {},
	};
	const itemDefaults = schemaDefaults(itemSchema);

	/** @type {Map<number, Record<string, any>>} kept in ascending id order because ids only grow */
	const sessions = new Map();
	let nextId = 1;

	/**
	 * Fills what Quaderno would take from the product catalogue; the sandbox has no catalogue,
	 * so the SKU doubles as the name and the price is 0 unless given.
	 * @param {Record<string, any>} item
	 */
	function normaliseItem(item) {
		return {
			product: item.product,
			amount: item.amount ?? 0,
			name: item.name ?? item.product,
			description: item.description ?? null,
			currency: item.currency ?? 'EUR',
			quantity: item.quantity ?? itemDefaults.quantity ?? 1,
		};
	}

	/**
	 * Builds a stored session in the field order of Quaderno's examples.
	 * @param {Record<string, any>} input  a validated create body
	 * @param {string} status
	 */
	function createSession(input, status) {
		/** @type {Record<string, any>} */
		const merged = { ...structuredClone(defaults), ...structuredClone(input) };
		const session = {
			id: nextId++,
			status,
			billing_details_collection: merged.billing_details_collection,
			cancel_url: merged.cancel_url,
			coupon_collection: merged.coupon_collection,
			locale: merged.locale,
			payment_methods: merged.payment_methods,
			success_url: merged.success_url,
			custom: merged.custom,
			items: (merged.items ?? []).map(normaliseItem),
			customer: merged.customer,
			metadata: merged.metadata,
			permalink: `${ctx.origin()}/${ctx.id}/checkout/session/${randomBytes(20).toString('hex')}`,
		};
		sessions.set(session.id, session);
		return session;
	}

	/** @param {unknown} id */
	function find(id) {
		return sessions.get(Number(id));
	}

	/**
	 * @param {number} status
	 * @param {string} [message]
	 * @returns {ApiResult}
	 */
	function error(status, message) {
		if (status === 404) return { status, body: { error: message ?? 'Not found' } };
		if (status === 429) return { status, body: { error: message ?? 'Rate limit exceeded' } };
		if (status === 401) {
			return {
				status,
				headers: { 'WWW-Authenticate': 'Basic realm="Quaderno API"' },
				body: { error: message ?? UNAUTHORIZED },
			};
		}
		return { status, body: { error: message ?? STATUS_CODES[status] ?? 'Error' } };
	}

	/**
	 * Returns the key from a Basic Authorization header (user name part), or null.
	 * @param {string | undefined} header
	 */
	function basicUser(header) {
		const m = header ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header) : null;
		if (!m) return null;
		const decoded = Buffer.from(m[1], 'base64').toString('utf8');
		const colon = decoded.indexOf(':');
		return colon === -1 ? decoded : decoded.slice(0, colon);
	}

	/** @param {string | string[] | undefined} accept */
	function apiVersion(accept) {
		const value = Array.isArray(accept) ? accept.join(',') : accept;
		const m = value ? /api_version=([^;,\s]*)/i.exec(value) : null;
		return m ? m[1] : null;
	}

	/** @type {Record<string, import('../lib/types.mjs').OperationHandler>} */
	const handlers = {
		'checkoutSession.create': (call) => ({ status: 201, body: createSession(call.body, 'pending') }),

		'checkoutSession.get': (call) => {
			const session = find(call.params.id);
			return session ? { status: 200, body: session } : error(404);
		},

		'checkoutSession.update': (call) => {
			const session = find(call.params.id);
			if (!session) return error(404);
			if (session.status !== 'pending') return error(422, 'Only pending sessions can be updated.');
			// Top-level fields are replaced as a whole, like a Rails attribute update.
			for (const [key, value] of Object.entries(structuredClone(call.body))) {
				session[key] = key === 'items' ? value.map(normaliseItem) : value;
			}
			return { status: 200, body: session };
		},

		'checkoutSession.delete': (call) => {
			const session = find(call.params.id);
			if (!session) return error(404);
			if (session.status !== 'pending') return error(422, 'Only pending sessions can be deleted.');
			sessions.delete(session.id);
			return { status: 204 };
		},

		'checkoutSession.getAll': (call) => {
			const limit = call.query.limit ?? DEFAULT_LIMIT;
			const before = call.query.created_before ?? Infinity;
			const status = call.query.status;
			const ordered = [...sessions.values()];
			/** @type {Record<string, any>[]} */
			const page = [];
			let hasMore = false;
			for (let i = ordered.length - 1; i >= 0; i--) {
				const s = ordered[i];
				if (s.id >= before || (status !== undefined && s.status !== status)) continue;
				if (page.length === limit) {
					hasMore = true;
					break;
				}
				page.push(s);
			}
			/** @type {Record<string, string>} */
			const headers = { 'X-Pages-HasMore': String(hasMore) };
			if (hasMore) {
				const next = new URL(call.url.pathname, ctx.origin());
				next.search = call.url.search;
				next.searchParams.set('created_before', String(page[page.length - 1].id));
				headers['X-Pages-NextPage'] = next.href;
			}
			return { status: 200, headers, body: page };
		},
	};

	/** @type {QuadernoController} */
	const controller = {
		setStatus(id, status) {
			const session = find(id);
			if (!session) throw new HttpError(404, `No ${ctx.id} session with id ${id}`);
			if (!statuses.includes(status)) throw new HttpError(422, `status must be one of: ${statuses.join(', ')}`);
			session.status = status;
			return structuredClone(session);
		},
		seed(count, { status = 'pending' } = {}) {
			if (!Number.isInteger(count) || count < 0 || count > 100000) {
				throw new HttpError(422, 'count must be an integer between 0 and 100000');
			}
			if (!statuses.includes(status)) throw new HttpError(422, `status must be one of: ${statuses.join(', ')}`);
			/** @type {Record<string, any>[]} */
			const created = [];
			for (let i = 0; i < count; i++) {
				const id = nextId;
				const session = createSession(
					{
						items: [{ product: `seed_${id}`, amount: 10 }],
						success_url: `https://example.com/success?session=${id}`,
						cancel_url: 'https://example.com/cancel',
					},
					status,
				);
				created.push(structuredClone(session));
			}
			return created;
		},
		all() {
			return [...sessions.values()].map((s) => structuredClone(s));
		},
		get(id) {
			const session = find(id);
			return session && structuredClone(session);
		},
		reset() {
			sessions.clear();
			nextId = 1;
			limiter.reset();
		},
	};

	return {
		apiPrefix: '/api',
		handlers,
		controller,
		error,

		invalid(issues) {
			/** @type {Record<string, string[]>} */
			const errors = {};
			for (const issue of issues) {
				// Rails reports object-level problems under "base".
				const field = formatPath(issue.path) || 'base';
				(errors[field] ??= []).push(issue.message);
			}
			return { status: 422, body: { errors } };
		},

		guard(call) {
			if (basicUser(/** @type {string | undefined} */ (call.headers.authorization)) !== apiKey) return error(401);
			const version = apiVersion(call.headers.accept);
			// An empty or malformed version usually means a header template went wrong in the client.
			if (version !== null && !/^\d{8}$/.test(version)) {
				return error(406, 'api_version in the Accept header must be YYYYMMDD');
			}
			const rate = limiter.take();
			call.state.rate = rate;
			return rate.allowed ? null : error(429);
		},

		decorate(result, call, fault) {
			const rate = call.state.rate ?? limiter.peek();
			const limited = result.status === 429;
			result.headers = {
				...result.headers,
				'X-RateLimit-Remaining': String(limited ? 0 : rate.remaining),
				'X-RateLimit-Reset': String(limited && fault?.retryAfter !== undefined ? Math.ceil(fault.retryAfter) : rate.reset),
			};
		},

		annotate(headers) {
			return { apiVersion: apiVersion(headers.accept) };
		},

		// The Ruby SDK requests `checkout/sessions.json`; Rails treats the suffix as a format.
		normalizePath: (path) => (path.endsWith('.json') ? path.slice(0, -5) : path),

		controlRoutes: [
			{ method: 'GET', path: '/sessions', handle: () => ({ status: 200, body: controller.all() }) },
			{
				method: 'GET',
				path: '/sessions/{id}',
				handle: (params) => {
					const session = controller.get(Number(params.id));
					if (!session) throw new HttpError(404, `No ${ctx.id} session with id ${params.id}`);
					return { status: 200, body: session };
				},
			},
			{
				method: 'POST',
				path: '/sessions/{id}/status',
				handle: (params, body) => ({ status: 200, body: controller.setStatus(Number(params.id), body.status) }),
			},
			{
				method: 'POST',
				path: '/seed',
				handle: (_params, body) => ({
					status: 201,
					body: controller.seed(body.count ?? 1, { status: body.status }),
				}),
			},
		],
	};
}

/**
 * Collects the `default` of each top-level property of an object schema.
 * @param {any} schema
 * @returns {Record<string, any>}
 */
function schemaDefaults(schema) {
	/** @type {Record<string, any>} */
	const out = {};
	for (const [name, prop] of Object.entries(schema?.properties ?? {})) {
		if (prop && typeof prop === 'object' && 'default' in prop) out[name] = /** @type {any} */ (prop).default;
	}
	return out;
}
