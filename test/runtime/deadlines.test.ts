import type { LocalResponse, LocalServer, RecordedRequest } from '../harness/local-server.cjs';
import { startLocalServer } from '../harness/local-server.cjs';
import { platform, platforms, routeOf, runAgainst } from './platforms';

/*
 * Nothing hangs: a request has a total deadline across its attempts and waits, an item's
 * operation has one across its requests, and a body is read only up to a size limit. Servers
 * here never answer, or answer a byte at a time; each test ends because the node gives up, and
 * asserts what it reported (jest's own timeout is the only clock).
 */

let server: LocalServer;
let reply: (request: RecordedRequest, n: number) => LocalResponse | Promise<LocalResponse>;
beforeAll(async () => {
	server = await startLocalServer(async (r) => await reply(r, server.requests.length));
});
afterAll(async () => await server.close());
beforeEach(() => {
	server.requests.length = 0;
});

const never = async (): Promise<LocalResponse> => await new Promise<LocalResponse>(() => undefined);
const apiPath = (route: string) => route.replace(/^(\w+) \/[a-z0-9]+(\/api)?/, '$1 ');

describe('a server that accepts and never answers', () => {
	test.each(platforms.map((p) => [p.displayName, p.name] as const))('%s Get ends at Request Timeout, naming platform, method and path', async (_label, name) => {
		const p = platform(name);
		reply = never;
		const result = await runAgainst(p, server.url, p.get.parameters, { requestTimeout: 1 });
		expect(result.error?.message).toBe(`${p.displayName}: ${apiPath(p.get.route)} did not finish within Request Timeout (1 s)`);
		expect(String(result.error?.description)).toContain('it is safe to run again');
		expect(server.requests.map(routeOf)).toEqual([p.get.route]);
	});

	test('a create that gets no answer is reported as possibly carried out', async () => {
		const p = platform('digitalriver');
		reply = never;
		const result = await runAgainst(p, server.url, p.create.parameters, { requestTimeout: 1 });
		expect(result.error?.message).toBe('Digital River: POST /checkouts did not finish within Request Timeout (1 s)');
		expect(String(result.error?.description)).toContain('may have been carried out');
		expect(server.requests).toHaveLength(1);
	});

	test('Operation Timeout bounds every page of a Get Many together', async () => {
		const p = platform('stripe');
		reply = (_r, n) => (n === 1 ? p.list.page([{ id: 'cs_1' }], true, '') : never());
		const result = await runAgainst(p, server.url, { ...p.list.parameters, returnAll: true }, { operationTimeout: 1, requestTimeout: 600 });
		expect(result.error?.message).toBe('Stripe: GET /v1/checkout/sessions did not finish within Operation Timeout (1 s)');
		expect(server.requests).toHaveLength(2);
	});
});

describe('a server that answers a byte at a time', () => {
	test('the request ends at Request Timeout although bytes keep coming', async () => {
		const p = platform('quaderno');
		reply = () => ({ body: { id: 7, padding: 'x'.repeat(10_000) }, trickleMs: 50 });
		const result = await runAgainst(p, server.url, p.get.parameters, { requestTimeout: 1 });
		expect(result.error?.message).toBe('Quaderno: GET /checkout/sessions/7 did not finish within Request Timeout (1 s)');
		expect(server.requests).toHaveLength(1);
	});
});

describe('waits between attempts stay within the deadline', () => {
	test('a 429 asking for a wait beyond Request Timeout is not waited for', async () => {
		const p = platform('digitalriver');
		reply = () => ({ status: 429, headers: { 'retry-after': '5' }, body: { type: 'rate_limit', errors: [{ code: 'too_many_requests', message: 'Slow down' }] } });
		const result = await runAgainst(p, server.url, p.get.parameters, { requestTimeout: 2 });
		expect(result.error?.message).toBe('Digital River: Slow down');
		expect(String(result.error?.description)).toContain('Not retried: waiting 5 s would pass the Request Timeout (2 s) of this request.');
		expect(server.requests).toHaveLength(1);
	});
});

describe('clearer network errors', () => {
	test('a 429 whose Retry-After exceeds Max Retry Wait says how long the API asked to wait', async () => {
		const p = platform('stripe');
		reply = () => ({ status: 429, headers: { 'retry-after': '120' }, body: { error: { type: 'rate_limit_error', message: 'Too many requests' } } });
		const result = await runAgainst(p, server.url, p.get.parameters, { maxRetryWait: 30 });
		expect(result.error?.message).toBe('Stripe: Too many requests');
		expect(String(result.error?.description)).toContain('The API asked to wait 2 min before trying again, more than Max Retry Wait allows (30 s in all, 0 s used).');
		expect(server.requests).toHaveLength(1);
	});

	test.each(platforms.map((p) => [p.displayName, p.name] as const))('%s: a refused connection keeps platform, method and path in the message and the description', async (_label, name) => {
		const p = platform(name);
		const closed = await startLocalServer();
		const url = closed.url;
		await closed.close();
		const result = await runAgainst(p, url, p.get.parameters, { maxAttempts: 1 });
		const request = apiPath(p.get.route);
		expect(result.error?.message).toBe(`${p.displayName}: could not complete ${request} (connection refused)`);
		expect(String(result.error?.description)).toMatch(new RegExp(`^${request} to ${p.displayName} failed with ECONNREFUSED`));
	});
});

describe('answers beyond Max Response Size', () => {
	test('a body larger than the limit is an error, not an item, and is not read to its end', async () => {
		const p = platform('gr4vy');
		reply = () => ({ body: { id: 'x', padding: 'x'.repeat(3 * 1024 * 1024) } });
		const result = await runAgainst(p, server.url, p.get.parameters, { maxResponseSize: 1 });
		expect(result.items).toEqual([]);
		expect(result.error?.message).toBe(`Gr4vy: the answer to ${apiPath(p.get.route)} is larger than Max Response Size (1 MB)`);
		expect(server.requests).toHaveLength(1);
	});

	test('a list page larger than the limit ends Get Many with the same error', async () => {
		const p = platform('primer');
		reply = () => p.list.page([{ id: 'a', padding: 'x'.repeat(2 * 1024 * 1024) }], false, '');
		const result = await runAgainst(p, server.url, { ...p.list.parameters, returnAll: true }, { maxResponseSize: 1 });
		expect(result.error?.message).toBe('Primer: the answer to GET /payments is larger than Max Response Size (1 MB)');
	});

	test('a body within the limit is read as usual', async () => {
		const p = platform('gr4vy');
		reply = () => ({ body: { id: 'x', padding: 'x'.repeat(512 * 1024) } });
		const result = await runAgainst(p, server.url, p.get.parameters, { maxResponseSize: 1 });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(['x']);
	});
});
