import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { getEngineLog, runNode, testCredential } from '../harness/engine';
import cases from './operations.cases.json';
import type { Auth } from './fixtures';
import { AUTHS, KEYS, READY_TOKEN, credentials, node, typeName } from './fixtures';
import { apiRequests, useGr4vySandbox } from './gr4vy';
import { loadContract } from '../primer/openapi-contract.cjs';
import { makeKeyPair, pemBody } from './keys.cjs';

interface OperationCase {
	behaviour: string;
	seed?: { sessions?: number; transactions?: Array<{ session: number; status: string; amount?: number; method?: string }>; transactionCount?: number; otherSessionTransactions?: number };
	parameters: INodeParameters;
	expectRequests: Array<{ method: string; path: string; query?: IDataObject; body?: IDataObject }>;
	expectItems?: IDataObject[];
	expectCount?: number;
}

const { sandbox } = useGr4vySandbox();
const gr4vy = () => sandbox().provider('gr4vy');

/** Creates what a case needs and returns the values its {placeholders} stand for. */
function seed(c: OperationCase): Record<string, string> {
	const names: Record<string, string> = {};
	const sessions: string[] = [];
	for (let i = 0; i < (c.seed?.sessions ?? 0); i++) {
		// Sessions are made through the API's own handler path, so they look like real ones.
		const id = gr4vy().createSession({ cart_items: [{ name: `item-${i}`, quantity: 1, unit_amount: 100 }] }) as string;
		sessions.push(id);
		names[`session${i}`] = id;
	}
	(c.seed?.transactions ?? []).forEach((t, i) => {
		names[`transaction${i}`] = String(gr4vy().createTransaction({ checkout_session_id: sessions[t.session], status: t.status, amount: t.amount, method: t.method }).id);
	});
	for (let i = 0; i < (c.seed?.transactionCount ?? 0); i++) {
		gr4vy().createTransaction({ checkout_session_id: sessions[0], status: i % 2 ? 'capture_succeeded' : 'processing' });
	}
	for (let i = 0; i < (c.seed?.otherSessionTransactions ?? 0); i++) gr4vy().createTransaction({ checkout_session_id: sessions[1], status: 'processing' });
	return names;
}

const fill = <T>(value: T, names: Record<string, string>): T =>
	JSON.parse(JSON.stringify(value).replace(/\{(session\d+|transaction\d+)\}/g, (_, n: string) => names[n])) as T;

const matrix = (cases as OperationCase[]).flatMap((c) => AUTHS.map((auth) => [`${c.behaviour} (${auth})`, c, auth] as const));

describe('Gr4vy Sessions operations through the n8n engine, with each credential', () => {
	test.each(matrix)('%s', async (_name, raw, auth: Auth) => {
		const names = seed(raw);
		const c = fill(raw, names);
		const result = await runNode({ node, typeName, parameters: { authentication: auth, ...c.parameters }, credentials: credentials(sandbox().url, auth) });
		expect(result.error).toBeUndefined();
		const sent = apiRequests(sandbox());
		expect(sent).toHaveLength(c.expectRequests.length);
		c.expectRequests.forEach((want, i) => {
			expect(sent[i].method).toBe(want.method);
			expect(sent[i].path).toBe(want.path);
			expect(sent[i].status).toBeLessThan(300);
			if (want.query) expect(sent[i].query).toEqual(Object.fromEntries(Object.entries(want.query).map(([k, v]) => [k, v === '*' ? expect.any(String) : v])));
			if (want.body) expect(sent[i].body).toEqual(want.body);
			expect((sent[i].headers as IDataObject).authorization).toBe('Bearer');
			// No merchant account is set in these credentials, so the header must be absent, not empty.
			expect((sent[i].headers as IDataObject)['x-gr4vy-merchant-account-id']).toBeUndefined();
		});
		if (c.expectItems) {
			expect(result.items).toHaveLength(c.expectItems.length);
			c.expectItems.forEach((want, i) => expect(result.items[i].json).toMatchObject(want));
		}
		if (c.expectCount !== undefined) expect(result.items).toHaveLength(c.expectCount);
		for (const item of result.items) expect(item.pairedItem).toEqual({ item: 0 });
	});
});

