// @ts-check
// Exercises every sandbox route over real HTTP and prints "N passed, N failed".
// Usage: node sandbox/selfcheck.mjs
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { startSandbox } from './server.mjs';

const KEY = 'sk_test_sandbox';
const AUTH = `Basic ${Buffer.from(`${KEY}:x`).toString('base64')}`;
const VALID = {
	items: [{ product: 'prod_61ffa845b4a0b8', amount: 999, currency: 'EUR' }],
	success_url: 'https://example.com/ok',
	cancel_url: 'https://example.com/cancel',
};

/** @type {{ name: string, fn: () => Promise<void> }[]} */
const checks = [];
/**
 * Registers a named check; checks run in order and share the sandbox state.
 * @param {string} name
 * @param {() => Promise<void>} fn
 */
function check(name, fn) {
	checks.push({ name, fn });
}

const sandbox = await startSandbox({ port: 0, options: { seed: 42 } });
const api = `${sandbox.url}/quaderno/api`;

/**
 * Calls the sandbox and returns status, headers and the decoded JSON body (undefined when empty).
 * @param {string} method
 * @param {string} url  absolute, or relative to the Quaderno API base
 * @param {{ body?: unknown, auth?: string | null, headers?: Record<string, string> }} [opts]
 */
async function call(method, url, { body, auth = AUTH, headers = {} } = {}) {
	/** @type {Record<string, string>} */
	const h = { Accept: 'application/json; api_version=20220325', ...headers };
	if (auth) h.Authorization = auth;
	if (body !== undefined) h['Content-Type'] = 'application/json';
	const res = await fetch(url.startsWith('http') ? url : `${api}${url}`, {
		method,
		headers: h,
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	return { status: res.status, headers: res.headers, text, body: text ? JSON.parse(text) : undefined };
}

/**
 * Calls a control endpoint.
 * @param {string} method
 * @param {string} path  below /__control
 * @param {unknown} [body]
 */
function control(method, path, body) {
	return call(method, `${sandbox.url}/__control${path}`, { body, auth: null });
}

/** @param {{ body?: any }} r */
const ids = (r) => /** @type {{ id: number }[]} */ (r.body).map((s) => s.id);

check('missing and wrong credentials answer 401 with the vendor message and rate headers', async () => {
	for (const auth of [null, `Basic ${Buffer.from('sk_wrong:x').toString('base64')}`, `Bearer ${KEY}`]) {
		const r = await call('GET', '/checkout/sessions', { auth });
		assert.equal(r.status, 401);
		assert.deepEqual(r.body, { error: 'Unauthorized access or document does not exist.' });
		assert.ok(r.headers.get('x-ratelimit-remaining'));
		assert.ok(r.headers.get('x-ratelimit-reset'));
	}
});

check('unknown routes answer 404 {"error":"Not found"}', async () => {
	for (const url of [`${api}/invoices`, `${sandbox.url}/nope/api/x`, `${api}/checkout/sessions/1/extra`]) {
		const r = await call('GET', url);
		assert.equal(r.status, 404, url);
		assert.deepEqual(r.body, { error: 'Not found' });
	}
	assert.equal((await call('PATCH', '/checkout/sessions/1', { body: {} })).status, 404);
});

check('create returns a pending session with id 1, defaults and a permalink', async () => {
	const r = await call('POST', '/checkout/sessions', { body: VALID });
	assert.equal(r.status, 201);
	const s = r.body;
	assert.equal(s.id, 1);
	assert.equal(s.status, 'pending');
	assert.equal(s.billing_details_collection, 'required');
	assert.equal(s.locale, 'auto');
	assert.equal(s.coupon_collection, false);
	assert.deepEqual(s.payment_methods, ['card', 'paypal']);
	assert.deepEqual([s.custom, s.metadata, s.customer], [{}, {}, {}]);
	assert.equal(s.items[0].quantity, 1);
	assert.match(s.permalink, new RegExp(`^${sandbox.url}/quaderno/checkout/session/[0-9a-f]{40}$`));
	assert.equal(r.headers.get('x-ratelimit-remaining'), '100');
	const second = await call('POST', '/checkout/sessions.json', { body: { ...VALID, locale: 'es' } });
	assert.equal(second.body.id, 2);
	assert.equal(second.body.locale, 'es');
});

check('invalid create bodies answer 422 naming each field', async () => {
	let r = await call('POST', '/checkout/sessions', { body: { items: VALID.items, cancel_url: VALID.cancel_url } });
	assert.equal(r.status, 422);
	assert.deepEqual(r.body, { errors: { success_url: ['is required'] } });
	r = await call('POST', '/checkout/sessions', {
		body: { ...VALID, items: [{ quantity: 0 }], locale: 'xx', colour: 'red', customer: { email: 'nope' } },
	});
	assert.equal(r.status, 422);
	const fields = Object.keys(r.body.errors).sort();
	assert.deepEqual(fields, ['colour', 'customer.email', 'items[0].product', 'items[0].quantity', 'locale']);
	assert.match(r.body.errors.locale[0], /one of: auto/);
	r = await call('POST', '/checkout/sessions', { body: undefined });
	assert.deepEqual(Object.keys(r.body.errors).sort(), ['cancel_url', 'items', 'success_url']);
	const bad = await fetch(`${api}/checkout/sessions`, {
		method: 'POST',
		headers: { Authorization: AUTH, 'Content-Type': 'application/json' },
		body: '{"items":',
	});
	assert.equal(bad.status, 400);
});

check('get returns the session; unknown or malformed ids answer 404', async () => {
	const r = await call('GET', '/checkout/sessions/1');
	assert.equal(r.status, 200);
	assert.equal(r.body.id, 1);
	assert.equal((await call('GET', '/checkout/sessions/999')).status, 404);
	assert.equal((await call('GET', '/checkout/sessions/abc')).status, 404);
	assert.equal((await call('GET', '/checkout/sessions/0')).status, 404);
});

check('update merges the given fields only', async () => {
	const r = await call('PUT', '/checkout/sessions/1', { body: { locale: 'de', metadata: { order: 'A-1' } } });
	assert.equal(r.status, 200);
	assert.equal(r.body.locale, 'de');
	assert.deepEqual(r.body.metadata, { order: 'A-1' });
	assert.equal(r.body.success_url, VALID.success_url);
	assert.equal(r.body.items[0].product, VALID.items[0].product);
	const empty = await call('PUT', '/checkout/sessions/1', { body: {} });
	assert.equal(empty.status, 422);
	assert.ok(empty.body.errors.base);
	assert.equal((await call('PUT', '/checkout/sessions/999', { body: { locale: 'de' } })).status, 404);
});

check('update and delete of a non-pending session answer 422', async () => {
	const c = await control('POST', '/quaderno/sessions/1/status', { status: 'completed' });
	assert.equal(c.status, 200);
	assert.equal(c.body.status, 'completed');
	const u = await call('PUT', '/checkout/sessions/1', { body: { locale: 'fr' } });
	assert.equal(u.status, 422);
	assert.deepEqual(u.body, { error: 'Only pending sessions can be updated.' });
	const d = await call('DELETE', '/checkout/sessions/1');
	assert.equal(d.status, 422);
	assert.deepEqual(d.body, { error: 'Only pending sessions can be deleted.' });
	assert.equal((await control('POST', '/quaderno/sessions/1/status', { status: 'paid' })).status, 422);
	assert.equal((await control('POST', '/quaderno/sessions/999/status', { status: 'failed' })).status, 404);
});

check('delete of a pending session answers 204 with an empty body, then 404', async () => {
	const d = await call('DELETE', '/checkout/sessions/2');
	assert.equal(d.status, 204);
	assert.equal(d.text, '');
	assert.equal((await call('GET', '/checkout/sessions/2')).status, 404);
	assert.equal((await call('DELETE', '/checkout/sessions/2')).status, 404);
});

check('control reset clears state and log; seed is not logged', async () => {
	assert.equal((await control('POST', '/reset')).status, 204);
	assert.equal(sandbox.requests.length, 0);
	const s = await control('POST', '/quaderno/seed', { count: 60, status: 'pending' });
	assert.equal(s.status, 201);
	assert.deepEqual([s.body.length, s.body[0].id, s.body[59].id], [60, 1, 60]);
	assert.equal(sandbox.requests.length, 0);
	assert.equal((await control('GET', '/quaderno/sessions')).body.length, 60);
	assert.equal((await control('GET', '/quaderno/sessions/7')).body.id, 7);
});

check('list pages newest first across 3 pages with created_before and X-Pages headers', async () => {
	const p1 = await call('GET', '/checkout/sessions');
	assert.equal(p1.status, 200);
	assert.deepEqual(ids(p1), Array.from({ length: 25 }, (_, i) => 60 - i));
	assert.equal(p1.headers.get('x-pages-hasmore'), 'true');
	const next1 = /** @type {string} */ (p1.headers.get('x-pages-nextpage'));
	assert.equal(next1, `${api}/checkout/sessions?created_before=36`);
	const p2 = await call('GET', next1);
	assert.deepEqual([ids(p2)[0], ids(p2).at(-1), ids(p2).length], [35, 11, 25]);
	const next2 = /** @type {string} */ (p2.headers.get('x-pages-nextpage'));
	assert.match(next2, /created_before=11$/);
	const p3 = await call('GET', next2);
	assert.deepEqual(ids(p3), Array.from({ length: 10 }, (_, i) => 10 - i));
	assert.equal(p3.headers.get('x-pages-hasmore'), 'false');
	assert.equal(p3.headers.get('x-pages-nextpage'), null);
	const small = await call('GET', '/checkout/sessions?limit=100');
	assert.equal(ids(small).length, 60);
	assert.equal(small.headers.get('x-pages-hasmore'), 'false');
});

check('list filters by exact status and keeps the filter in the next-page URL', async () => {
	for (const id of [3, 5, 8, 13, 21]) await control('POST', `/quaderno/sessions/${id}/status`, { status: 'completed' });
	sandbox.provider('quaderno').setStatus(34, 'failed');
	const r = await call('GET', '/checkout/sessions?status=completed&limit=2');
	assert.deepEqual(ids(r), [21, 13]);
	const next = /** @type {string} */ (r.headers.get('x-pages-nextpage'));
	assert.equal(next, `${api}/checkout/sessions?status=completed&limit=2&created_before=13`);
	const rest = await call('GET', next);
	assert.deepEqual(ids(rest), [8, 5]);
	assert.deepEqual(ids(await call('GET', '/checkout/sessions?status=failed')), [34]);
	const wrongCase = await call('GET', '/checkout/sessions?status=Completed');
	assert.equal(wrongCase.status, 422);
	assert.ok(wrongCase.body.errors.status);
});

check('invalid limit and cursor answer 422', async () => {
	for (const q of ['limit=0', 'limit=101', 'limit=abc', 'page=2', 'created_before=x']) {
		const r = await call('GET', `/checkout/sessions?${q}`);
		assert.equal(r.status, 422, q);
		assert.deepEqual(Object.keys(r.body.errors), [q.split('=')[0]]);
	}
});

check('request log records provider, operation, redacted auth, api_version and status', async () => {
	const r = await control('GET', '/requests?provider=quaderno');
	assert.equal(r.status, 200);
	const last = r.body.at(-1);
	assert.equal(last.provider, 'quaderno');
	assert.equal(last.method, 'GET');
	assert.equal(last.path, '/quaderno/api/checkout/sessions');
	assert.deepEqual(last.query, { created_before: 'x' });
	assert.equal(last.status, 422);
	assert.equal(last.headers.authorization, 'Basic');
	assert.equal(last.apiVersion, '20220325');
	assert.match(last.at, /^\d{4}-\d{2}-\d{2}T/);
	assert.ok(!JSON.stringify(r.body).includes(Buffer.from(`${KEY}:x`).toString('base64')));
	const bad = await call('GET', '/checkout/sessions', { headers: { Accept: 'application/json; api_version=' } });
	assert.equal(bad.status, 406);
	assert.equal((await control('GET', '/requests?provider=none')).body.length, 0);
});

check('in-process controller seeds, reads and changes sessions', async () => {
	sandbox.reset();
	const q = sandbox.provider('quaderno');
	const seeded = q.seed(3, { status: 'abandoned' });
	assert.deepEqual(seeded.map((/** @type {any} */ s) => s.id), [1, 2, 3]);
	assert.equal(q.get(2).status, 'abandoned');
	assert.equal(q.setStatus(2, 'completed').status, 'completed');
	assert.deepEqual(q.all().map((/** @type {any} */ s) => s.status), ['abandoned', 'completed', 'abandoned']);
	assert.equal(q.get(99), undefined);
	assert.throws(() => q.setStatus(1, 'nope'), /status must be one of/);
	assert.equal(sandbox.requests.length, 0);
});

check('a 429 fault answers the vendor error with Retry-After, then clears after `times`', async () => {
	const f = await control('POST', '/faults', [
		{ provider: 'quaderno', method: 'POST', path: '/checkout/sessions', kind: 'status', status: 429, retryAfter: 2, times: 1 },
	]);
	assert.equal(f.status, 200);
	const r = await call('POST', '/checkout/sessions', { body: VALID });
	assert.equal(r.status, 429);
	assert.deepEqual(r.body, { error: 'Rate limit exceeded' });
	assert.equal(r.headers.get('retry-after'), '2');
	assert.equal(r.headers.get('x-ratelimit-remaining'), '0');
	assert.equal(r.headers.get('x-ratelimit-reset'), '2');
	assert.equal(sandbox.provider('quaderno').all().length, 3);
	assert.equal((await call('POST', '/checkout/sessions', { body: VALID })).status, 201);
	const entry = sandbox.requests.at(-2);
	assert.equal(entry?.status, 429);
	assert.equal(entry?.fault?.kind, 'status');
	assert.equal((await control('POST', '/faults', [{ kind: 'status' }])).status, 422);
});

check('a latency fault delays only the matching route', async () => {
	sandbox.setFaults([{ path: '^/checkout/sessions/\\d+$', method: 'GET', kind: 'latency', ms: 150 }]);
	let t = performance.now();
	assert.equal((await call('GET', '/checkout/sessions/1')).status, 200);
	assert.ok(performance.now() - t >= 140, 'delayed');
	t = performance.now();
	await call('GET', '/checkout/sessions');
	assert.ok(performance.now() - t < 140, 'list not delayed');
	assert.equal((await control('DELETE', '/faults')).status, 204);
});

check('reset faults drop the connection before or after the action', async () => {
	const before = sandbox.provider('quaderno').all().length;
	sandbox.setFaults([{ path: '/checkout/sessions', method: 'POST', kind: 'reset', when: 'before', times: 1 }]);
	await assert.rejects(call('POST', '/checkout/sessions', { body: VALID }));
	assert.equal(sandbox.provider('quaderno').all().length, before);
	sandbox.setFaults([{ path: '/checkout/sessions', method: 'POST', kind: 'reset', when: 'after', times: 1 }]);
	await assert.rejects(call('POST', '/checkout/sessions', { body: VALID }));
	assert.equal(sandbox.provider('quaderno').all().length, before + 1);
	assert.equal(sandbox.requests.at(-1)?.fault?.handledStatus, 201);
	sandbox.setFaults([{ path: '/checkout/sessions', method: 'POST', kind: 'status', status: 503, when: 'after' }]);
	assert.equal((await call('POST', '/checkout/sessions', { body: VALID })).status, 503);
	assert.equal(sandbox.provider('quaderno').all().length, before + 2);
	sandbox.setFaults([]);
});

check('fractional fault rates repeat the same pattern after a reset', async () => {
	/** @returns {Promise<string>} */
	async function pattern() {
		sandbox.reset();
		sandbox.provider('quaderno').seed(1);
		sandbox.setFaults([{ kind: 'status', status: 500, rate: 0.5 }]);
		let out = '';
		for (let i = 0; i < 16; i++) out += (await call('GET', '/checkout/sessions/1')).status === 500 ? 'x' : '.';
		return out;
	}
	const first = await pattern();
	assert.match(first, /x/);
	assert.match(first, /\./);
	assert.equal(await pattern(), first);
	sandbox.reset();
});

check('opt-in rate limiting answers 429 once the window budget is spent', async () => {
	const limited = await startSandbox({ options: { quaderno: { apiKey: 'sk_other', rateLimit: { requests: 3, perSeconds: 15 } } } });
	try {
		const auth = `Basic ${Buffer.from('sk_other:').toString('base64')}`;
		const url = `${limited.url}/quaderno/api/checkout/sessions`;
		const remaining = [];
		for (let i = 0; i < 3; i++) {
			const r = await call('GET', url, { auth });
			assert.equal(r.status, 200);
			remaining.push(r.headers.get('x-ratelimit-remaining'));
		}
		assert.deepEqual(remaining, ['2', '1', '0']);
		const r = await call('GET', url, { auth });
		assert.equal(r.status, 429);
		assert.deepEqual(r.body, { error: 'Rate limit exceeded' });
		const reset = Number(r.headers.get('x-ratelimit-reset'));
		assert.ok(reset > 0 && reset <= 15);
	} finally {
		await limited.close();
	}
});

check('1,000 creates complete quickly', async () => {
	sandbox.reset();
	const t = performance.now();
	for (let i = 0; i < 1000; i++) {
		const r = await call('POST', '/checkout/sessions', { body: VALID });
		if (r.status !== 201) throw new Error(`create ${i} answered ${r.status}`);
	}
	const ms = performance.now() - t;
	console.log(`  (1,000 sequential creates took ${Math.round(ms)} ms)`);
	assert.ok(ms < 10000);
	sandbox.reset();
});

check('the CLI prints one JSON line and stops on SIGTERM', async () => {
	const child = spawn(process.execPath, [fileURLToPath(new URL('./server.mjs', import.meta.url)), '--port', '0'], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	try {
		const [chunk] = await once(/** @type {import('node:stream').Readable} */ (child.stdout), 'data');
		const info = JSON.parse(String(chunk).trim());
		assert.deepEqual(Object.keys(info), ['url', 'port', 'pid']);
		assert.equal(info.url, `http://127.0.0.1:${info.port}`);
		assert.equal(info.pid, child.pid);
		const r = await call('GET', `${info.url}/quaderno/api/checkout/sessions`);
		assert.equal(r.status, 200);
	} finally {
		child.kill('SIGTERM');
	}
	const [code] = await once(child, 'exit');
	assert.equal(code, 0);
});

check('the sandbox refuses to bind anywhere but 127.0.0.1', async () => {
	await assert.rejects(startSandbox({ host: '0.0.0.0' }), /only binds to 127\.0\.0\.1/);
});

let passed = 0;
let failed = 0;
try {
	for (const { name, fn } of checks) {
		try {
			await fn();
			passed += 1;
			console.log(`ok - ${name}`);
		} catch (err) {
			failed += 1;
			console.log(`not ok - ${name}\n  ${err instanceof Error ? err.message : String(err)}`);
		}
	}
} finally {
	await sandbox.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
