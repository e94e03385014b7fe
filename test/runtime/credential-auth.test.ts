import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';
import { DigitalRiverSessionsApi } from '../../credentials/DigitalRiverSessionsApi.credentials';
import { Gr4vyBearerTokenApi } from '../../credentials/Gr4vyBearerTokenApi.credentials';
import { PrimerSessionsApi } from '../../credentials/PrimerSessionsApi.credentials';
import { QuadernoSessionsApi } from '../../credentials/QuadernoSessionsApi.credentials';
import { StripeSessionsApi } from '../../credentials/StripeSessionsApi.credentials';
import { templateAuthentication } from '../../nodes/shared/auth';

const request = (): IHttpRequestOptions => ({ method: 'GET', url: 'https://example.test/x', headers: { 'X-Request': 'kept' } });

// Each credential type as generated, with the values a user enters and what every request then carries.
const cases: Array<{
	name: string;
	authenticate: ReturnType<typeof templateAuthentication>;
	credentials: ICredentialDataDecryptedObject;
	expected: Partial<IHttpRequestOptions>;
}> = [
	{
		name: 'Digital River: bearer key, and the version header only when a version is set',
		authenticate: new DigitalRiverSessionsApi().authenticate,
		credentials: { secretKey: 'sk_test_abc', apiVersion: '' },
		expected: { headers: { 'X-Request': 'kept', Authorization: 'Bearer sk_test_abc' } },
	},
	{
		name: 'Digital River: a pinned version is sent as DigitalRiver-Version',
		authenticate: new DigitalRiverSessionsApi().authenticate,
		credentials: { secretKey: 'sk_test_abc', apiVersion: '2020-09-30' },
		expected: { headers: { 'X-Request': 'kept', Authorization: 'Bearer sk_test_abc', 'DigitalRiver-Version': '2020-09-30' } },
	},
	{
		name: 'Primer: API key header, and version 2.4 unless another is set',
		authenticate: new PrimerSessionsApi().authenticate,
		credentials: { apiKey: ' pk-123 ', apiVersion: '' },
		expected: { headers: { 'X-Request': 'kept', 'X-Api-Key': 'pk-123', 'X-Api-Version': '2.4' } },
	},
	{
		name: 'Quaderno: Basic with the key as user and "x" as password, Accept with the API version when set',
		authenticate: new QuadernoSessionsApi().authenticate,
		credentials: { apiKey: 'sk_q', apiVersion: '20220325' },
		expected: {
			headers: { 'X-Request': 'kept', Accept: 'application/json; api_version=20220325' },
			auth: { username: 'sk_q', password: 'x' },
		},
	},
	{
		name: 'Quaderno: plain JSON Accept header without a version',
		authenticate: new QuadernoSessionsApi().authenticate,
		credentials: { apiKey: 'sk_q', apiVersion: '' },
		expected: { headers: { 'X-Request': 'kept', Accept: 'application/json' }, auth: { username: 'sk_q', password: 'x' } },
	},
	{
		name: 'Stripe: bearer key, no Stripe-Version without a version',
		authenticate: new StripeSessionsApi().authenticate,
		credentials: { secretKey: 'sk_test_s', apiVersion: '' },
		expected: { headers: { 'X-Request': 'kept', Authorization: 'Bearer sk_test_s' } },
	},
];

describe('credential authentication', () => {
	test.each(cases)('$name', async ({ authenticate, credentials, expected }) => {
		const before = request();
		const result = await authenticate(credentials, before);
		expect(result).toEqual({ ...request(), ...expected });
		// The caller's options are not changed in place.
		expect(before).toEqual(request());
	});

	test('a signer runs after the table, on the filled-in request', async () => {
		const authenticate = templateAuthentication({ headers: [{ name: 'X-Account', value: '{account}', when: 'account' }] }, async (_, options) => ({
			...options,
			headers: { ...options.headers, Authorization: `Signed ${String(options.headers?.['X-Account'])}` },
		}));
		const result = await authenticate({ account: 'acc-1' }, request());
		expect(result.headers).toEqual({ 'X-Request': 'kept', 'X-Account': 'acc-1', Authorization: 'Signed acc-1' });
	});
});

describe('a credential refuses host fields that are not a host name part, whatever request it signs', () => {
	test.each<[string, ReturnType<typeof templateAuthentication>, ICredentialDataDecryptedObject, string]>([
		['Quaderno account name with a port and a fragment', new QuadernoSessionsApi().authenticate, { accountName: '127.0.0.1:19072/#', apiKey: 'qk_1234' }, 'accountName'],
		['Quaderno account name with a dot', new QuadernoSessionsApi().authenticate, { accountName: 'shop.evil', apiKey: 'qk_1234' }, 'accountName'],
		['Gr4vy instance ID with a slash', new Gr4vyBearerTokenApi().authenticate, { instanceId: 'a/b', token: 'tok_1234' }, 'instanceId'],
	])('%s', async (_name, authenticate, credentials, field) => {
		await expect(authenticate(credentials, request())).rejects.toThrow(`Credential field "${field}" must be a host name part`);
	});

	test('a valid host name part passes', async () => {
		await expect(new QuadernoSessionsApi().authenticate({ accountName: 'my-shop-2', apiKey: 'qk_1234' }, request())).resolves.toMatchObject({ auth: { username: 'qk_1234' } });
	});
});