describe('Gr4vy Sessions credentials', () => {
	test.each(AUTHS)('a merchant account ID is sent as x-gr4vy-merchant-account-id when set (%s)', async (auth) => {
		await runNode({ node, typeName, parameters: { authentication: auth, resource: 'transaction', operation: 'getAll', returnAll: true }, credentials: credentials(sandbox().url, auth, { merchantAccountId: 'acme-eu' }) });
		expect(apiRequests(sandbox()).map((r) => r.merchantAccount)).toEqual(['acme-eu']);
	});

	test.each(AUTHS)('the credential test lists one transaction and passes (%s)', async (auth) => {
		const { credentialType, data } = credentials(sandbox().url, auth);
		expect(await testCredential(credentialType, data, [node])).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(apiRequests(sandbox()).map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/transactions', { limit: '1' }]]);
	});

	test('a key Gr4vy does not know is refused with its 401 message, and neither key nor token leaks', async () => {
		const other = makeKeyPair();
		const { error } = await runNode({ node, typeName, parameters: { resource: 'transaction', operation: 'getAll', returnAll: true }, credentials: credentials(sandbox().url, 'gr4vySessionsApi', { privateKey: other.privatePem }) });
		expect(error?.message).toBe('Gr4vy: The token was signed with an unknown key');
		expect(error?.description).toContain('Code: unauthorized');
		const everything = JSON.stringify({ error, description: error?.description, log: getEngineLog() });
		expect(everything).not.toContain(pemBody(other.privatePem));
		expect(everything).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
	});

	test('a wrong ready token is refused and does not appear in the error', async () => {
		const wrong = `${READY_TOKEN}-wrong`;
		const { error } = await runNode({ node, typeName, parameters: { authentication: AUTHS[1], resource: 'transaction', operation: 'getAll', returnAll: true }, credentials: credentials(sandbox().url, AUTHS[1], { token: wrong }) });
		expect(error?.message).toBe('Gr4vy: The token is not a JWT');
		expect(JSON.stringify({ error, description: error?.description, log: getEngineLog() })).not.toContain(READY_TOKEN);
	});

	test('the private key and the tokens appear in no output item, error or engine log line', async () => {
		const ids: string[] = [];
		for (const auth of AUTHS) {
			const created = await runNode({ node, typeName, parameters: { authentication: auth, resource: 'checkoutSession', operation: 'create' }, credentials: credentials(sandbox().url, auth) });
			ids.push(String(created.items[0].json.id));
		}
		const missing = await runNode({ node, typeName, parameters: { resource: 'checkoutSession', operation: 'get', checkoutSessionId: '00000000-0000-4000-8000-000000000000' }, credentials: credentials(sandbox().url), continueOnFail: true });
		expect(String(missing.items[0].json.error)).toBe('Gr4vy: The resource could not be found');
		const everything = JSON.stringify({ missing, log: getEngineLog() });
		expect(everything).not.toContain(pemBody(KEYS.privatePem));
		expect(everything).not.toContain(READY_TOKEN);
		for (const token of gr4vy().tokens() as string[]) expect(everything).not.toContain(token.split('.')[2]);
		expect(ids.every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
	});
});

describe('Gr4vy errors', () => {
	test('an unknown session maps Gr4vy\'s error envelope, and Continue On Fail keeps the other items', async () => {
		const id = gr4vy().createSession({}) as string;
		const { items } = await runNode({
			node,
			typeName,
			parameters: { resource: 'checkoutSession', operation: 'get', checkoutSessionId: '={{ $json.id }}' },
			items: [{ json: { id: '00000000-0000-4000-8000-000000000000' } }, { json: { id } }],
			credentials: credentials(sandbox().url),
			continueOnFail: true,
		});
		expect(items[0]).toEqual({ json: expect.objectContaining({ error: 'Gr4vy: The resource could not be found' }), pairedItem: { item: 0 } });
		expect(items[1]).toEqual({ json: expect.objectContaining({ id }), pairedItem: { item: 1 } });
	});

	test('a malformed session ID gets Gr4vy\'s 404, and a 422 in FastAPI\'s shape names the field location', async () => {
		const malformed = await runNode({ node, typeName, parameters: { resource: 'checkoutSession', operation: 'get', checkoutSessionId: 'not-a-uuid' }, credentials: credentials(sandbox().url) });
		expect(malformed.error?.message).toBe('Gr4vy: The resource could not be found');
		sandbox().setFaults([{ provider: 'gr4vy', kind: 'status', status: 422, times: 1 }]);
		const { error } = await runNode({ node, typeName, parameters: { resource: 'checkoutSession', operation: 'create' }, credentials: credentials(sandbox().url) });
		expect(error?.message).toBe('Gr4vy: Gr4vy rejected the request: body: Unprocessable Entity');
		expect(error?.httpCode).toBe('422');
	});
});

describe('Gr4vy contract', () => {
	test('the contract covers every Gr4vy operation the node offers, and a missing vendor document fails instead of skipping', () => {
		const contract = loadContract('gr4vy');
		expect(contract.operations).toEqual(
			expect.arrayContaining(['POST /checkout/sessions', 'GET /checkout/sessions/{session_id}', 'PUT /checkout/sessions/{session_id}', 'DELETE /checkout/sessions/{session_id}', 'GET /transactions', 'GET /transactions/{transaction_id}']),
		);
		expect(() => loadContract('no-such-vendor')).toThrow(/is missing/);
	});
});
