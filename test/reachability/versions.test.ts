import type { ICredentialType, IHttpRequestOptions } from 'n8n-workflow';
import { DigitalRiverSessionsApi } from '../../credentials/DigitalRiverSessionsApi.credentials';
import { PrimerSessionsApi } from '../../credentials/PrimerSessionsApi.credentials';
import { StripeSessionsApi } from '../../credentials/StripeSessionsApi.credentials';
import type { templateAuthentication } from '../../nodes/shared/auth';
import { loadOverlay } from './official.cjs';

/*
 * Each credential defaults to the API version the imported schemas describe and sends it, so an
 * account's own default version cannot change what the node sends or receives.
 */

const cases: Array<[string, ICredentialType & { authenticate: ReturnType<typeof templateAuthentication> }, string, Record<string, string>]> = [
	['stripe', new StripeSessionsApi(), 'Stripe-Version', { secretKey: 'sk_test_x' }],
	['primer', new PrimerSessionsApi(), 'X-Api-Version', { apiKey: 'pk' }],
	['digitalriver', new DigitalRiverSessionsApi(), 'DigitalRiver-Version', { secretKey: 'sk_test_x' }],
];

test.each(cases)('the %s credential defaults to the version of its imported schemas and sends it as %s', async (platform, credential, header, secrets) => {
	const pinned = loadOverlay(platform).source.apiVersion as string;
	const field = credential.properties.find((p) => p.name === 'apiVersion');
	expect(field?.default).toBe(pinned);
	const defaults = Object.fromEntries(credential.properties.map((p) => [p.name, p.default as string]));
	const request: IHttpRequestOptions = { method: 'GET', url: 'https://example.test/x', headers: {} };
	const signed = await credential.authenticate({ ...defaults, ...secrets }, request);
	expect(signed.headers?.[header]).toBe(pinned);
});

test('Gr4vy has no version header to pin, and says why', () => {
	const source = loadOverlay('gr4vy').source as { apiVersion: unknown; apiVersionWhy: string };
	expect(source.apiVersion).toBeNull();
	expect(source.apiVersionWhy).toMatch(/host/);
});
