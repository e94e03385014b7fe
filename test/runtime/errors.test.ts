import { credentialSecrets } from '../../nodes/shared/auth';
import { apiError, cleanText, MAX_DESCRIPTION_LENGTH, MAX_MESSAGE_LENGTH, mapVendorError, redact, redactValue } from '../../nodes/shared/errors';
import { provider as digitalriver } from '../../nodes/DigitalRiverSessions/generated/provider';
import { provider as gr4vy } from '../../nodes/Gr4vySessions/generated/provider';
import { provider as primer } from '../../nodes/PrimerSessions/generated/provider';
import { provider as quaderno } from '../../nodes/QuadernoSessions/generated/provider';
import { provider as stripe } from '../../nodes/StripeSessions/generated/provider';

// Each platform's envelope is read by its hooks, reached through its generated table as the runtime reaches it.
const hooksOf = { quaderno, stripe, primer, gr4vy, digitalriver } as const;
type Platform = keyof typeof hooksOf;
const hooks = (platform: Platform) => hooksOf[platform].hooks;

// Each vendor's error envelope, as its API documents it, and what the user should read.
const cases: Array<[string, Platform, unknown, { message: string; description?: RegExp }]> = [
	['Quaderno plain error', 'quaderno', { error: 'Unauthorized access or document does not exist.' }, { message: 'Unauthorized access or document does not exist.' }],
	['Quaderno field errors', 'quaderno', { errors: { 'items[0].product': ['is required'] } }, { message: 'Quaderno rejected the request: items[0].product: is required', description: /items\[0]\.product: is required/ }],
	['Stripe error object', 'stripe', { error: { type: 'invalid_request_error', code: 'parameter_missing', param: 'line_items', message: 'Missing required param: line_items.' } }, { message: 'Missing required param: line_items.', description: /Parameter: line_items/ }],
	['Primer error with validation errors', 'primer', { error: { errorId: 'RequestValidationError', description: 'Invalid request', validationErrors: [{ path: '$.amount', description: 'must be positive' }] } }, { message: 'Invalid request', description: /\$\.amount: must be positive/ }],
	['Gr4vy error', 'gr4vy', { type: 'error', code: 'not_found', status: 404, message: 'The resource could not be found', details: [] }, { message: 'The resource could not be found', description: /Code: not_found/ }],
	['Gr4vy FastAPI validation', 'gr4vy', { detail: [{ loc: ['body', 'expires_in'], msg: 'ensure this value is greater than or equal to 3600', type: 'value_error' }] }, { message: 'Gr4vy rejected the request: body.expires_in: ensure this value is greater than or equal to 3600' }],
	['Digital River errors list', 'digitalriver', { type: 'bad_request', errors: [{ code: 'invalid_parameter', parameter: 'currency', message: "'XYZ' is not a valid currency." }] }, { message: "'XYZ' is not a valid currency.", description: /invalid_parameter \(currency\)/ }],
];

describe('vendor error envelopes', () => {
	test.each(cases)('%s is read into a message and description', (_name, format, body, want) => {
		const mapped = mapVendorError(hooks(format), body);
		expect(mapped?.message).toBe(want.message);
		if (want.description) expect(mapped?.description).toMatch(want.description);
	});

	test('a JSON string body is parsed before mapping', () => {
		expect(mapVendorError(hooks('quaderno'), '{"error":"Nope"}')?.message).toBe('Nope');
	});

	test('a platform without an errorEnvelope hook gets no mapping, and its errors name the platform and the HTTP status', () => {
		const body = { error: { message: 'shaped like Stripe' } };
		expect(mapVendorError(undefined, body)).toBeUndefined();
		expect(mapVendorError({}, body)).toBeUndefined();
		const error = apiError({ name: 'n', type: 't', typeVersion: 1, position: [0, 0], parameters: {}, id: '1' }, undefined, 502, body, [], 0, 'Sixth');
		expect(error.message).toBe('Sixth: Sixth answered with HTTP 502');
		expect(error.description).toBe('HTTP 502');
	});

	test('a body of no known shape gives no mapping, so the caller falls back to the HTTP status', () => {
		expect(mapVendorError(hooks('stripe'), '<html>bad gateway</html>')).toBeUndefined();
		expect(mapVendorError(hooks('quaderno'), { unexpected: true })).toBeUndefined();
	});
});

