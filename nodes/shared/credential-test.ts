import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunction,
	ICredentialTestFunctions,
	IHttpRequestOptions,
	INodeCredentialTestResult,
} from 'n8n-workflow';
import { collectDerivedSecrets, credentialBaseUrl, credentialErrorOf, credentialSecrets, templateAuthentication } from './auth';
import { cleanText, MAX_DESCRIPTION_LENGTH, mapVendorError, redact } from './errors';
import type { ProviderSpec } from './types';

/*
 * The credentials' Test button. n8n runs a credential's declarative `test` request through its
 * routing engine, which reports only an HTTP status text ("Unauthorized") or an error code
 * ("CREDENTIAL_INVALID"), builds the host from the credential's fields without the checks the
 * nodes apply, and cannot name the address of a redirect. So every credential is tested by its
 * nodes (`testedBy`) with this one function: the host comes from the same table and checks as in
 * the nodes, redirects are not followed, and a refusal reads as the platform wrote it.
 */

/** Time the Test button waits for the platform's answer. */
const TEST_TIMEOUT_MS = 30_000;

/** What n8n's legacy request helper answers with `resolveWithFullResponse` and `simple: false`. */
interface TestResponse {
	statusCode: number;
	headers?: Record<string, unknown>;
	body?: unknown;
}

type Helpers = ICredentialTestFunctions['helpers'];

/** The credential test n8n's Test button runs for the provider's credential `name`. */
export function credentialTest(provider: ProviderSpec, name: string): ICredentialTestFunction {
	return async function (this: ICredentialTestFunctions, credential): Promise<INodeCredentialTestResult> {
		return await testCredential(this.helpers, provider, name, (credential.data ?? {}) as ICredentialDataDecryptedObject);
	};
}

async function testCredential(helpers: Helpers, provider: ProviderSpec, name: string, data: ICredentialDataDecryptedObject): Promise<INodeCredentialTestResult> {
	const ref = provider.credentials.find((c) => c.name === name);
	if (!ref) return { status: 'Error', message: `${provider.displayName} has no credential "${name}"` };
	const secrets = credentialSecrets(ref, data);
	collectDerivedSecrets(data, secrets);
	// Vendor parts (an address, a message) are cut on their own, so the explanation around them stays whole.
	const vendor = (text: string, max?: number) => cleanText(redact(text, secrets), max);
	const fail = (message: string): INodeCredentialTestResult => ({ status: 'Error', message: cleanText(redact(message, secrets), MAX_DESCRIPTION_LENGTH) });
	const what = `${ref.test.method} ${ref.test.path}`;

	let options: IHttpRequestOptions;
	try {
		const url = `${credentialBaseUrl(ref.baseUrl, data)}${ref.test.path}`;
		options = await templateAuthentication(ref.auth, ref.sign)(data, { method: ref.test.method, url, qs: ref.test.qs, headers: {} });
	} catch (error) {
		const refused = credentialErrorOf(error);
		return fail(`${provider.displayName}: ${refused?.message ?? String(error)}. Nothing was sent.`);
	}

	let response: TestResponse;
	try {
		response = await sendTestRequest(helpers, options);
	} catch (error) {
		const code = (error as { code?: unknown })?.code;
		const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
		return fail(`${provider.displayName}: could not complete ${what} at ${options.url} (${reason})`);
	}

	const status = response.statusCode;
	if (status >= 200 && status < 300) {
		// Every test request reads a JSON list: anything else is not the platform's API (a login page, a proxy).
		if (response.body !== null && typeof response.body === 'object') return { status: 'OK', message: 'Connection successful!' };
		return fail(`${provider.displayName} answered ${what} with HTTP ${status} but not with JSON, so this is not its API; check the credential's host fields`);
	}
	if (status >= 300 && status < 400) {
		const location = response.headers?.location ?? response.headers?.Location;
		const address = typeof location === 'string' && location !== '' ? vendor(location, 200) : 'no address given';
		return fail(
			`${provider.displayName} answered ${what} with a redirect (HTTP ${status}) to ${address}. Redirects are not followed, so the credential was not sent there; check the credential's host fields.`,
		);
	}
	const mapped = mapVendorError(provider.hooks, response.body);
	return fail(`${provider.displayName}: ${mapped ? vendor(mapped.message) : `the API answered ${what} with HTTP ${status}`} (HTTP ${status})`);
}

// n8n gives a credential test only its legacy `request` helper, not httpRequest; the options
// below are that helper's: no redirect is followed for any method, and every status resolves.
async function sendTestRequest(helpers: Helpers, options: IHttpRequestOptions): Promise<TestResponse> {
	const auth = options.auth ? { user: options.auth.username, pass: options.auth.password, sendImmediately: true } : undefined;
	return (await helpers.request({
		uri: options.url,
		method: options.method,
		qs: options.qs,
		headers: options.headers,
		auth,
		json: true,
		followRedirect: false,
		followAllRedirects: false,
		simple: false,
		resolveWithFullResponse: true,
		timeout: TEST_TIMEOUT_MS,
	})) as TestResponse;
}
