import { isObject, joinLines, textOf } from '../shared/errors';
import type { PlatformHooks } from '../shared/types';

/*
 * What Stripe does that the shared runtime cannot read from the tables: its error object, and
 * the Stripe-Should-Retry header, which overrides what the status alone would suggest.
 */

/** Stripe's hooks, attached by the generator to its table. */
export const hooks = {
	errorEnvelope(body: unknown) {
		if (!isObject(body) || !isObject(body.error)) return undefined;
		const e = body.error;
		return {
			message: textOf(e.message) ?? `Stripe error ${textOf(e.type) ?? ''}`.trim(),
			description: joinLines([
				textOf(e.type) && `Type: ${e.type as string}`,
				textOf(e.code) && `Code: ${e.code as string}`,
				textOf(e.decline_code) && `Decline code: ${e.decline_code as string}`,
				textOf(e.param) && `Parameter: ${e.param as string}`,
				textOf(e.doc_url) && `See ${e.doc_url as string}`,
			]),
		};
	},
	retryHint({ headers }) {
		const shouldRetry = headers['stripe-should-retry'];
		if (shouldRetry === 'true') return { retry: true };
		if (shouldRetry === 'false') return { retry: false };
		return undefined;
	},
} satisfies PlatformHooks;
