// @ts-check
import { Ajv } from 'ajv';
import { HttpError } from './http.mjs';
import { formatPath, toIssues } from './schemas.mjs';

/** @typedef {import('./types.mjs').FaultRule} FaultRule */

/**
 * Shape of the rules accepted by setFaults; checked with the same validator library as the APIs
 * so a typo in a test's rule fails loudly instead of silently matching nothing.
 */
const RULES_SCHEMA = {
	type: 'array',
	items: {
		type: 'object',
		additionalProperties: false,
		required: ['kind'],
		properties: {
			provider: { type: 'string', minLength: 1 },
			method: { type: 'string', minLength: 1 },
			path: { type: 'string', minLength: 1 },
			rate: { type: 'number', minimum: 0, maximum: 1 },
			times: { type: 'integer', minimum: 1 },
			kind: { enum: ['status', 'latency', 'reset', 'truncate'] },
			status: { type: 'integer', minimum: 400, maximum: 599 },
			retryAfter: { type: 'number', minimum: 0 },
			ms: { type: 'integer', minimum: 0, maximum: 120000 },
			p99: { type: 'integer', minimum: 0, maximum: 120000 },
			when: { enum: ['before', 'after'] },
		},
		allOf: [
			{ if: { properties: { kind: { const: 'status' } } }, then: { required: ['status'] } },
			{ if: { properties: { kind: { const: 'latency' } } }, then: { required: ['ms'] } },
		],
	},
};

const validateRules = new Ajv({ allErrors: true }).compile(RULES_SCHEMA);

/**
 * A small seeded PRNG (mulberry32) so that a `rate` below 1 fails the same requests on every run.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
export function seededRandom(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The standard normal quantile of 0.99. */
const Z99 = 2.3263478740408408;

/** Latencies are capped where a rule's `ms` is, so a long tail cannot hold a request for minutes. */
const MAX_LATENCY_MS = 120000;

/**
 * The spread (σ of the underlying normal) of a log-normal latency with this median and 99th
 * percentile.
 * @param {number} medianMs @param {number} p99Ms
 */
export function lognormalSigma(medianMs, p99Ms) {
	return medianMs > 0 && p99Ms > medianMs ? Math.log(p99Ms / medianMs) / Z99 : 0;
}

/**
 * The expected value of a log-normal latency with this median and 99th percentile:
 * median × e^(σ²/2), e.g. 74.6 ms for a median of 50 ms and a p99 of 400 ms.
 * @param {number} medianMs @param {number} p99Ms
 */
export function lognormalMean(medianMs, p99Ms) {
	const sigma = lognormalSigma(medianMs, p99Ms);
	return medianMs * Math.exp((sigma * sigma) / 2);
}

/**
 * One log-normal latency in whole milliseconds (Box–Muller from two uniform draws).
 * @param {number} medianMs @param {number} p99Ms @param {() => number} random  uniform in [0, 1)
 */
export function lognormalLatency(medianMs, p99Ms, random) {
	const u1 = 1 - random();
	const u2 = random();
	const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
	return Math.min(MAX_LATENCY_MS, Math.round(medianMs * Math.exp(lognormalSigma(medianMs, p99Ms) * z)));
}

/** Offsets the seed of the latency draws from the seed of the rate draws: two separate streams. */
const JITTER_STREAM = 0x9e3779b9;

/**
 * Where a request is going, as far as fault rules care.
 * @typedef {object} FaultTarget
 * @property {string} provider
 * @property {string} method
 * @property {string | null} template  matched operation template, e.g. `/checkout/sessions/{id}`
 * @property {string} path             full request path, e.g. `/quaderno/api/checkout/sessions/4`
 * @property {string} apiPath          path relative to the provider's API base
 */

/**
 * @typedef {object} FaultDecision
 * @property {number} latencyMs             sum of all matching latency rules
 * @property {FaultRule | null} fault       first matching status or reset rule
 */

/**
 * @typedef {object} ActiveRule
 * @property {FaultRule} rule
 * @property {RegExp | null} regex
 * @property {number} remaining
 */

/**
 * Creates the fault injector; rules are replaced as a whole by `set` and cleared by `reset`.
 * @param {{ seed?: number }} [opts]
 */
export function createFaults({ seed = 1 } = {}) {
	let random = seededRandom(seed);
	// Its own stream, so adding a jittered rule does not change which requests a `rate` hits.
	let jitter = seededRandom(seed ^ JITTER_STREAM);
	/** @type {ActiveRule[]} */
	let active = [];

	/**
	 * @param {ActiveRule} a
	 * @param {FaultTarget} t
	 */
	function matches(a, t) {
		const { rule } = a;
		if (rule.provider && rule.provider !== t.provider) return false;
		if (rule.method && rule.method.toUpperCase() !== t.method) return false;
		if (rule.path) {
			if (a.regex) return a.regex.test(t.apiPath) || a.regex.test(t.path);
			const prefix = t.path.slice(0, t.path.length - t.apiPath.length);
			return rule.path === t.template || rule.path === t.apiPath || rule.path === `${prefix}${t.template}` || rule.path === t.path;
		}
		return true;
	}

	/** @param {ActiveRule} a */
	function fires(a) {
		if (a.remaining <= 0) return false;
		const rate = a.rule.rate ?? 1;
		// Only draw for fractional rates, so adding an always-on rule does not shift the sequence.
		if (rate < 1 && !(rate > 0 && random() < rate)) return false;
		a.remaining -= 1;
		return true;
	}

	return {
		/**
		 * Replaces all rules; throws HttpError 422 naming the bad field when a rule is malformed.
		 * @param {FaultRule[]} rules
		 */
		set(rules) {
			if (!validateRules(rules)) {
				const issue = toIssues(validateRules.errors)[0];
				throw new HttpError(422, `Invalid fault rule: ${formatPath(issue.path) || 'rules'} ${issue.message}`);
			}
			const skewed = rules.findIndex((rule) => rule.p99 !== undefined && rule.p99 < (rule.ms ?? 0));
			if (skewed >= 0) throw new HttpError(422, `Invalid fault rule: /${skewed}/p99 must be at least ms (the median)`);
			active = rules.map((rule) => {
				/** @type {RegExp | null} */
				let regex = null;
				if (rule.path?.startsWith('^')) {
					try {
						regex = new RegExp(rule.path);
					} catch {
						throw new HttpError(422, `Invalid fault rule: path is not a valid regular expression`);
					}
				}
				return { rule: { ...rule }, regex, remaining: rule.times ?? Infinity };
			});
		},
		/** @returns {FaultRule[]} */
		list() {
			return active.map((a) => ({ ...a.rule }));
		},
		reset() {
			active = [];
			random = seededRandom(seed);
			jitter = seededRandom(seed ^ JITTER_STREAM);
		},
		/**
		 * Decides which faults hit this request; consumes randomness and `times` budgets.
		 * @param {FaultTarget} target
		 * @returns {FaultDecision}
		 */
		decide(target) {
			/** @type {FaultDecision} */
			const decision = { latencyMs: 0, fault: null };
			if (active.length === 0) return decision;
			for (const a of active) {
				if (decision.fault && a.rule.kind !== 'latency') continue;
				if (!matches(a, target) || !fires(a)) continue;
				if (a.rule.kind === 'latency') {
					const ms = a.rule.ms ?? 0;
					decision.latencyMs += a.rule.p99 === undefined ? ms : lognormalLatency(ms, a.rule.p99, jitter);
				}
				else decision.fault = a.rule;
			}
			return decision;
		},
	};
}

/** @typedef {ReturnType<typeof createFaults>} Faults */
