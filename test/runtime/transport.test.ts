import { properties } from '../../nodes/DigitalRiverSessions/generated/properties';
import { provider as quaderno } from '../../nodes/QuadernoSessions/generated/provider';
import { provider as stripe } from '../../nodes/StripeSessions/generated/provider';
import type { PlatformHooks, ProviderSpec, RetryHint } from '../../nodes/shared/types';
import { provider } from '../../nodes/DigitalRiverSessions/generated/provider';
import { RUN_OPTION_DEFAULTS } from '../../nodes/shared/run-options';
import type { ApiRequest } from '../../nodes/shared/transport';
import { backoffMs, connect, DEFAULT_LIMITS, DEFAULT_RETRY, requestedWaitMs, send } from '../../nodes/shared/transport';

describe('how long to wait before a retry', () => {
	const now = Date.parse('2026-11-23T12:00:00Z');
	// A rate-limit answer (429) of the platform whose hooks read its headers, if any.
	const asked = (headers: Record<string, string>, hooks?: PlatformHooks) => requestedWaitMs(headers, now, hooks?.retryHint?.({ status: 429, headers }, now));
	test.each<[string, Record<string, string>, PlatformHooks | undefined, number | undefined]>([
		['Retry-After in seconds', { 'retry-after': '3' }, undefined, 3000],
		['Retry-After as an HTTP date', { 'retry-after': 'Mon, 23 Nov 2026 12:00:05 GMT' }, undefined, 5000],
		['a Retry-After date in the past', { 'retry-after': 'Mon, 23 Nov 2026 11:00:00 GMT' }, undefined, 0],
		["Quaderno's X-RateLimit-Reset in seconds", { 'x-ratelimit-reset': '7' }, quaderno.hooks, 7000],
		['an X-RateLimit-Reset given as epoch seconds', { 'x-ratelimit-reset': String(now / 1000 + 2) }, quaderno.hooks, 2000],
		['Retry-After before the platform’s own reset header', { 'retry-after': '3', 'x-ratelimit-reset': '7' }, quaderno.hooks, 3000],
		['a reset header of a platform whose hooks do not read it', { 'x-ratelimit-reset': '7' }, provider.hooks, undefined],
		['no hint at all', {}, undefined, undefined],
	])('%s', (_name, headers, hooks, want) => expect(asked(headers, hooks)).toBe(want));

	test("Quaderno's reset header, sent on every answer, asks for no wait on an answer that is not a 429", () => {
		expect(quaderno.hooks?.retryHint?.({ status: 503, headers: { 'x-ratelimit-reset': '7' } }, now)).toBeUndefined();
	});
});

describe("what a platform's retry hint says", () => {
	test.each<[string, PlatformHooks | undefined, Record<string, string>, RetryHint | undefined]>([
		['Stripe-Should-Retry: true', stripe.hooks, { 'stripe-should-retry': 'true' }, { retry: true }],
		['Stripe-Should-Retry: false', stripe.hooks, { 'stripe-should-retry': 'false' }, { retry: false }],
		['no Stripe-Should-Retry', stripe.hooks, {}, undefined],
		['Stripe-Should-Retry sent to a platform whose hooks do not read it', quaderno.hooks, { 'stripe-should-retry': 'false' }, undefined],
	])('%s', (_name, hooks, headers, want) => expect(hooks?.retryHint?.({ status: 503, headers }, 0)).toEqual(want));
});