describe('secret redaction', () => {
	test('every occurrence of a secret is cut out of a text', () => {
		expect(redact('key sk_test_abcdef1234 and again sk_test_abcdef1234', ['sk_test_abcdef1234'])).toBe('key [redacted] and again [redacted]');
	});

	test('Bearer and Basic authorization values are cut out even when the secret is not known', () => {
		expect(redact('Authorization: Bearer eyJhbGciOiJFUzUxMiJ9.e30.sig', [])).toBe('Authorization: Bearer [redacted]');
		expect(redact('Authorization: Basic c2tfdGVzdDp4', [])).toBe('Authorization: Basic [redacted]');
	});

	test('secrets nested anywhere in a JSON value are redacted', () => {
		expect(redactValue({ a: ['x secret-value-1 y'], b: { c: 'secret-value-1' }, n: 1 }, ['secret-value-1'])).toEqual({
			a: ['x [redacted] y'],
			b: { c: '[redacted]' },
			n: 1,
		});
	});
});

describe('every form of a secret a run derives is on its redaction list', () => {
	const cases: Array<[string, Parameters<typeof credentialSecrets>[0], Record<string, string>, string[]]> = [
		['a key stored with a trailing space and newline: stored and trimmed', { secrets: ['apiKey'] }, { apiKey: 'sk_live_123456 \n' }, ['sk_live_123456 \n', 'sk_live_123456']],
		['Basic auth with the key as user: also base64("key:x")', { secrets: ['apiKey'], auth: { basic: { username: '{apiKey}', password: 'x' } } }, { apiKey: ' qk_abcdef ' }, [Buffer.from('qk_abcdef:x').toString('base64'), ' qk_abcdef ', 'qk_abcdef']],
		['a PEM key: also each line of its body', { secrets: ['privateKey'] }, { privateKey: '-----BEGIN PRIVATE KEY-----\\nMIHuAgEAMBAGByqGSM49\\n-----END PRIVATE KEY-----' }, ['MIHuAgEAMBAGByqGSM49']],
		['values shorter than four characters are left out', { secrets: ['apiKey'] }, { apiKey: 'ab' }, []],
	];
	test.each(cases)('%s', (_name, source, data, want) => {
		const list = credentialSecrets(source, data);
		for (const secret of want) expect(list).toContain(secret);
		if (want.length === 0) expect(list).toEqual([]);
		// Longest first, so a secret that contains another is cut out whole.
		expect([...list].sort((a, b) => b.length - a.length)).toEqual(list);
	});

	test('a signed token (JWT) is cut out even when no list names it', () => {
		const shaped = ['eyJhbGciOiJFUzUxMiJ9', 'eyJzY29wZXMiOlsiKi5yZWFkIl19', 'AbCdEfGhIjKlMnOp'].join('.');
		expect(redact(`Token ${shaped} is not valid`, [])).toBe('Token [redacted] is not valid');
	});
});

describe('vendor text is cleaned before it is shown', () => {
	const cases: Array<[string, string, number, boolean, string]> = [
		['control characters become spaces', 'bad\u0000key\u001b[31m red\u007f', 300, false, 'bad key [31m red'],
		['line breaks become spaces in a message', 'line one\r\nline two', 300, false, 'line one line two'],
		['line breaks stay in a description', 'line one\r\nline two\tend', 300, true, 'line one\nline two end'],
		['bidirectional overrides are removed', 'pay \u202Egnp.exe', 300, false, 'pay  gnp.exe'],
		['long text is cut with an ellipsis', 'x'.repeat(400), 300, false, `${'x'.repeat(299)}…`],
		['a cut never leaves half of a surrogate pair', `${'x'.repeat(8)}😀😀`, 10, false, `${'x'.repeat(8)}…`],
	];
	test.each(cases)('%s', (_name, text, max, lines, want) => {
		expect(cleanText(text, max, lines)).toBe(want);
	});

	test('an API error message and description are redacted, cleaned and cut', () => {
		const body = { error: { message: `Key sk_test_secret123 \u0000${'m'.repeat(1000)}`, type: `t\u0007${'d'.repeat(5000)}` } };
		const error = apiError({ name: 'n', type: 't', typeVersion: 1, position: [0, 0], parameters: {}, id: '1' }, hooks('stripe'), 400, body, ['sk_test_secret123'], 0, 'Stripe');
		expect(error.message.startsWith('Stripe: Key [redacted]  m')).toBe(true);
		expect(error.message.length).toBeLessThanOrEqual('Stripe: '.length + MAX_MESSAGE_LENGTH);
		expect(error.description?.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
		expect(error.description).not.toContain(String.fromCharCode(7));
	});
});
