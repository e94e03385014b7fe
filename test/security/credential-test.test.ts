import type { IDataObject, INodeType } from 'n8n-workflow';
import * as digitalriver from '../digitalriver/fixtures';
import * as gr4vy from '../gr4vy/fixtures';
import { makeKeyPair, makeWrongCurveKey } from '../gr4vy/keys.cjs';
import type { CredentialFixture } from '../harness/engine';
import { getEngineLog, runNode, testCredential } from '../harness/engine';
import type { LocalServer, RecordedRequest } from '../harness/local-server.cjs';
import { startLocalServer } from '../harness/local-server.cjs';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import * as primer from '../primer/fixtures';
import * as quaderno from '../quaderno/fixtures';
import * as stripe from '../stripe/fixtures';

/*
 * The Test button of every credential, as n8n 2.41's credential tester runs it (see
 * testCredential in the harness): it must never carry the credential to another address, must
 * say what went wrong in the platform's own words, and must refuse the same host fields as the
 * nodes.
 */

interface CredentialCase {
	/** Credential type name. */
	name: string;
	/** The credential pointed at `url` (the base URL override). */
	fixture(url: string, overrides?: Record<string, string>): CredentialFixture;
	/** The nodes that use it; n8n finds the credential test on them. */
	nodes: INodeType[];
	/** What the credential puts on the request, as the receiving server sees it. */
	sent(request: RecordedRequest): string | undefined;
	/** A refusal in the platform's own error envelope, and the message the Test button must show. */
	refusal: { body: IDataObject; message: string };
}

const header = (name: string) => (request: RecordedRequest) => {
	const value = request.headers[name];
	return Array.isArray(value) ? value.join(', ') : value;
};

const cases: CredentialCase[] = [
	{
		name: 'quadernoSessionsApi',
		fixture: (url, o) => quaderno.credentials('', { baseUrl: url, ...o }),
		nodes: [quaderno.node, quaderno.trigger],
		sent: header('authorization'),
		refusal: { body: { error: 'Unauthorized access or document does not exist.' }, message: 'Quaderno: Unauthorized access or document does not exist. (HTTP 401)' },
	},
	{
		name: 'stripeSessionsApi',
		fixture: (url, o) => stripe.credentials('', { baseUrl: url, ...o }),
		nodes: [stripe.node, stripe.trigger],
		sent: header('authorization'),
		refusal: {
			body: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_test_****' } },
			message: 'Stripe: Invalid API Key provided: sk_test_**** (HTTP 401)',
		},
	},
	{
		name: 'primerSessionsApi',
		fixture: (url, o) => primer.credentials('', { baseUrl: url, ...o }),
		nodes: [primer.node, primer.trigger],
		sent: header('x-api-key'),
		refusal: { body: { error: { errorId: 'Unauthorized', description: 'The API key is not valid.' } }, message: 'Primer: The API key is not valid. (HTTP 401)' },
	},
	{
		name: 'digitalRiverSessionsApi',
		fixture: (url, o) => digitalriver.credentials('', { baseUrl: url, ...o }),
		nodes: [digitalriver.node, digitalriver.trigger],
		sent: header('authorization'),
		refusal: {
			body: { type: 'unauthorized', errors: [{ code: 'unauthorized', message: 'The API key is invalid.' }] },
			message: 'Digital River: The API key is invalid. (HTTP 401)',
		},
	},
	{
		name: 'gr4vySessionsApi',
		fixture: (url, o) => gr4vy.credentials('', 'gr4vySessionsApi', { baseUrl: url, ...o }),
		nodes: [gr4vy.node, gr4vy.trigger],
		sent: header('authorization'),
		refusal: { body: { type: 'error', code: 'unauthorized', message: 'The token was signed with an unknown key' }, message: 'Gr4vy: The token was signed with an unknown key (HTTP 401)' },
	},
	{
		name: 'gr4vyBearerTokenApi',
		fixture: (url, o) => gr4vy.credentials('', 'gr4vyBearerTokenApi', { baseUrl: url, ...o }),
		nodes: [gr4vy.node, gr4vy.trigger],
		sent: header('authorization'),
		refusal: { body: { type: 'error', code: 'unauthorized', message: 'The token is not a JWT' }, message: 'Gr4vy: The token is not a JWT (HTTP 401)' },
	},
];

const REDIRECTS = [301, 302, 303, 307, 308];

let reply: (request: RecordedRequest) => { status: number; headers?: Record<string, string>; body?: unknown };
let api: LocalServer;
let elsewhere: LocalServer;
beforeAll(async () => {
	api = await startLocalServer((request) => reply(request));
	elsewhere = await startLocalServer(() => ({ status: 200, body: { data: [], items: [], has_more: false } }));
});
afterAll(async () => {
	await api.close();
	await elsewhere.close();
});
beforeEach(() => {
	api.requests.length = 0;
	elsewhere.requests.length = 0;
	reply = () => ({ status: 200, body: {} });
});

