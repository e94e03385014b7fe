import { mapVendorError, redact, redactValue } from '../../nodes/shared/errors';
import type { ErrorFormat } from '../../nodes/shared/types';

// Each vendor's error envelope, as its API documents it, and what the user should read.
const cases: Array<[string, ErrorFormat, unknown, { message: string; description?: RegExp }]> = [
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
		const mapped = mapVendorError(format, body);
		expect(mapped?.message).toBe(want.message);
		if (want.description) expect(mapped?.description).toMatch(want.description);
	});

	test('a JSON string body is parsed before mapping', () => {
		expect(mapVendorError('quaderno', '{"error":"Nope"}')?.message).toBe('Nope');
	});

	test('a body of no known shape gives no mapping, so the caller falls back to the HTTP status', () => {
		expect(mapVendorError('stripe', '<html>bad gateway</html>')).toBeUndefined();
		expect(mapVendorError('quaderno', { unexpected: true })).toBeUndefined();
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
