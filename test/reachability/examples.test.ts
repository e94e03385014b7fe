import type { INodeParameters } from 'n8n-workflow';
import type { ProviderSpec } from '../../nodes/shared/types';
import { provider as primerProvider } from '../../nodes/PrimerSessions/generated/provider';
import type { CredentialFixture } from '../harness/engine';
import { runNode } from '../harness/engine';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import { loadContract } from '../primer/openapi-contract.cjs';
import * as primer from '../primer/fixtures';
import { requestExamples } from './official.cjs';

/*
 * Every request-body example of the official documents, given as the node's "Using JSON" body,
 * is sent exactly as written; an example that breaks the vendor's own schema is refused before
 * sending, naming the field. Only Primer's documents carry request examples; a platform whose
 * document gains one fails here until it has an entry below.
 */

interface Platform {
	provider: ProviderSpec;
	node: typeof primer.node;
	typeName: string;
	credentials: (url: string) => CredentialFixture;
	options: Record<string, unknown>;
}

const PLATFORMS: Record<string, Platform> = {
	primer: { provider: primerProvider, node: primer.node, typeName: primer.typeName, credentials: primer.credentials, options: primer.sandboxOptions },
};
const WITH_EXAMPLES = ['stripe', 'primer', 'gr4vy', 'digitalriver'].flatMap((id) => requestExamples(id).map(([method, path, example]) => [`${id} ${method} ${path}`, id, method, path, example] as const));

let sandbox: SandboxHandle;
beforeAll(async () => {
	sandbox = await startSandbox({ providers: Object.keys(PLATFORMS), options: Object.assign({}, ...Object.values(PLATFORMS).map((p) => p.options)) });
});
afterAll(async () => await sandbox.close());

test('the official documents carry request examples to check', () => {
	expect(WITH_EXAMPLES.length).toBeGreaterThan(0);
});

test.each(WITH_EXAMPLES)('the official example of %s is sent unchanged as the JSON body, or refused naming the field where it breaks the official schema', async (_name, id, method, path, example) => {
	const platform = PLATFORMS[id];
	expect(platform).toBeDefined();
	const shape = (p: string) => p.replace(/\{[^}]+\}/g, '{}');
	const op = Object.values(platform.provider.operations).find((o) => o.method === method && shape(o.path) === shape(path));
	expect(op).toBeDefined();
	const body = example as Record<string, unknown>;
	const parameters: INodeParameters = { resource: op!.resource, operation: op!.name, bodyInput: 'json', bodyJson: JSON.stringify(body) };
	// A value the node takes as its own parameter (e.g. Primer's client token) is given there, from the example.
	for (const p of op!.pathParams) parameters[p.param] = String(body[p.name] ?? 'example-id');
	const officialProblems = loadContract(id)
		.check({ method, path: `/${id}${path}`, query: {}, headers: {}, body }, `/${id}`)
		.filter((problem) => problem.includes(': body '));
	sandbox.reset();
	const result = await runNode({ node: platform.node, typeName: platform.typeName, parameters, credentials: platform.credentials(sandbox.url) });
	const sent = sandbox.requests.filter((r) => r.provider === id);
	if (officialProblems.length) {
		expect(sent).toEqual([]);
		expect(result.error?.message).toMatch(/^Invalid request body: "[^"]+" \([a-zA-Z.[\]0-9]+\)/);
	} else {
		expect(sent).toHaveLength(1);
		expect(sent[0].body).toEqual(body);
	}
});
