import { runNode } from '../harness/engine';
import { KEYS, credentials, node, typeName } from './fixtures';
import { useGr4vySandbox } from './gr4vy';
import { inspectToken, thumbprint } from './keys.cjs';

const { sandbox } = useGr4vySandbox();

describe('Gr4vy signed tokens', () => {
	test('each request carries a new ES512 token that verifies with the public key and has the documented header and claims', async () => {
		const before = Math.floor(Date.now() / 1000);
		const created = await runNode({ node, typeName, parameters: { resource: 'checkoutSession', operation: 'create' }, credentials: credentials(sandbox().url) });
		const id = String(created.items[0].json.id);
		await runNode({ node, typeName, parameters: { resource: 'checkoutSession', operation: 'get', checkoutSessionId: id }, credentials: credentials(sandbox().url) });
		await runNode({ node, typeName, parameters: { resource: 'transaction', operation: 'getAll', returnAll: true }, credentials: credentials(sandbox().url) });
		const after = Math.floor(Date.now() / 1000);

		const tokens = sandbox().provider('gr4vy').tokens() as string[];
		expect(tokens).toHaveLength(3);
		const inspected = tokens.map((t) => inspectToken(t, KEYS.publicPem));
		for (const { header, claims, signatureBytes, signatureValid } of inspected) {
			expect(signatureValid).toBe(true);
			// JOSE form: r || s, 66 bytes each for P-521, not DER.
			expect(signatureBytes).toBe(132);
			expect(header).toEqual({ alg: 'ES512', typ: 'JWT', kid: thumbprint(KEYS.publicPem) });
			expect(claims.scopes).toEqual(['*.read', '*.write']);
			expect(claims.iss).toBe('n8n-nodes-payment-sessions');
			expect(claims.jti).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
			expect(claims.iat).toBeGreaterThanOrEqual(before);
			expect(claims.iat).toBeLessThanOrEqual(after);
			expect(claims.nbf).toBe(claims.iat);
			expect(claims.exp).toBe(claims.iat + 30);
			expect(Object.keys(claims).sort()).toEqual(['exp', 'iat', 'iss', 'jti', 'nbf', 'scopes']);
		}
		expect(new Set(inspected.map((i) => i.claims.jti)).size).toBe(3);
		expect(new Set(tokens).size).toBe(3);
	});

	test('a token is signed per request, also for the pages of one list', async () => {
		const s = sandbox().provider('gr4vy').createSession({}) as string;
		for (let i = 0; i < 120; i++) sandbox().provider('gr4vy').createTransaction({ checkout_session_id: s });
		const { items } = await runNode({ node, typeName, parameters: { resource: 'transaction', operation: 'getAll', returnAll: true }, credentials: credentials(sandbox().url) });
		expect(items).toHaveLength(120);
		const tokens = sandbox().provider('gr4vy').tokens() as string[];
		expect(tokens).toHaveLength(2);
		expect(tokens[0]).not.toBe(tokens[1]);
	});
});