describe('retry hints decide what send does', () => {
	interface Case {
		name: string;
		platform: ProviderSpec;
		data: Record<string, string>;
		request: ApiRequest;
		answers: Array<{ statusCode: number; headers: Record<string, string>; body: string }>;
		want: { calls: number; error?: RegExp };
	}
	const stripeData = { secretKey: 'sk_test_hints', baseUrl: 'http://127.0.0.1:9/stripe' };
	const quadernoData = { accountName: 'demo', environment: 'sandbox', apiKey: 'qk_hints', baseUrl: 'http://127.0.0.1:9/quaderno/api' };
	const stripePost: ApiRequest = { method: 'POST', path: '/v1/checkout/sessions', body: {}, encoding: 'form', idempotent: false, idempotencyKey: 'key-1' };
	const ok = { statusCode: 200, headers: {}, body: '{"id":"cs_1"}' };
	const cases: Case[] = [
		{
			name: 'Stripe-Should-Retry: false stops the retry of a 503 that could otherwise be repeated',
			platform: stripe,
			data: stripeData,
			request: stripePost,
			answers: [{ statusCode: 503, headers: { 'stripe-should-retry': 'false' }, body: '{"error":{"message":"Try later"}}' }, ok],
			want: { calls: 1, error: /^Stripe: Try later$/ },
		},
		{
			name: 'Stripe-Should-Retry: true retries a 409, which the status alone does not',
			platform: stripe,
			data: stripeData,
			request: stripePost,
			answers: [{ statusCode: 409, headers: { 'stripe-should-retry': 'true' }, body: '{"error":{"message":"Conflict"}}' }, ok],
			want: { calls: 2 },
		},
		{
			name: 'Stripe-Should-Retry: true never repeats a POST without an idempotency key',
			platform: stripe,
			data: stripeData,
			request: { ...stripePost, idempotencyKey: undefined },
			answers: [{ statusCode: 409, headers: { 'stripe-should-retry': 'true' }, body: '{"error":{"message":"Conflict"}}' }, ok],
			want: { calls: 1, error: /^Stripe: Conflict$/ },
		},
		{
			name: "Quaderno's X-RateLimit-Reset on a 429 is the wait asked for, here longer than Max Retry Wait allows",
			platform: quaderno,
			data: quadernoData,
			request: { method: 'GET', path: '/checkout/sessions', idempotent: true },
			answers: [{ statusCode: 429, headers: { 'x-ratelimit-reset': '100' }, body: '{"error":"Too many requests"}' }, { ...ok, body: '[]' }],
			want: { calls: 1, error: /^Quaderno: Too many requests$/ },
		},
	];
	test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
		let calls = 0;
		const fn = {
			getNode: () => ({ name: 'N', type: 'n', typeVersion: 1, position: [0, 0], parameters: {}, credentials: {} }),
			getNodeParameter: () => '',
			getCredentials: async () => c.data,
			helpers: { httpRequestWithAuthentication: async () => c.answers[calls++] },
		};
		const conn = await connect(fn as never, c.platform, { requestsPerSecond: 0, retry: { maxAttempts: 2, maxWaitMs: 1000, baseDelayMs: 1 } });
		const outcome = await send(conn, c.request).then(
			() => undefined,
			(error: Error) => error,
		);
		expect(calls).toBe(c.want.calls);
		if (c.want.error) expect(outcome?.message).toMatch(c.want.error);
		else expect(outcome).toBeUndefined();
	});

	test('the wait Quaderno asked for is named when it is longer than Max Retry Wait', async () => {
		const fn = {
			getNode: () => ({ name: 'N', type: 'n', typeVersion: 1, position: [0, 0], parameters: {}, credentials: {} }),
			getNodeParameter: () => '',
			getCredentials: async () => ({ accountName: 'demo', environment: 'sandbox', apiKey: 'qk_hints', baseUrl: 'http://127.0.0.1:9/quaderno/api' }),
			helpers: { httpRequestWithAuthentication: async () => ({ statusCode: 429, headers: { 'X-RateLimit-Reset': '100' }, body: '{"error":"Too many requests"}' }) },
		};
		const conn = await connect(fn as never, quaderno, { requestsPerSecond: 0, retry: { maxAttempts: 2, maxWaitMs: 1000, baseDelayMs: 1 } });
		const failure = (await send(conn, { method: 'GET', path: '/checkout/sessions', idempotent: true }).catch((error: Error) => error)) as Error & { description?: string };
		expect(failure.description).toMatch(/^The API asked to wait 100 s before trying again, more than Max Retry Wait allows/);
	});
});

describe('exponential backoff with full jitter', () => {
	test('the upper bound doubles with each attempt', () => {
		const max = () => 1 - Number.EPSILON;
		expect([1, 2, 3].map((a) => backoffMs(a, DEFAULT_RETRY, max))).toEqual([500, 1000, 2000]);
	});

	test('jitter can bring the wait down to zero', () => {
		expect(backoffMs(3, DEFAULT_RETRY, () => 0)).toBe(0);
	});
});

