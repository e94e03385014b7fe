import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { runNode } from '../harness/engine';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import cases from './faults.cases.json';
import { credentials, node, sandboxOptions, typeName } from './fixtures';

interface FaultCase {
	behaviour: string;
	operation: 'create' | 'get' | 'update';
	fault: IDataObject;
	options?: IDataObject;
	attempts: number;
	sessions: number;
	outcome: 'success' | 'error';
	message?: string;
	description?: string;
}

const parametersFor: Record<FaultCase['operation'], INodeParameters> = {
	create: { operation: 'create', items: { item: [{ product: 'sku' }] }, success_url: 'https://a.example/ok', cancel_url: 'https://a.example/no' },
	get: { operation: 'get', checkoutSessionId: { __rl: true, mode: 'id', value: '1' } },
	update: { operation: 'update', checkoutSessionId: { __rl: true, mode: 'id', value: '1' }, updateFields: { locale: 'de' } },
};
const methodFor = { create: 'POST', get: 'GET', update: 'PUT' };

let sandbox: SandboxHandle;
beforeAll(async () => {
	sandbox = await startSandbox({ options: sandboxOptions });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

describe('retries under injected faults', () => {
	test.each((cases as FaultCase[]).map((c) => [c.behaviour, c] as const))('%s', async (_name, c) => {
		if (c.operation !== 'create') sandbox.provider('quaderno').seed(1);
		sandbox.setFaults([{ provider: 'quaderno', method: methodFor[c.operation], rate: 1, ...c.fault }]);
		const parameters = { resource: 'checkoutSession', ...parametersFor[c.operation], options: { requestsPerSecond: 0, ...c.options } };
		const result = await runNode({ node, typeName, parameters, credentials: credentials(sandbox.url) });
		const attempts = sandbox.requests.filter((r) => r.method === methodFor[c.operation]).length;
		expect(attempts).toBe(c.attempts);
		expect(sandbox.provider('quaderno').all()).toHaveLength(c.sessions);
		if (c.outcome === 'success') {
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(1);
		} else {
			expect(result.error).toBeDefined();
			if (c.message) expect(result.error?.message).toContain(c.message);
			if (c.description) expect(String(result.error?.description)).toContain(c.description);
		}
	});
});
