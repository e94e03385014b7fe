import type { INodeParameters } from 'n8n-workflow';
import { runNode } from '../harness/engine';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import cases from './bad-input.cases.json';
import { credentials, node, providers, sandboxOptions, stripeRequests, typeName } from './fixtures';

interface BadInputCase {
	behaviour: string;
	parameters: INodeParameters;
	/** Text the error message must contain (besides the item index). */
	message: string;
}

let sandbox: SandboxHandle;
beforeAll(async () => {
	sandbox = await startSandbox({ providers, options: sandboxOptions });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

describe('Stripe Sessions refuses bad input before anything is sent', () => {
	test.each((cases as BadInputCase[]).map((c) => [c.behaviour, c] as const))('%s', async (_name, c) => {
		const result = await runNode({ node, typeName, parameters: c.parameters, credentials: credentials(sandbox.url) });
		expect(result.error?.message).toContain(c.message);
		expect(result.error?.message).toMatch(/\[item 0\]$/);
		expect(result.error?.context?.itemIndex).toBe(0);
		expect(stripeRequests(sandbox)).toHaveLength(0);
	});

	test('with Continue on Fail, a bad second item is reported on item 1 and only the good first item is sent', async () => {
		const result = await runNode({
			node,
			typeName,
			items: [{ json: { quantity: 2 } }, { json: { quantity: 0 } }],
			parameters: {
				resource: 'checkoutSession',
				operation: 'create',
				mode: 'payment',
				additionalFields: { success_url: 'https://shop.example/ok', line_items: { lineItem: [{ price: 'price_1', quantity: '={{ $json.quantity }}' }] } },
			},
			credentials: credentials(sandbox.url),
			continueOnFail: true,
		});
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json.object).toBe('checkout.session');
		expect(result.items[1]).toEqual({ json: expect.objectContaining({ error: expect.stringMatching(/"Line Items > Quantity" \(line_items\[0\]\.quantity\) must be >= 1 \[item 1\]$/) }), pairedItem: { item: 1 } });
		expect(stripeRequests(sandbox)).toHaveLength(1);
	});
});
