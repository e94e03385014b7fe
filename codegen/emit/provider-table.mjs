// @ts-check
/*
 * generated/provider.ts: the table the shared runtime interprets (operations, credentials,
 * transport, locators, trigger), with the compiled validators attached.
 */
import { banner, lit, raw } from './literal.mjs';

/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */

/**
 * Emits the provider table of one platform.
 * @param {PlatformModel} model
 * @returns {[string, string][]}
 */
export function emitProviderTable(model) {
	const d = model.description;
	const table = {
		id: d.id,
		displayName: d.displayName,
		credentials: model.credentialRefs,
		transport: {
			errorFormat: d.transport.errorFormat,
			rateLimit: d.transport.rateLimit,
			idempotencyHeader: d.transport.idempotencyHeader ?? undefined,
			queryArrayFormat: d.transport.queryArrayFormat,
		},
		operations: Object.fromEntries(model.operations.map((o) => [`${o.spec.resource}.${o.spec.name}`, o.spec])),
		locators: model.locators,
		trigger: model.triggerSpec,
		validators: raw('validators'),
	};
	return [
		[
			`${model.folder}/generated/provider.ts`,
			`${banner(model.source)}import type { ProviderSpec, ValidatorTable } from '../../shared/types';\nimport * as compiled from './validators';\n\nconst validators: ValidatorTable = compiled;\n\n/** Operation table of ${d.displayName}: what the shared runtime needs to call the API. */\nexport const provider: ProviderSpec = ${lit(table)};\n`,
		],
	];
}
