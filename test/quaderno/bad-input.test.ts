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
	sandbox = await startSandbox({ options: sandboxOptions });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const withLongValues = (p: INodeParameters) => JSON.parse(JSON.stringify(p).replace('"LONG"', JSON.stringify('x'.repeat(256)))) as INodeParameters;

describe('bad input is refused before anything is sent', () => {
	test.each((cases as BadInputCase[]).map((c) => [c.behaviour, c] as const))('%s: the error names the field and the item', async (_name, c) => {
		const parameters = withLongValues({ resource: 'checkoutSession', ...c.parameters });
		const result = await runNode({ node, typeName, parameters, credentials: credentials(sandbox.url, c.credentials) });
		expect(result.error?.message).toContain(c.error);
		expect(sandbox.requests).toHaveLength(0);
	});

	test('a limit given as numeric text by an expression ("10") is read as that number, as n8n reads its own number fields', async () => {
		sandbox.provider('quaderno').seed(12);
		const parameters = { resource: 'checkoutSession', operation: 'getAll', returnAll: false, limit: "={{ '10' }}" };
		const result = await runNode({ node, typeName, parameters, credentials: credentials(sandbox.url) });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(10);
	});

	test('with continueOnFail the bad item becomes an error item and the good one is still sent', async () => {
		const result = await runNode({
			node,
			typeName,
			continueOnFail: true,
			items: [{ json: { qty: 0 } }, { json: { qty: 2 } }],
			parameters: {
				resource: 'checkoutSession',
				operation: 'create',
				items: { item: [{ product: 'sku', quantity: '={{ $json.qty }}' }] },
				success_url: 'https://a.example/ok',
				cancel_url: 'https://a.example/no',
			},
			credentials: credentials(sandbox.url),
		});
		expect(result.items[0]).toEqual({ json: expect.objectContaining({ error: expect.stringContaining('(items[0].quantity) must be >= 1 [item 0]') }), pairedItem: { item: 0 } });
		expect(result.items[1]).toEqual({ json: expect.objectContaining({ id: 1 }), pairedItem: { item: 1 } });
		expect(sandbox.requests).toHaveLength(1);
	});
});
