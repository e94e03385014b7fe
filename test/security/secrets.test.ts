import type { IDataObject } from 'n8n-workflow';
import { clearEngineLog, getEngineLog, runNode } from '../harness/engine';
import { makeKeyPair } from '../gr4vy/keys.cjs';
import * as gr4vyFixtures from '../gr4vy/fixtures';
import type { LocalServer } from '../harness/local-server.cjs';
import { startLocalServer } from '../harness/local-server.cjs';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import type { Profile } from '../reliability/profiles';
import { profiles } from '../reliability/profiles';

/*
 * Keys, private keys and the tokens signed from them must never appear in what a workflow, its
 * error panel, its execution log or an AI agent can read: output items, error messages and
 * descriptions (including whatever n8n attaches to a NodeApiError), and n8n's own log.
 */

const SECRET_FIELDS = ['apiKey', 'secretKey', 'privateKey', 'token'];

/** Every secret a run could leak: the credential's secret values, their PEM body lines, and issued tokens. */
function secretsOf(p: Profile, data: IDataObject, sandbox: SandboxHandle): string[] {
	const values = SECRET_FIELDS.map((f) => data[f]).filter((v): v is string => typeof v === 'string' && v.length > 0);
	const pemLines = values.flatMap((v) => v.split('\n').filter((line) => line.length >= 16 && !line.startsWith('-----')));
	const tokens: string[] = p.provider === 'gr4vy' ? sandbox.provider('gr4vy').tokens() : [];
	return [...values, ...pemLines, ...tokens];
}

function leaks(haystack: unknown, secrets: string[]): string[] {
	const text = typeof haystack === 'string' ? haystack : JSON.stringify(haystack);
	return secrets.filter((s) => text.includes(s)).map((s) => `${s.slice(0, 6)}…`);
}

describe.each(profiles.map((p) => [p.provider, p] as const))('%s keeps its secrets', (_name, p) => {
	let sandbox: SandboxHandle;
	beforeAll(async () => {
		sandbox = await startSandbox({ providers: [p.provider], options: p.sandboxOptions });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		sandbox.reset();
		clearEngineLog();
	});

	const run = async (data: IDataObject, continueOnFail: boolean) => {
		const credentials = p.credentials(sandbox.url);
		credentials.data = { ...credentials.data, ...data } as typeof credentials.data;
		// One attempt: retrying a refused connection would only make the test slower.
		const parameters = { ...p.createParameters, options: { ...(p.createParameters.options as IDataObject), maxAttempts: 1 } };
		const result = await runNode({ node: p.node, typeName: p.typeName, parameters, credentials, items: [{ json: { tag: 'secret-check' } }], continueOnFail });
		return { result, secrets: secretsOf(p, credentials.data as IDataObject, sandbox) };
	};

	test('a successful create shows no secret in the output or the engine log', async () => {
		const { result, secrets } = await run({}, false);
		expect(result.error).toBeUndefined();
		expect(leaks(result.items, secrets)).toEqual([]);
		expect(leaks(getEngineLog(), secrets)).toEqual([]);
	});

	test('a refused credential shows no secret in the error, its description, the error item or the log', async () => {
		// A key the platform does not know; for Gr4vy, a valid private key of another key pair.
		const made = `wrong${Math.random().toString(36).slice(2, 14)}`;
		const wrong = { apiKey: made, secretKey: `sk_test_${made}`, token: made, privateKey: makeKeyPair().privatePem };
		const failed = await run(wrong, false);
		expect(failed.result.error).toBeDefined();
		const error = failed.result.error as unknown as IDataObject;
		const everything = [error.message, error.description, error.context, error.cause, JSON.stringify(error, Object.getOwnPropertyNames(error))];
		expect(leaks(everything, failed.secrets)).toEqual([]);
		const tolerated = await run(wrong, true);
		expect(leaks(tolerated.result.items, tolerated.secrets)).toEqual([]);
		expect(leaks(getEngineLog(), [...failed.secrets, ...tolerated.secrets])).toEqual([]);
	});

	test('a network failure shows no secret in the error', async () => {
		const { result, secrets } = await run({ baseUrl: 'http://127.0.0.1:9/unreachable' }, false);
		expect(result.error).toBeDefined();
		const error = result.error as unknown as IDataObject;
		expect(leaks([error.message, error.description, JSON.stringify(error, Object.getOwnPropertyNames(error))], secrets)).toEqual([]);
		expect(leaks(getEngineLog(), secrets)).toEqual([]);
	});
});

