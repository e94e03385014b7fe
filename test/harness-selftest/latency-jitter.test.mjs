// @ts-check
import { createFaults, lognormalMean } from '../../sandbox/lib/faults.mjs';

/*
 * The emulator's jittered latency: a latency rule with `p99` draws each delay from a log-normal
 * distribution with `ms` as its median, from a seeded generator of its own.
 */

const target = { provider: 'digitalriver', method: 'POST', template: '/checkouts', path: '/digitalriver/checkouts', apiPath: '/checkouts' };

/**
 * The delays of `count` requests under these rules, and the status faults that fired.
 * @param {import('../../sandbox/lib/types.mjs').FaultRule[]} rules @param {number} count @param {number} [seed]
 */
function draw(rules, count, seed = 7) {
	const faults = createFaults({ seed });
	faults.set(rules);
	const delays = [];
	const failed = [];
	for (let i = 0; i < count; i++) {
		const decision = faults.decide(target);
		delays.push(decision.latencyMs);
		if (decision.fault) failed.push(i);
	}
	return { delays, failed, faults };
}

/** @param {number[]} values @param {number} q */
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];

const jittered = /** @type {const} */ ({ kind: 'latency', ms: 50, p99: 400 });

describe('jittered latency in the emulator', () => {
	test('delays have the median and 99th percentile the rule names, and the log-normal mean', () => {
		const { delays } = draw([jittered], 20000);
		expect(quantile(delays, 0.5)).toBeGreaterThanOrEqual(48);
		expect(quantile(delays, 0.5)).toBeLessThanOrEqual(52);
		expect(quantile(delays, 0.99)).toBeGreaterThanOrEqual(370);
		expect(quantile(delays, 0.99)).toBeLessThanOrEqual(430);
		const mean = delays.reduce((a, b) => a + b, 0) / delays.length;
		expect(Math.abs(mean - lognormalMean(50, 400))).toBeLessThan(3);
		expect(new Set(delays).size).toBeGreaterThan(100);
	});

	test('the same seed gives the same delays, also after a reset; another seed gives others', () => {
		const first = draw([jittered], 50, 3);
		const again = draw([jittered], 50, 3);
		expect(again.delays).toEqual(first.delays);
		first.faults.reset();
		first.faults.set([jittered]);
		expect(Array.from({ length: 50 }, () => first.faults.decide(target).latencyMs)).toEqual(again.delays);
		expect(draw([jittered], 50, 4).delays).not.toEqual(first.delays);
	});

	test('a rule without p99 keeps its fixed delay', () => {
		expect(new Set(draw([{ kind: 'latency', ms: 50 }], 100).delays)).toEqual(new Set([50]));
	});

	test('adding a jittered rule does not change which requests a fractional rate hits', () => {
		const flaky = /** @type {const} */ ({ kind: 'status', status: 503, rate: 0.3 });
		const alone = draw([flaky], 200).failed;
		expect(alone.length).toBeGreaterThan(0);
		expect(draw([jittered, flaky], 200).failed).toEqual(alone);
	});

	test('a p99 below the median is refused, naming the rule and the field', () => {
		const faults = createFaults();
		expect(() => faults.set([{ kind: 'latency', ms: 50 }, { kind: 'latency', ms: 50, p99: 40 }])).toThrow('/1/p99 must be at least ms');
	});
});
