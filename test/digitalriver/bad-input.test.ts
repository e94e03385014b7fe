import type { INodeParameters } from 'n8n-workflow';
import { runNode } from '../harness/engine';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import cases from './bad-input.cases.json';
import { credentials, node, sandboxOptions, typeName } from './fixtures';

interface BadInputCase {
	behaviour: string;
	parameters: INodeParameters;
	credentials?: Record<string, string>;
	error: string;
}

let sandbox: SandboxHandle;
beforeAll(async () => {
	sandbox = await startSandbox({ providers: ['digitalriver'], options: sandboxOptions });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

describe('Digital River Sessions: bad input is refused before anything is sent', () => {
	test.each((cases as BadInputCase[]).map((c) => [c.behaviour, c] as const))('%s: the error names the field and the item', async (_name, c) => {
		const result = await runNode({ node, typeName, parameters: c.parameters, credentials: credentials(sandbox.url, c.credentials) });
		expect(result.error?.message).toContain(c.error);
		expect(sandbox.requests).toHaveLength(0);
	});

	test('with Continue On Fail the bad item becomes an error item naming its index and the good one is still sent', async () => {
		const result = await runNode({
			node,
			typeName,
			continueOnFail: true,
			items: [{ json: { qty: 2 } }, { json: { qty: 0 } }],
			parameters: { resource: 'dropInCheckoutSession', operation: 'create', currency: 'USD', items: { item: [{ skuId: 'sku', price: 3, quantity: '={{ $json.qty }}' }] } },
			credentials: credentials(sandbox.url),
		});
		expect(result.items[0]).toEqual({ json: expect.objectContaining({ id: expect.any(String), link: expect.any(String) }), pairedItem: { item: 0 } });
		expect(result.items[1]).toEqual({ json: expect.objectContaining({ error: expect.stringContaining('(items[0].quantity) must be >= 1 [item 1]') }), pairedItem: { item: 1 } });
		expect(sandbox.requests).toHaveLength(1);
	});
});
