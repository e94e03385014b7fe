// @ts-check
/*
 * __schema__/v1.0.0/<resource>/<operation>.json: the output shape n8n shows before a run.
 */

/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */

/**
 * Emits one output schema per operation.
 * @param {PlatformModel} model
 * @returns {[string, string][]}
 */
export function emitOutputSchemas(model) {
	return model.operations.map((o) => [
		`${model.folder}/__schema__/v1.0.0/${o.spec.resource}/${o.spec.name}.json`,
		`${JSON.stringify(o.outputSchema, null, 2)}\n`,
	]);
}
