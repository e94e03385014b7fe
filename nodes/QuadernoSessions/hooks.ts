import { isObject, joinLines, textOf } from '../shared/errors';
import type { PlatformHooks } from '../shared/types';

/*
 * What Quaderno does that the shared runtime cannot read from the tables: its two error
 * envelopes, and the rate-limit reset header it sends instead of Retry-After.
 */

/** Quaderno's hooks, attached by the generator to its table. */
export const hooks = {
	errorEnvelope(body: unknown) {
		if (!isObject(body)) return undefined;
		if (textOf(body.error)) return { message: textOf(body.error)! };
		if (isObject(body.errors)) {
			const details = Object.entries(body.errors).map(
				([field, messages]) => `${field}: ${Array.isArray(messages) ? messages.join(', ') : String(messages)}`,
			);
			return { message: `Quaderno rejected the request: ${details[0] ?? 'validation failed'}`, description: joinLines(details) };
		}
		return undefined;
	},
	retryHint({ status, headers }, now) {
		// Sent on every answer, so it is a wait only on a rate-limit answer.
		const reset = headers['x-ratelimit-reset'];
		if (status !== 429 || reset === undefined || !Number.isFinite(Number(reset))) return undefined;
		const value = Number(reset);
		// Quaderno sends seconds until reset; an epoch time is read as one too, in case it changes.
		return { waitMs: value > 1e9 ? Math.max(0, value * 1000 - now) : Math.max(0, value * 1000) };
	},
} satisfies PlatformHooks;
