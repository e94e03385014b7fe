// @ts-check
/*
 * generated/provider.ts: the table the shared runtime interprets (operations, credentials,
 * transport, locators, trigger), with the compiled validators and the platform's hand-written
 * hooks module, when there is one, attached.
 */
import { banner, lit, raw } from './literal.mjs';
import { camelName, declarationsCode, shareTables } from './shared-tables.mjs';

/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */

/**
 * Emits the provider table of one platform.
 * @param {PlatformModel} model
 * @returns {[string, string][]}
 */
export function emitProviderTable(model) {
	const d = model.description;
	/** @typedef {import('./literal.mjs').Raw} Raw */
	/** @type {Omit<import('../../nodes/shared/types.js').ProviderSpec, 'validators' | 'credentials' | 'hooks'> & { validators: Raw, hooks?: Raw, credentials: (Omit<import('../../nodes/shared/types.js').CredentialRef, 'sign'> & { sign?: Raw })[] }} */
	const table = {
		id: d.id,
		displayName: d.displayName,
		credentials: model.credentialRefs.map((c) => ({ ...c, sign: c.sign ? raw(`hooks.signers.${c.sign}`) : undefined })),
		transport: {
			rateLimit: d.transport.rateLimit,
			idempotencyHeader: d.transport.idempotencyHeader ?? undefined,
			queryArrayFormat: d.transport.queryArrayFormat,
		},
		hooks: model.hooks ? raw('hooks') : undefined,
		operations: Object.fromEntries(model.operations.map((o) => [`${o.spec.resource}.${o.spec.name}`, o.spec])),
		locators: model.locators,
		trigger: model.triggerSpec,
		statuses: model.statuses,
		simplify: model.simplify,
		validators: raw('validators'),
	};
	const { value, declarations } = shareTables(table, tableName);
	const types = [...(declarations.length ? ['FieldSpec'] : []), 'ProviderSpec', 'ValidatorTable'];
	// The platform's hand-written hooks module sits beside the generated folder.
	const hooksImport = model.hooks ? `import { hooks } from '../hooks';\n` : '';
	return [
		[
			`${model.folder}/generated/provider.ts`,
			`${banner(model.source)}${hooksImport}import type { ${types.join(', ')} } from '../../shared/types';\nimport * as compiled from './validators';\n\nconst validators: ValidatorTable = compiled;\n\n${declarationsCode(declarations)}/** Operation table of ${d.displayName}: what the shared runtime needs to call the API. */\nexport const provider: ProviderSpec = ${lit(value)};\n`,
		],
	];
}

/**
 * Names of the FieldSpec lists that are declared once when they repeat: the children of an
 * object or list field, and an operation's body or filter fields, named after the same keys as
 * the matching parameter lists in properties.ts.
 * @type {import('./shared-tables.mjs').TableNamer}
 */
function tableName(key, holder, ancestors) {
	const type = 'FieldSpec[]';
	if (key === 'fields' && (holder.kind === 'list' || holder.kind === 'object')) {
		return { name: `${camelName(holder.kind === 'list' ? holder.group : holder.field)}Fields`, type, user: holder.field };
	}
	const op = ancestors[ancestors.length - 1];
	if (typeof op?.resource !== 'string') return undefined;
	const user = `${op.resource}.${op.name}`;
	if (holder.collection && key === 'optional') return { name: `${camelName(op.resource)}Fields`, type, user };
	if (holder.collection && key === 'required') return { name: `${camelName(op.resource)}RequiredFields`, type, user };
	if (holder.validator && key === 'fields') return { name: `${camelName(op.resource)}Filters`, type, user };
	return undefined;
}
