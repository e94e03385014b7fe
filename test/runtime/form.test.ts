import { bracketQuery, decodeForm, encodeForm } from '../../nodes/shared/form';

/*
 * Bracket-notation form encoding as Stripe's clients send it. Each row: what is encoded, the exact
 * wire text, and what decoding the wire text gives back (strings, since a form has no types).
 */
const table: Array<[string, Record<string, unknown>, string, Record<string, unknown>]> = [
	['a flat field is key=value', { mode: 'payment' }, 'mode=payment', { mode: 'payment' }],
	['a metadata map becomes one parent[key] per entry', { metadata: { order_id: 'A1', step: '2' } }, 'metadata[order_id]=A1&metadata[step]=2', { metadata: { order_id: 'A1', step: '2' } }],
	['nested objects nest their brackets', { price_data: { product_data: { name: 'Cap' } } }, 'price_data[product_data][name]=Cap', { price_data: { product_data: { name: 'Cap' } } }],
	[
		'arrays of objects use explicit indices, never list[]',
		{ line_items: [{ price: 'price_1', quantity: 2 }, { price: 'price_2', quantity: 1 }] },
		'line_items[0][price]=price_1&line_items[0][quantity]=2&line_items[1][price]=price_2&line_items[1][quantity]=1',
		{ line_items: [{ price: 'price_1', quantity: '2' }, { price: 'price_2', quantity: '1' }] },
	],
	['arrays of strings are indexed too', { payment_method_types: ['card', 'link'] }, 'payment_method_types[0]=card&payment_method_types[1]=link', { payment_method_types: ['card', 'link'] }],
	['booleans are the words true and false', { components: { buy_button: { enabled: true }, pricing_table: { enabled: false } } }, 'components[buy_button][enabled]=true&components[pricing_table][enabled]=false', { components: { buy_button: { enabled: 'true' }, pricing_table: { enabled: 'false' } } }],
	['numbers are written in decimal', { unit_amount: 1500, expires_at: 1760000000, rate: 0.5 }, 'unit_amount=1500&expires_at=1760000000&rate=0.5', { unit_amount: '1500', expires_at: '1760000000', rate: '0.5' }],
	['null is an empty value, which unsets the field', { description: null }, 'description=', { description: '' }],
	["'' is an empty value, which unsets the field", { metadata: { old: '' } }, 'metadata[old]=', { metadata: { old: '' } }],
	['an empty object is sent as an empty value, which clears the map', { metadata: {} }, 'metadata=', { metadata: '' }],
	['undefined fields are left out', { a: 'x', b: undefined }, 'a=x', { a: 'x' }],
	[
		'special characters are percent-encoded and spaces become +',
		{ name: 'T-shirt & cap = 50% off', url: 'https://x.test/ok?id={CHECKOUT_SESSION_ID}#top' },
		'name=T-shirt+%26+cap+%3D+50%25+off&url=https%3A%2F%2Fx.test%2Fok%3Fid%3D%7BCHECKOUT_SESSION_ID%7D%23top',
		{ name: 'T-shirt & cap = 50% off', url: 'https://x.test/ok?id={CHECKOUT_SESSION_ID}#top' },
	],
	['a literal + is encoded so it is not read as a space', { note: 'a+b' }, 'note=a%2Bb', { note: 'a+b' }],
	['non-ASCII text is UTF-8 percent-encoded', { name: 'Café ☕' }, 'name=Caf%C3%A9+%E2%98%95', { name: 'Café ☕' }],
	['keys with special characters are encoded but brackets stay readable', { metadata: { 'a b&c': 'v' } }, 'metadata[a+b%26c]=v', { metadata: { 'a b&c': 'v' } }],
	['dates are sent as Unix seconds', { expires_at: new Date('2025-01-01T00:00:00Z') }, 'expires_at=1735689600', { expires_at: '1735689600' }],
];

describe('form encoding (bracket notation)', () => {
	test.each(table)('%s', (_behaviour, input, wire, decoded) => {
		expect(encodeForm(input)).toBe(wire);
		expect(decodeForm(wire)).toEqual(decoded);
	});
});

describe('query objects', () => {
	test.each([
		['nested filters become bracket keys', { created: { gte: 1, lt: 2 }, status: 'open' }, { 'created[gte]': 1, 'created[lt]': 2, status: 'open' }],
		['deeper nesting keeps every level', { customer_details: { email: 'a@b.co' } }, { 'customer_details[email]': 'a@b.co' }],
		['arrays and scalars are left to the HTTP client', { expand: ['customer'], limit: 10 }, { expand: ['customer'], limit: 10 }],
		['undefined values are dropped', { limit: 10, starting_after: undefined }, { limit: 10 }],
	])('%s', (_behaviour, input, want) => {
		expect(bracketQuery(input)).toEqual(want);
	});
});