/*
 * An API that echoes what it received. The key a request carries is the stored key trimmed;
 * Quaderno's Basic auth carries base64("key:x"); Gr4vy's signed credential carries a token made
 * for that request. None of these is the stored value, yet each must be cut out.
 */
describe('an API that echoes the credential it received in a 401', () => {
	let api: LocalServer;
	let received: string[] = [];
	beforeAll(async () => {
		api = await startLocalServer((request) => {
			const sent = String(request.headers['x-api-key'] ?? request.headers.authorization ?? '').replace(/^(Bearer|Basic) /, '');
			received.push(sent);
			return { status: 401, body: echoBody(current, sent) };
		});
	});
	afterAll(async () => await api.close());
	let current = '';

	// Each platform's own error envelope, quoting what it received in the message and the details.
	const echoBody = (platform: string, sent: string): IDataObject =>
		({
			quaderno: { error: `Unauthorized key ${sent}` },
			stripe: { error: { type: 'invalid_request_error', message: `Invalid API Key provided: ${sent}`, param: sent } },
			primer: { error: { errorId: 'Unauthorized', description: `Key ${sent} is not valid`, recoverySuggestion: sent } },
			digitalriver: { type: 'unauthorized', errors: [{ code: 'unauthorized', parameter: sent, message: `Key ${sent} rejected` }] },
			gr4vy: { type: 'error', code: 'unauthorized', message: `Token ${sent} is not valid`, details: [{ location: 'header', message: sent }] },
		})[platform] as IDataObject;

	const padded = (key: string) => `${key} \n`;
	const cases = [
		...profiles.map((p) => {
			const field = { quaderno: 'apiKey', stripe: 'secretKey', primer: 'apiKey', digitalriver: 'secretKey', gr4vy: 'privateKey' }[p.provider] as string;
			return { name: `${p.provider} (${field} stored with a trailing space and newline)`, p, field, parameters: p.createParameters };
		}),
		{ name: 'gr4vy (ready bearer token stored with a trailing space and newline)', p: profiles.find((p) => p.provider === 'gr4vy')!, field: 'token', parameters: { ...profiles.find((p) => p.provider === 'gr4vy')!.createParameters, authentication: gr4vyFixtures.AUTHS[1] } },
	];

	test.each(cases.map((c) => [c.name, c] as const))('%s: no form of the key in the error, its description, the Continue On Fail item or the log', async (_name, c) => {
		current = c.p.provider;
		received = [];
		clearEngineLog();
		const fixture = c.field === 'token' ? gr4vyFixtures.credentials(api.url, gr4vyFixtures.AUTHS[1]) : c.p.credentials(api.url);
		const stored = String((fixture.data as IDataObject)[c.field]);
		fixture.data = { ...fixture.data, baseUrl: api.url, [c.field]: padded(stored) };
		const parameters = { ...c.parameters, options: { ...(c.parameters.options as IDataObject), maxAttempts: 1 } };
		const run = (continueOnFail: boolean) => runNode({ node: c.p.node, typeName: c.p.typeName, parameters, credentials: fixture, items: [{ json: { tag: 'echo' } }], continueOnFail });

		const failed = await run(false);
		const tolerated = await run(true);
		expect(received).toHaveLength(2);
		const secrets = [...received, stored.trim(), ...(stored.includes('PRIVATE KEY') ? pemBodyLines(stored) : [])];
		for (const s of secrets) expect(s.length).toBeGreaterThan(8);
		const error = failed.error as unknown as IDataObject;
		// The echo reached the message, and was cut out of it.
		expect(error.message).toContain('[redacted]');
		expect(leaks([error.message, error.description, JSON.stringify(error, Object.getOwnPropertyNames(error))], secrets)).toEqual([]);
		expect(tolerated.items).toHaveLength(1);
		expect(leaks(tolerated.items, secrets)).toEqual([]);
		expect(leaks(getEngineLog(), secrets)).toEqual([]);
	});
});

function pemBodyLines(pem: string): string[] {
	return pem.split('\n').filter((line) => line.length >= 16 && !line.startsWith('-----'));
}
