// @ts-check
/** Small figures over the emulator's request log. */

/**
 * Requests per window over time: the series of whole windows from the first request to the last,
 * the highest count in any window starting at a request (sliding), and the mean over the span.
 * @param {number[]} times  epoch milliseconds
 * @param {number} windowMs
 */
export function aggregateRate(times, windowMs) {
	const t = [...times].sort((a, b) => a - b);
	if (t.length === 0) return { peak: 0, mean: 0, series: /** @type {number[]} */ ([]) };
	let peak = 0;
	for (let lo = 0, hi = 0; hi < t.length; hi++) {
		while (t[hi] - t[lo] >= windowMs) lo++;
		peak = Math.max(peak, hi - lo + 1);
	}
	const series = new Array(Math.floor((t[t.length - 1] - t[0]) / windowMs) + 1).fill(0);
	for (const x of t) series[Math.floor((x - t[0]) / windowMs)] += 1;
	const span = Math.max(windowMs, t[t.length - 1] - t[0]);
	return { peak, mean: (t.length * windowMs) / span, series };
}
