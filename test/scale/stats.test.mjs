// The queue-mode run's rate figures as given/want cases: request arrival times (ms) → busiest
// second, mean rate and the per-second series it prints.
import { aggregateRate } from '../../scale/lib/stats.mjs';

const cases = [
	['no requests', [], { peak: 0, mean: 0, series: [] }],
	['one request', [5000], { peak: 1, mean: 1, series: [1] }],
	['evenly spaced, 10 per second for 2 s', Array.from({ length: 20 }, (_, i) => i * 100), { peak: 10, mean: 20 / 1.9, series: [10, 10] }],
	['a burst across a second boundary is whole in the sliding window, split in the per-second series', [0, 900, 950, 1000, 1050, 3000], { peak: 4, mean: 2, series: [3, 2, 0, 1] }],
];

describe('aggregate request rate', () => {
	test.each(cases)('%s', (_name, times, want) => {
		const got = aggregateRate(times, 1000);
		expect(got.peak).toBe(want.peak);
		expect(got.mean).toBeCloseTo(want.mean);
		expect(got.series).toEqual(want.series);
	});
});