describe('credential reads', () => {
	test('every request of a run hands n8n the credential read once, so n8n does not read and decrypt it again per request', async () => {
		const data = { secretKey: 'sk_test_read_once', baseUrl: 'http://127.0.0.1:9/digitalriver' };
		let reads = 0;
		const calls: unknown[][] = [];
		const fn = {
			getNode: () => ({ name: 'DR', type: 'dr', typeVersion: 1, position: [0, 0], parameters: {}, credentials: { digitalRiverSessionsApi: { id: 'cred-1', name: 'My key' } } }),
			getNodeParameter: () => '',
			getCredentials: async () => {
				reads++;
				return data;
			},
			helpers: {
				httpRequestWithAuthentication: async (...args: unknown[]) => {
					calls.push(args);
					return { statusCode: 200, headers: {}, body: '{"data":[]}' };
				},
			},
		};
		const conn = await connect(fn as never, provider, { requestsPerSecond: 0 });
		await send(conn, { method: 'GET', path: '/checkouts', idempotent: true });
		await send(conn, { method: 'GET', path: '/checkouts', idempotent: true });
		expect(reads).toBe(1);
		const given = { credentialsDecrypted: { id: 'cred-1', name: 'My key', type: 'digitalRiverSessionsApi', data } };
		expect(calls.map((args) => args[2])).toEqual([given, given]);
	});
});

describe('redirects', () => {
	test('a redirect is not followed but reported with its address, once, and the request asks n8n not to follow it', async () => {
		const calls: Array<Record<string, unknown>> = [];
		const fn = {
			getNode: () => ({ name: 'DR', type: 'dr', typeVersion: 1, position: [0, 0], parameters: {}, credentials: {} }),
			getNodeParameter: () => '',
			getCredentials: async () => ({ secretKey: 'sk_test_redirect', baseUrl: 'http://127.0.0.1:9/digitalriver' }),
			helpers: {
				httpRequestWithAuthentication: async (_type: string, options: Record<string, unknown>) => {
					calls.push(options);
					return { statusCode: 301, headers: { Location: 'https://elsewhere.example/checkouts' }, body: '' };
				},
			},
		};
		const conn = await connect(fn as never, provider, { requestsPerSecond: 0 });
		const failure = await send(conn, { method: 'GET', path: '/checkouts', idempotent: true, itemIndex: 3 }).catch((error: Error) => error);
		expect(failure).toMatchObject({
			message: 'Digital River answered GET /checkouts with a redirect (HTTP 301) to https://elsewhere.example/checkouts',
			httpCode: '301',
			context: { itemIndex: 3 },
		});
		expect(calls).toHaveLength(1);
		expect(calls[0].disableFollowRedirect).toBe(true);
	});

	test('a redirect address is shown redacted, without control characters and cut to a sane length', async () => {
		const location = `https://elsewhere.example/?k=sk_test_redirect&x=\u0007${'a'.repeat(2000)}`;
		const fn = {
			getNode: () => ({ name: 'DR', type: 'dr', typeVersion: 1, position: [0, 0], parameters: {}, credentials: {} }),
			getNodeParameter: () => '',
			getCredentials: async () => ({ secretKey: 'sk_test_redirect', baseUrl: 'http://127.0.0.1:9/digitalriver' }),
			helpers: { httpRequestWithAuthentication: async () => ({ statusCode: 302, headers: { location }, body: '' }) },
		};
		const conn = await connect(fn as never, provider, { requestsPerSecond: 0 });
		const failure = (await send(conn, { method: 'GET', path: '/checkouts', idempotent: true }).catch((error: Error) => error)) as Error;
		expect(failure.message).toMatch(/^Digital River answered GET \/checkouts with a redirect \(HTTP 302\) to https:\/\/elsewhere\.example\/\?k=\[redacted\]&x= a+…$/);
		expect(failure.message.length).toBeLessThan(400);
	});
});

describe('network failures n8n knows by code', () => {
	// n8n's NodeApiError swaps a message naming one of these codes for a generic sentence.
	test.each([
		['ECONNABORTED', 'timeout of 90000ms exceeded', 'no answer in time'],
		['ETIMEDOUT', 'connect ETIMEDOUT 10.0.0.1:443', 'no answer in time'],
		['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9', 'connection refused'],
		['ECONNRESET', 'socket hang up', 'connection closed before the answer was complete'],
	])('%s keeps the platform, method and path in the message, and is retried on a read', async (code, text, words) => {
		let calls = 0;
		const fn = {
			getNode: () => ({ name: 'DR', type: 'dr', typeVersion: 1, position: [0, 0], parameters: {}, credentials: {} }),
			getNodeParameter: () => '',
			getCredentials: async () => ({ secretKey: 'sk_test_codes', baseUrl: 'http://127.0.0.1:9/digitalriver' }),
			helpers: {
				httpRequestWithAuthentication: async () => {
					calls++;
					throw Object.assign(new Error(text), { code });
				},
			},
		};
		const conn = await connect(fn as never, provider, { requestsPerSecond: 0, retry: { maxAttempts: 2, maxWaitMs: 1000, baseDelayMs: 1 } });
		const failure = (await send(conn, { method: 'GET', path: '/checkouts/ck_1', idempotent: true, itemIndex: 0 }).catch((error: Error) => error)) as Error & {
			description?: string;
		};
		expect(failure.message).toBe(`Digital River: could not complete GET /checkouts/ck_1 (${words})`);
		expect(failure.description).toMatch(new RegExp(`^GET /checkouts/ck_1 to Digital River failed with ${code}: `));
		expect(calls).toBe(2);
	});
});

