import type { IExecuteFunctions, INodeParameters } from 'n8n-workflow';
import { hasExpression, parameterReader } from '../../nodes/shared/params';

/** A stand-in for n8n's per-item parameter reads: expressions resolve to "<value>#<item>". */
function fakeNode(parameters: INodeParameters) {
	const reads: string[] = [];
	const resolve = (value: unknown, i: number): unknown => {
		if (typeof value === 'string' && value.startsWith('=')) return `${value.slice(1)}#${i}`;
		if (Array.isArray(value)) return value.map((v) => resolve(v, i));
		if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, i)]));
		return value;
	};
	const fn = {
		getNode: () => ({ parameters }),
		getNodeParameter: (name: string, i: number, fallback?: unknown) => {
			reads.push(`${name}@${i}`);
			return name in parameters ? resolve(parameters[name], i) : fallback;
		},
	} as unknown as IExecuteFunctions;
	return { fn, reads };
}

describe('reading parameters per item', () => {
	test.each([
		{ value: 'USD', expected: false },
		{ value: '={{ $json.currency }}', expected: true },
		{ value: { item: [{ skuId: 'a', quantity: 1 }] }, expected: false },
		{ value: { item: [{ skuId: '={{ $json.sku }}' }] }, expected: true },
		{ value: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, expected: true },
		{ value: 42, expected: false },
	])('hasExpression($value) is $expected', ({ value, expected }) => {
		expect(hasExpression(value)).toBe(expected);
	});

	test('a parameter without expressions is read from n8n once per run, one with an expression for every item', () => {
		const { fn, reads } = fakeNode({ currency: 'USD', additionalFields: { upstreamId: '=id', note: 'fixed' } });
		const read = parameterReader(fn);
		const values = [0, 1, 2].map((i) => [read('currency', i), read('additionalFields', i, {})]);
		expect(values).toEqual([
			['USD', { upstreamId: 'id#0', note: 'fixed' }],
			['USD', { upstreamId: 'id#1', note: 'fixed' }],
			['USD', { upstreamId: 'id#2', note: 'fixed' }],
		]);
		expect(reads).toEqual(['currency@0', 'additionalFields@0', 'additionalFields@1', 'additionalFields@2']);
	});

	test('a parameter that is not set gives the fallback for every item', () => {
		const { fn } = fakeNode({});
		const read = parameterReader(fn);
		expect([read('filters', 0, {}), read('filters', 1, {})]).toEqual([{}, {}]);
	});
});
