// @ts-check
/*
 * credentials/<Name>.credentials.ts: one class per credential of a platform, with fields and the
 * authenticate function built from the credential's auth table. The class has no declarative
 * `test`: n8n would prefer it to the nodes' credential test (see nodes/shared/credential-test.ts).
 */
import { normaliseDescription } from '../fields.mjs';
import { banner, lit } from './literal.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../types/description.js').ProviderDescription} ProviderDescription */
/** @typedef {import('../types/description.js').Credential} Credential */
/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */
/** @typedef {import('../model.mjs').CredentialRow} CredentialRow */

/**
 * Emits every credential class of a platform.
 * @param {PlatformModel} model
 * @returns {[string, string][]}
 */
export function emitCredentials(model) {
	const d = model.description;
	return d.credentials.map((c, i) => [`credentials/${c.className}.credentials.ts`, credentialClass(d, c, model.credentialRefs[i], model.source)]);
}

/**
 * @param {ProviderDescription} d
 * @param {Credential} c
 * @param {CredentialRow} row the same credential's row of the provider table
 * @param {string} source
 */
function credentialClass(d, c, row, source) {
	const properties = c.fields.map((f) => {
		/** @type {Json} */
		const p = { displayName: f.displayName, name: f.name, type: f.type, default: f.default };
		if (f.required) p.required = true;
		if (f.placeholder) p.placeholder = f.placeholder;
		if (f.options) p.options = f.options;
		/** @type {Json} */
		const typeOptions = {};
		if (f.secret) typeOptions.password = true;
		if (f.multiline) typeOptions.rows = 4;
		if (Object.keys(typeOptions).length) p.typeOptions = typeOptions;
		if (f.description) p.description = normaliseDescription(f.description);
		return p;
	});
	// The credential's authenticate is a runtime function built from the table the runtime reads for the Test button and for redaction,
	// then the platform's signer, when the credential names one.
	const imports = ['ICredentialType', 'INodeProperties', 'Icon'];
	const hooksImport = row.sign ? `import { hooks } from '../nodes/${d.node.className}/hooks';\n` : '';
	const extraImport = `${hooksImport}import { templateAuthentication } from '../nodes/shared/auth';\n`;
	const authenticate = `templateAuthentication(${lit(row.auth, 1)}${row.sign ? `, hooks.signers.${row.sign}` : ''})`;
	return `${banner(source)}import type { ${imports.sort().join(', ')} } from 'n8n-workflow';
${extraImport}
/** ${c.displayName}: how n8n authenticates requests to ${d.displayName}. */
export class ${c.className} implements ICredentialType {
	name = ${lit(c.name)};

	displayName = ${lit(c.displayName)};

	icon: Icon = ${lit({ light: `file:../nodes/${d.node.className}/${d.icon}.svg`, dark: `file:../nodes/${d.node.className}/${d.icon}.dark.svg` }, 1)};

	documentationUrl = ${lit(c.documentationUrl)};

	properties: INodeProperties[] = ${lit(properties, 1)};

	authenticate = ${authenticate};
}
`;
}

