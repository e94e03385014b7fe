// @ts-check

/**
 * @typedef {object} RateState
 * @property {boolean} allowed
 * @property {number} limit
 * @property {number} remaining
 * @property {number} reset  whole seconds until the window starts over
 */

/**
 * A fixed-window request counter, the scheme vendors describe as "N calls per M seconds".
 * When `enabled` is false nothing is ever refused and the full budget is reported, so clients
 * that throttle on the remaining count are not slowed down by a limit the test did not ask for.
 * @param {{ requests?: number, perSeconds?: number, enabled?: boolean, now?: () => number }} [opts]
 */
export function createWindowLimiter({ requests = 100, perSeconds = 15, enabled = true, now = Date.now } = {}) {
	const windowMs = perSeconds * 1000;
	let windowStart = 0;
	let used = 0;

	/** @param {number} t */
	function roll(t) {
		if (t - windowStart >= windowMs) {
			windowStart = t;
			used = 0;
		}
	}

	/**
	 * @param {number} t
	 * @param {boolean} allowed
	 * @returns {RateState}
	 */
	function state(t, allowed) {
		if (!enabled) return { allowed: true, limit: requests, remaining: requests, reset: perSeconds };
		const reset = Math.max(0, Math.ceil((windowStart + windowMs - t) / 1000));
		return { allowed, limit: requests, remaining: Math.max(0, requests - used), reset };
	}

	return {
		/** Counts one request and tells whether it is within the budget. */
		take() {
			const t = now();
			if (!enabled) return state(t, true);
			roll(t);
			if (used >= requests) return state(t, false);
			used += 1;
			return state(t, true);
		},
		/** Reports the current window without counting a request. */
		peek() {
			const t = now();
			if (enabled) roll(t);
			return state(t, true);
		},
		reset() {
			windowStart = 0;
			used = 0;
		},
	};
}
