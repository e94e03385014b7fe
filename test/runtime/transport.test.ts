import { backoffMs, DEFAULT_RETRY, requestedWaitMs } from '../../nodes/shared/transport';

describe('how long to wait before a retry', () => {
	const now = Date.parse('2026-11-23T12:00:00Z');
	test.each([
		['Retry-After in seconds', { 'retry-after': '3' }, 3000],
		['Retry-After as an HTTP date', { 'retry-after': 'Mon, 23 Nov 2026 12:00:05 GMT' }, 5000],
		['a Retry-After date in the past', { 'retry-after': 'Mon, 23 Nov 2026 11:00:00 GMT' }, 0],
		["Quaderno's X-RateLimit-Reset in seconds", { 'x-ratelimit-reset': '7' }, 7000],
		['an X-RateLimit-Reset given as epoch seconds', { 'x-ratelimit-reset': String(now / 1000 + 2) }, 2000],
		['no hint at all', {}, undefined],
	])('%s', (_name, headers, want) => expect(requestedWaitMs(headers as Record<string, string>, now)).toBe(want));
});

describe('exponential backoff with full jitter', () => {
	test('the upper bound doubles with each attempt', () => {
		const max = () => 1 - Number.EPSILON;
		expect([1, 2, 3].map((a) => backoffMs(a, DEFAULT_RETRY, max))).toEqual([500, 1000, 2000]);
	});

	test('jitter can bring the wait down to zero', () => {
		expect(backoffMs(3, DEFAULT_RETRY, () => 0)).toBe(0);
	});
});