const test_ = (c: CredentialCase, overrides?: Record<string, string>) => {
	const { credentialType, data } = c.fixture(api.url, overrides);
	return testCredential(credentialType, data, c.nodes);
};

describe.each(cases.map((c) => [c.name, c] as const))('the Test button of %s', (_name, c) => {
	test('passes when the platform accepts the credential, after one authenticated read', async () => {
		expect(await test_(c)).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(api.requests).toHaveLength(1);
		expect(c.sent(api.requests[0])).toBeTruthy();
	});

	test.each(REDIRECTS)('does not follow a %i redirect to another server, and fails naming its address', async (status) => {
		const target = `${elsewhere.url}/collect`;
		reply = () => ({ status, headers: { location: target } });
		const result = await test_(c);
		expect(result.status).toBe('Error');
		expect(result.message).toContain(`redirect (HTTP ${status}) to ${target}`);
		expect(api.requests).toHaveLength(1);
		expect(elsewhere.requests).toEqual([]);
	});

	test.each<[string, unknown]>([
		['an HTML page', '<html><body>Sign in</body></html>'],
		['an empty body', undefined],
	])('fails when a 200 answer is %s, not JSON', async (_kind, body) => {
		reply = () => ({ status: 200, body });
		expect(await test_(c)).toEqual({ status: 'Error', message: expect.stringContaining('with HTTP 200 but not with JSON') });
	});

	test("shows the platform's own message when it refuses the credential", async () => {
		reply = () => ({ status: 401, body: c.refusal.body });
		expect(await test_(c)).toEqual({ status: 'Error', message: c.refusal.message });
	});

	test('shows no secret it sent, even when the platform echoes it back', async () => {
		reply = (request) => ({ status: 401, body: { error: `got ${c.sent(request)}`, message: `got ${c.sent(request)}`, errors: [{ message: `got ${c.sent(request)}` }] } });
		const result = await test_(c);
		const sent = String(c.sent(api.requests[0]) ?? '').replace(/^(Bearer|Basic) /, '');
		expect(sent.length).toBeGreaterThan(8);
		expect(result.status).toBe('Error');
		expect(result.message).not.toContain(sent);
	});
});

describe('host fields are checked by the credential itself', () => {
	const hostile = ['127.0.0.1:19072/#', 'evil.example:19072', 'a/b', 'a.b', 'a b', ''];
	const hostCases = [
		{ c: cases[0], field: 'accountName' },
		{ c: cases[4], field: 'instanceId' },
		{ c: cases[5], field: 'instanceId' },
	];

	test.each(hostCases.flatMap(({ c, field }) => hostile.map((value) => [c.name, field, value, c] as const)))(
		'%s refuses %s %j in the Test button and in the node, before anything is sent',
		async (_name, field, value, c) => {
			const { credentialType, data } = c.fixture(api.url, { baseUrl: '', [field]: value });
			const result = await testCredential(credentialType, data, c.nodes);
			expect(result.status).toBe('Error');
			expect(result.message).toContain(`Credential field "${field}" must be a host name part`);
			const node = c.nodes[0];
			const typeName = `n8n-nodes-payment-sessions.${node.description.name}`;
			const authentication = c.name.startsWith('gr4vy') ? { authentication: c.name } : {};
			const resource = c.name.startsWith('gr4vy') ? { resource: 'transaction', operation: 'getAll', returnAll: false, limit: 1 } : { resource: 'checkoutSession', operation: 'getAll', returnAll: false, limit: 1 };
			const run = await runNode({ node, typeName, parameters: { ...authentication, ...resource }, credentials: { credentialType, data } });
			expect(run.error?.message).toContain(`Credential field "${field}" must be a host name part`);
			expect(api.requests).toEqual([]);
			expect(elsewhere.requests).toEqual([]);
		},
	);

	test('a host field is refused by the credential even when another field decides the host', async () => {
		// The base URL override decides the host here, yet the credential's authenticate refuses the
		// account name, so any node or request that uses the credential refuses the same values.
		const { credentialType, data } = cases[0].fixture(api.url, { accountName: `127.0.0.1:${new URL(elsewhere.url).port}/#` });
		const result = await testCredential(credentialType, data, cases[0].nodes);
		expect(result).toEqual({ status: 'Error', message: expect.stringContaining('Credential field "accountName" must be a host name part') });
		expect(api.requests).toEqual([]);
	});
});

