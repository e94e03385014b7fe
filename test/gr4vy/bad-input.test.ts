import type { INodeParameters } from 'n8n-workflow';
import { getEngineLog, runNode } from '../harness/engine';
import cases from './bad-input.cases.json';
import { KEYS, credentials, node, typeName } from './fixtures';
import { useGr4vySandbox } from './gr4vy';
import { makeWrongCurveKey, pemBody } from './keys.cjs';

interface BadInputCase {
	behaviour: string;
	parameters: INodeParameters;
	credentials?: Record<string, string>;
	error: string;
}

const { sandbox } = useGr4vySandbox();

// Key-shaped inputs are made at run time; the table names them by placeholder.
const wrongCurve = makeWrongCurveKey();
const brokenPem = KEYS.privatePem.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!');
const placeholders: Record<string, string> = { P256_PEM: wrongCurve, BROKEN_PEM: brokenPem };

describe('Gr4vy: bad input is refused before anything is sent', () => {
	test.each((cases as BadInputCase[]).map((c) => [c.behaviour, c] as const))('%s: the error names the field and the item', async (_name, c) => {
		const overrides = Object.fromEntries(Object.entries(c.credentials ?? {}).map(([k, v]) => [k, placeholders[v] ?? v]));
		const result = await runNode({ node, typeName, parameters: c.parameters, items: [{ json: {} }, { json: {} }], credentials: credentials(sandbox().url, 'gr4vySessionsApi', overrides) });
		expect(result.error?.message).toContain(c.error);
		expect(sandbox().requests).toHaveLength(0);
		// A refused key is never echoed, in whole or in part.
		const everything = JSON.stringify({ error: result.error, description: result.error?.description, log: getEngineLog() });
		for (const pem of [KEYS.privatePem, wrongCurve, brokenPem]) expect(everything).not.toContain(pemBody(pem).slice(20, 80));
	});

	test('with continueOnFail the bad item becomes an error item and the good one is still sent', async () => {
		const result = await runNode({
			node,
			typeName,
			continueOnFail: true,
			items: [{ json: { qty: 0 } }, { json: { qty: 2 } }],
			parameters: { resource: 'checkoutSession', operation: 'create', additionalFields: { cart_items: { cartItem: [{ name: 'Socks', quantity: '={{ $json.qty }}', unit_amount: 100 }] } } },
			credentials: credentials(sandbox().url),
		});
		expect(result.items[0]).toEqual({ json: expect.objectContaining({ error: expect.stringContaining('(cart_items[0].quantity) must be > 0 [item 0]') }), pairedItem: { item: 0 } });
		expect(result.items[1]).toEqual({ json: expect.objectContaining({ type: 'checkout-session' }), pairedItem: { item: 1 } });
		expect(sandbox().requests).toHaveLength(1);
	});
});
