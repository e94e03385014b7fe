import type { IDataObject } from 'n8n-workflow';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import { loadContract } from '../primer/openapi-contract.cjs';
import { sandboxOptions } from './fixtures';

/*
 * What every Gr4vy test file shares: one emulator per file, and the rule that every request any
 * test made must be one Gr4vy's own OpenAPI document describes, with the shapes it describes.
 */

/** Starts the emulator for this test file and checks each test's requests against the contract. */
export function useGr4vySandbox(): { sandbox: () => SandboxHandle } {
	let sandbox: SandboxHandle;
	const contract = loadContract('gr4vy');
	beforeAll(async () => {
		sandbox = await startSandbox({ providers: ['gr4vy'], options: sandboxOptions });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());
	afterEach(() => {
		const problems = sandbox.requests.filter((r) => r.provider === 'gr4vy').flatMap((r) => contract.check(r as never, '/gr4vy'));
		expect(problems).toEqual([]);
	});
	return { sandbox: () => sandbox };
}

/** Requests that reached the Gr4vy emulator, with paths relative to its mount. */
export function apiRequests(sandbox: SandboxHandle): IDataObject[] {
	return sandbox.requests
		.filter((r) => r.provider === 'gr4vy')
		.map((r) => ({ ...r, path: String(r.path).replace(/^\/gr4vy/, '') }));
}
