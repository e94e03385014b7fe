import { isObject, joinLines, textOf } from '../shared/errors';
import type { PlatformHooks } from '../shared/types';

/* What Primer does that the shared runtime cannot read from the tables: its error envelope. */

/** Primer's hooks, attached by the generator to its table. */
export const hooks = {
	errorEnvelope(body: unknown) {
		if (!isObject(body) || !isObject(body.error)) return undefined;
		const e = body.error;
		const validation = Array.isArray(e.validationErrors)
			? e.validationErrors.map((v) =>
					isObject(v) ? `${textOf(v.path) ?? textOf(v.model) ?? ''}: ${textOf(v.description) ?? JSON.stringify(v.errors ?? v)}` : String(v),
				)
			: [];
		return {
			message: textOf(e.description) ?? textOf(e.errorId) ?? 'Primer rejected the request',
			description: joinLines([
				textOf(e.errorId) && `Error: ${e.errorId as string}`,
				textOf(e.recoverySuggestion),
				...validation,
				textOf(e.diagnosticsId) && `Diagnostics ID: ${e.diagnosticsId as string}`,
			]),
		};
	},
} satisfies PlatformHooks;