describe('run option defaults', () => {
	test('every list operation offers the timeouts, the size limit and the page cap with the defaults the runtime applies when they are not set', () => {
		const lists = properties.filter((p) => p.name === 'options' && (p.displayOptions?.show?.operation ?? []).some((o) => String(o).startsWith('get') && String(o) !== 'get'));
		expect(lists.length).toBeGreaterThan(0);
		for (const options of lists) {
			const defaults = Object.fromEntries((options.options as Array<{ name: string; default: unknown }>).map((o) => [o.name, o.default]));
			expect(defaults).toMatchObject({
				requestTimeout: DEFAULT_LIMITS.requestTimeoutMs / 1000,
				operationTimeout: RUN_OPTION_DEFAULTS.operationTimeout,
				maxResponseSize: DEFAULT_LIMITS.maxResponseBytes / (1024 * 1024),
				maxPages: RUN_OPTION_DEFAULTS.maxPages,
			});
		}
	});
});

describe('the rate limit shared by several n8n processes', () => {
	/** A connection to Digital River (25 per second) with the given credential; answers are taken from `answers` in turn. */
	function digitalRiver(credential: Record<string, unknown>, answers: Array<{ statusCode: number; headers: Record<string, string>; body: string }> = []) {
		const calls: unknown[] = [];
		const fn = {
			getNode: () => ({ name: 'DR', type: 'dr', typeVersion: 1, position: [0, 0], parameters: {}, credentials: {} }),
			getNodeParameter: () => '',
			getCredentials: async () => ({ baseUrl: 'http://127.0.0.1:9/digitalriver', ...credential }),
			helpers: {
				httpRequestWithAuthentication: async (...args: unknown[]) => {
					calls.push(args);
					return answers.shift() ?? { statusCode: 200, headers: {}, body: '{"data":[]}' };
				},
			},
		};
		return { fn, calls };
	}

	test.each([
		['not set', undefined, 25],
		['1', 1, 25],
		['2 (two workers)', 2, 12.5],
		['3 (two workers and the main process)', 3, 25 / 3],
		['"2" as text', '2', 12.5],
	])('Processes Sharing This Limit %s: this process keeps to the published limit divided by it', async (_name, processes, perSecond) => {
		const { fn } = digitalRiver({ secretKey: `share-key-${String(processes)}`, processesSharingLimit: processes });
		const conn = await connect(fn as never, provider);
		expect(conn.limiter?.rate).toBeCloseTo((0.9 * perSecond) / 1000);
	});

	test.each([['0', 0], ['a fraction', 1.5], ['negative', -2], ['text', 'two'], ['a list', [2]]])(
		'Processes Sharing This Limit as %s is refused naming the field, before anything is sent',
		async (_name, processes) => {
			const { fn, calls } = digitalRiver({ secretKey: 'share-key-bad', processesSharingLimit: processes });
			const failure = await connect(fn as never, provider).catch((error: Error) => error);
			expect((failure as Error).message).toBe(
				`Credential field "processesSharingLimit" (Processes Sharing This Limit) must be a whole number from 1 to 1000, got ${JSON.stringify(processes)}`,
			);
			expect(calls).toHaveLength(0);
		},
	);

	test('a 429 slows down every request of the account in this process, not only the one it answered', async () => {
		const { fn } = digitalRiver({ secretKey: 'share-key-429' }, [{ statusCode: 429, headers: { 'retry-after': '0' }, body: '{"type":"too_many_requests","errors":[]}' }]);
		const conn = await connect(fn as never, provider, { retry: { maxAttempts: 2, maxWaitMs: 1000, baseDelayMs: 1 } });
		expect(conn.limiter?.currentRate).toBeCloseTo(conn.limiter!.rate);
		await send(conn, { method: 'GET', path: '/checkouts', idempotent: true });
		expect(conn.limiter!.currentRate).toBeLessThan(0.6 * conn.limiter!.rate);
	});
});
