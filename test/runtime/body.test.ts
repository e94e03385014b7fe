import { convertField, convertObject, InputError } from '../../nodes/shared/body';
import type { FieldSpec } from '../../nodes/shared/types';

const item: FieldSpec = {
	field: 'items',
	param: 'items',
	displayName: 'Items',
	kind: 'list',
	group: 'item',
	fields: [
		{ field: 'product', param: 'product', displayName: 'Product SKU', kind: 'value' },
		{ field: 'quantity', param: 'quantity', displayName: 'Quantity', kind: 'value' },
	],
};
const metadata: FieldSpec = { field: 'metadata', param: 'metadata', displayName: 'Metadata', kind: 'map', group: 'entry' };
const custom: FieldSpec = { field: 'custom', param: 'custom', displayName: 'Processor Options', kind: 'json' };
const ids: FieldSpec = { field: 'ids', param: 'ids', displayName: 'IDs', kind: 'value', split: true, numeric: true };
const customer: FieldSpec = {
	field: 'customer',
	param: 'customer',
	displayName: 'Customer',
	kind: 'object',
	fields: [{ field: 'email', param: 'email', displayName: 'Email', kind: 'value' }],
};

describe('turning n8n parameter values into JSON', () => {
	test.each<[string, FieldSpec, unknown, unknown]>([
		['list entries become an array of objects', item, { item: [{ product: 'sku1', quantity: 2 }] }, [{ product: 'sku1', quantity: 2 }]],
		['an empty list is left out', item, { item: [] }, undefined],
		['key/value entries become a map, blank keys dropped', metadata, { entry: [{ key: 'a', value: '1' }, { key: ' ', value: 'x' }] }, { a: '1' }],
		['JSON text is parsed', custom, '{"stripe":{"metadata":{"u":1}}}', { stripe: { metadata: { u: 1 } } }],
		['an already parsed JSON value is kept', custom, { a: 1 }, { a: 1 }],
		['comma-separated numbers become numbers', ids, '1, 2,3', [1, 2, 3]],
		['an untouched collection is left out', customer, {}, undefined],
		['an empty string is left out', { ...customer, kind: 'value' }, '', undefined],
		['a nested collection keeps only the set fields', customer, { email: 'a@b.co' }, { email: 'a@b.co' }],
		['a list value left at its UI default is not sent', { ...item, fields: [item.fields![0], { ...item.fields![1], omitIf: 0 }] }, { item: [{ product: 'p', quantity: 0 }] }, [{ product: 'p' }]],
		['a list value changed from its UI default is sent', { ...item, fields: [item.fields![0], { ...item.fields![1], omitIf: 0 }] }, { item: [{ product: 'p', quantity: 3 }] }, [{ product: 'p', quantity: 3 }]],
	])('%s', (_name, spec, value, want) => expect(convertField(spec, value, spec.field)).toEqual(want));

	test('malformed JSON names the field and its path', () => {
		expect(() => convertField(custom, '{"a":', 'custom')).toThrow(new InputError('"Processor Options" (custom) is not valid JSON: ' + jsonError('{"a":')));
	});

	test('a non-number in a number list names the field and the value', () => {
		expect(() => convertField(ids, '1, two', 'ids')).toThrow('"IDs" (ids) must be a comma-separated list of numbers; "two" is not a number');
	});

	test.each<[string, unknown, string]>([
		['an object', { a: 1 }, 'an object'],
		['a list', ['x', 'y'], 'a list'],
		['null', null, 'null'],
	])('a map value that is %s is refused, naming the field and the key, instead of being sent as text', (_name, value, kind) => {
		expect(() => convertField(metadata, { entry: [{ key: 'tag', value }] }, 'metadata')).toThrow(
			new InputError(`"Metadata" (metadata.tag) must be text, a number or true/false, got ${kind}`),
		);
	});

	test('map values that are numbers or true/false are sent as their text', () => {
		expect(convertField(metadata, { entry: [{ key: 'n', value: 2 }, { key: 'b', value: true }] }, 'metadata')).toEqual({ n: '2', b: 'true' });
	});

	test('keys the table does not know are ignored rather than sent', () => {
		expect(convertObject([customer], { customer: { email: 'a@b.co' }, stale: 'x' }, '')).toEqual({ customer: { email: 'a@b.co' } });
	});
});

function jsonError(text: string): string {
	try {
		JSON.parse(text);
		return '';
	} catch (error) {
		return (error as Error).message;
	}
}
