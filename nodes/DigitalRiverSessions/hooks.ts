import { isObject, joinLines, textOf } from '../shared/errors';
import type { PlatformHooks } from '../shared/types';

/* What Digital River does that the shared runtime cannot read from the tables: its error envelope. */

/** Digital River's hooks, attached by the generator to its table. */
export const hooks = {
	errorEnvelope(body: unknown) {
		if (!isObject(body) || !Array.isArray(body.errors)) return undefined;
		const details = body.errors.map((e) =>
			isObject(e) ? `${textOf(e.code) ?? ''}${textOf(e.parameter) ? ` (${e.parameter as string})` : ''}: ${textOf(e.message) ?? ''}` : String(e),
		);
		const first = isObject(body.errors[0]) ? textOf(body.errors[0].message) : undefined;
		return {
			message: first ?? `Digital River error ${textOf(body.type) ?? ''}`.trim(),
			description: joinLines([textOf(body.type) && `Type: ${body.type as string}`, ...details]),
		};
	},
} satisfies PlatformHooks;
