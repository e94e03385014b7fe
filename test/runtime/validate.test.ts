import { InputError } from '../../nodes/shared/body';
import { assertValid, displayPath, jsonPath } from '../../nodes/shared/validate';
import { provider } from '../../nodes/QuadernoSessions/generated/provider';

const body = provider.operations['checkoutSession.create'].body!;
const fields = [...body.required, ...body.optional];
const valid = { items: [{ product: 'sku_1', quantity: 1 }], success_url: 'https://shop.example/ok', cancel_url: 'https://shop.example/cancel' };

function problem(data: unknown): InputError {
	try {
		assertValid(provider.validators, body.validator, data, fields, 'request body');
	} catch (error) {
		return error as InputError;
	}
	throw new Error('expected the data to be rejected');
}

describe('request validation with the compiled schema', () => {
	test('a valid body passes', () => {
		expect(() => assertValid(provider.validators, body.validator, valid, fields, 'request body')).not.toThrow();
	});

	test.each([
		['a missing required field', { ...valid, success_url: undefined }, 'Invalid request body: "Success URL" (success_url) is required'],
		['quantity 0', { ...valid, items: [{ product: 'sku_1', quantity: 0 }] }, 'Invalid request body: "Items > Quantity" (items[0].quantity) must be >= 1'],
		['a wrong type', { ...valid, coupon_collection: 'yes' }, 'Invalid request body: "Coupon Collection" (coupon_collection) must be boolean'],
		['a bad enum value', { ...valid, locale: 'klingon' }, 'Invalid request body: "Locale" (locale) must be one of: auto, ca, de, en, es, fi, fr, hu, nl, no, sv'],
		['an over-long string', { ...valid, items: [{ product: 'x'.repeat(256) }] }, 'Invalid request body: "Items > Product SKU" (items[0].product) must NOT have more than 255 characters'],
		['a bad currency code', { ...valid, items: [{ product: 'a', currency: 'euro' }] }, 'Invalid request body: "Items > Currency" (items[0].currency) has the wrong format (expected to match ^[A-Z]{3}$)'],
		['a negative amount', { ...valid, items: [{ product: 'a', amount: -1 }] }, 'Invalid request body: "Items > Amount" (items[0].amount) must be >= 0'],
		['an unknown field', { ...valid, colour: 'red' }, 'Invalid request body: "colour" is not a field this API accepts'],
		['a URL that is not http(s)', { ...valid, cancel_url: 'ftp://x' }, 'Invalid request body: "Cancel URL" (cancel_url) has the wrong format (expected to match ^https?://[^\\s]+$)'],
	])('%s is named with its display name and path', (_name, data, message) => {
		expect(problem(JSON.parse(JSON.stringify(data))).message).toBe(message);
	});

	test('every problem is listed in the description when there are several', () => {
		const error = problem({ items: [{ quantity: 0 }] });
		expect(error.description).toContain('"Success URL" (success_url) is required');
		expect(error.description).toContain('"Items > Product SKU" (items[0].product) is required');
		expect(error.description).toContain('"Items > Quantity" (items[0].quantity) must be >= 1');
	});

	test('an update with no field set is rejected', () => {
		const update = provider.operations['checkoutSession.update'].body!;
		expect(() => assertValid(provider.validators, update.validator, {}, update.optional, 'request body')).toThrow('needs at least 1 field(s) set');
	});
});

describe('paths', () => {
	test.each([
		['/items/0/quantity', undefined, 'items[0].quantity'],
		['', 'success_url', 'success_url'],
		['/customer', 'email', 'customer.email'],
	])('instance path %j plus %j reads as %s', (instancePath, extra, want) => expect(jsonPath(instancePath, extra)).toBe(want));

	test('display names follow the field table as far as it goes', () => {
		expect(displayPath('customer.billing_country', fields)).toBe('Customer > Billing Country');
		expect(displayPath('nothing.here', fields)).toBeUndefined();
	});
});
