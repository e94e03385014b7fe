// @ts-check
/*
 * __schema__/v1.0.0/<resource>/<operation>.json: the output shape n8n shows before a run.
 * __schema__/v1.0.0/<resource>/simplified.json: the common session view of a resource, what its
 * operations and the trigger give with Simplify on. n8n picks a preview by resource and operation
 * only, so it shows the raw shape (Simplify is off by default); this file documents the other.
 */

import { LINK_NAMES } from '../model.mjs';

/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */
/** @typedef {Record<string, any>} Json */

/**
 * Emits one output schema per operation, and one of the common view per resource that has it.
 * @param {PlatformModel} model
 * @returns {[string, string][]}
 */
export function emitOutputSchemas(model) {
	/** @type {[string, string][]} */
	const files = model.operations.map((o) => [`${model.folder}/__schema__/v1.0.0/${o.spec.resource}/${o.spec.name}.json`, `${JSON.stringify(o.outputSchema, null, 2)}\n`]);
	for (const resource of Object.keys(model.simplify ?? {})) {
		files.push([`${model.folder}/__schema__/v1.0.0/${resource}/simplified.json`, `${JSON.stringify(simplifiedSchema(model, resource), null, 2)}\n`]);
	}
	return files;
}

/**
 * The common session view of one resource as JSON Schema: every field is always there, null
 * where the item does not carry it.
 * @param {PlatformModel} model
 * @param {string} resource
 * @returns {Json}
 */
export function simplifiedSchema(model, resource) {
	const values = model.statuses?.[resource]?.values ?? [];
	const nullable = (/** @type {string} */ type, /** @type {string} */ description, /** @type {Json} */ extra = {}) => ({ type: [type, 'null'], ...extra, description });
	/** @type {Json} */
	const properties = {
		platform: { type: 'string', const: model.id, description: 'The platform' },
		resource: { type: 'string', const: resource, description: 'The resource the item is of' },
		id: nullable('string', 'The ID of the item'),
		status: nullable('string', `The platform's own status: ${values.map((v) => v.value).join(', ')}`),
		state: nullable('string', 'The normalised state of the status, the same vocabulary on every platform', { enum: [...new Set(values.map((v) => v.state)), null] }),
		amount: nullable('integer', 'The amount in minor units of the currency (cents)'),
		currency: nullable('string', 'ISO 4217 currency code in capitals'),
		customerEmail: nullable('string', "The customer's email address"),
		url: nullable('string', 'The hosted page the customer pays on'),
		createdAt: nullable('string', 'When the item was created (ISO 8601, UTC)', { format: 'date-time' }),
		updatedAt: nullable('string', 'When the item last changed (ISO 8601, UTC)', { format: 'date-time' }),
		links: {
			type: 'object',
			description: 'IDs of the related session, payment, order, checkout and customer',
			properties: Object.fromEntries(LINK_NAMES.map((name) => [name, { type: ['string', 'null'] }])),
			required: [...LINK_NAMES],
			additionalProperties: false,
		},
	};
	return { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties, required: Object.keys(properties) };
}
