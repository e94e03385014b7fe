// @ts-check
/*
 * <Node>.node.json codex files: categories and documentation links n8n's node panel shows.
 */

/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */

/**
 * Emits the codex of the action node and, when there is one, of the trigger.
 * @param {PlatformModel} model
 * @returns {[string, string][]}
 */
export function emitCodex(model) {
	const d = model.description;
	/** @type {[string, string][]} */
	const files = [[`${model.folder}/${d.node.className}.node.json`, codex(model, d.node.name)]];
	if (d.trigger) files.push([`${model.folder}/${d.trigger.className}.node.json`, codex(model, d.trigger.name)]);
	return files;
}

/**
 * @param {PlatformModel} model
 * @param {string} nodeName
 */
function codex(model, nodeName) {
	const d = model.description;
	const categories = d.node.codexCategories ?? ['Finance & Accounting'];
	return `${JSON.stringify(
		{
			node: `n8n-nodes-payment-sessions.${nodeName}`,
			nodeVersion: '1.0',
			codexVersion: '1.0',
			categories,
			subcategories: d.node.codexSubcategories,
			resources: {
				credentialDocumentation: d.credentials.map((c) => ({ url: c.documentationUrl })),
				primaryDocumentation: [{ url: d.documentationUrl }],
			},
		},
		null,
		2,
	)}\n`;
}
