import { CredentialError, credentialErrorOf } from '../../nodes/shared/auth';

const refused = () => new CredentialError('Credential field "privateKey" (Private Key) must be a PEM private key');

// How n8n's request helper hands back an error thrown by a credential's authenticate function.
const wrapped = (fields: Record<string, unknown>) => Object.assign(new Error(String(fields.message ?? 'wrapped')), fields);

const cases: Array<{ name: string; given: unknown; want: string | undefined }> = [
	{ name: 'the error itself', given: refused(), want: refused().message },
	{
		name: "n8n 2.x's NodeApiError, with the error as its cause",
		given: wrapped({ name: 'NodeApiError', message: 'x', cause: refused() }),
		want: refused().message,
	},
	{
		name: "n8n 1.x's NodeApiError, with the message taken over and the code moved to httpCode",
		given: wrapped({ name: 'NodeApiError', message: refused().message, httpCode: 'CREDENTIAL_INVALID' }),
		want: refused().message,
	},
	{ name: 'an HTTP refusal', given: wrapped({ name: 'NodeApiError', message: 'Unauthorized', httpCode: '401' }), want: undefined },
	{ name: 'a network failure', given: wrapped({ name: 'Error', message: 'connect ECONNREFUSED', code: 'ECONNREFUSED' }), want: undefined },
	{
		name: 'another error that only carries the code as httpCode',
		given: wrapped({ name: 'Error', message: 'x', httpCode: 'CREDENTIAL_INVALID' }),
		want: undefined,
	},
];

describe("a credential's refusal is recognised however n8n wrapped it", () => {
	test.each(cases)('$name', ({ given, want }) => {
		expect(credentialErrorOf(given)?.message).toBe(want);
	});
});