describe('credential data the credential cannot use', () => {
	test('a Gr4vy private key that is not a key is named, instead of an error code', async () => {
		const result = await test_(cases[4], { privateKey: 'not a key' });
		expect(result).toEqual({ status: 'Error', message: expect.stringContaining('Credential field "privateKey" (Private Key) must be a PEM private key') });
		expect(result.message).not.toContain('CREDENTIAL_INVALID');
		expect(api.requests).toEqual([]);
	});

	test('a Gr4vy key of the wrong curve is named, and nothing of the key is shown', async () => {
		const privatePem = makeWrongCurveKey();
		const result = await test_(cases[4], { privateKey: privatePem });
		expect(result.status).toBe('Error');
		expect(result.message).toContain('must be an elliptic-curve P-521 key');
		const body = privatePem.split('\n').filter((line) => line.length > 16 && !line.startsWith('-----'));
		for (const line of body) expect(result.message).not.toContain(line);
		expect(JSON.stringify(getEngineLog())).not.toContain(body[0]);
	});

	test('an unreachable platform is named with the address that was tried', async () => {
		const result = await testCredential(cases[1].fixture('http://127.0.0.1:9').credentialType, cases[1].fixture('http://127.0.0.1:9').data, cases[1].nodes);
		expect(result).toEqual({ status: 'Error', message: expect.stringMatching(/^Stripe: could not complete GET \/v1\/checkout\/sessions at http:\/\/127\.0\.0\.1:9\/v1\/checkout\/sessions \(ECONNREFUSED\)$/) });
	});
});

describe('what the Test button shows of an answer is cleaned and cut', () => {
	test('a long refusal with control characters is shown on one line, cut, with the status kept', async () => {
		reply = () => ({ status: 401, body: { error: `bad\u0000key\u001b[2J ${'x'.repeat(1000)}` } });
		const result = await test_(cases[0]);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^Quaderno: bad key \[2J x+… \(HTTP 401\)$/);
		expect(result.message.length).toBeLessThan(400);
	});

	test('a long redirect address is cut, and the explanation after it stays', async () => {
		reply = () => ({ status: 302, headers: { location: `${elsewhere.url}/${'a'.repeat(3000)}` } });
		const result = await test_(cases[1]);
		expect(result.message).toContain('Redirects are not followed');
		expect(result.message.length).toBeLessThan(600);
		expect(elsewhere.requests).toEqual([]);
	});
});

describe('against the emulator of each platform', () => {
	let sandbox: SandboxHandle;
	const mounts: Record<string, [string, (url: string) => CredentialFixture]> = {
		quadernoSessionsApi: ['quaderno', (url) => quaderno.credentials(url)],
		stripeSessionsApi: ['stripe', (url) => stripe.credentials(url)],
		primerSessionsApi: ['primer', (url) => primer.credentials(url)],
		digitalRiverSessionsApi: ['digitalriver', (url) => digitalriver.credentials(url)],
		gr4vySessionsApi: ['gr4vy', (url) => gr4vy.credentials(url, 'gr4vySessionsApi')],
		gr4vyBearerTokenApi: ['gr4vy', (url) => gr4vy.credentials(url, 'gr4vyBearerTokenApi')],
	};
	beforeAll(async () => {
		const options = { ...quaderno.sandboxOptions, ...stripe.sandboxOptions, ...primer.sandboxOptions, ...digitalriver.sandboxOptions, ...gr4vy.sandboxOptions };
		sandbox = await startSandbox({ providers: ['quaderno', 'stripe', 'primer', 'digitalriver', 'gr4vy'], options });
	});
	afterAll(async () => await sandbox.close());

	test.each(cases.map((c) => [c.name, c] as const))('%s passes with the right key and fails with the emulated platform\'s message for a wrong one', async (name, c) => {
		const [, fixture] = mounts[name];
		const { credentialType, data } = fixture(sandbox.url);
		expect(await testCredential(credentialType, data, c.nodes)).toEqual({ status: 'OK', message: 'Connection successful!' });
		const field = { quadernoSessionsApi: 'apiKey', stripeSessionsApi: 'secretKey', primerSessionsApi: 'apiKey', digitalRiverSessionsApi: 'secretKey', gr4vyBearerTokenApi: 'token' }[name];
		const wrong = field ? { [field]: `${String(data[field])}-wrong` } : { privateKey: makeKeyPair().privatePem };
		const refused = await testCredential(credentialType, { ...data, ...wrong }, c.nodes);
		expect(refused.status).toBe('Error');
		expect(refused.message).toMatch(/^(Quaderno|Stripe|Primer|Digital River|Gr4vy): .+ \(HTTP 40[13]\)$/);
	});
});
