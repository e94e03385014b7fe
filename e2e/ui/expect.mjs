// @ts-check
/**
 * What the node details view must show, derived from a node's property table (the generated
 * tables under nodes/<Platform>/generated/, as the installed package carries them): the views
 * to open (every resource × operation of an action node, a trigger as it is added) and the
 * top-level fields each view shows, by n8n's displayOptions rule.
 */

/**
 * @typedef {import('./packages.mjs').Property} Property
 * @typedef {import('./packages.mjs').PackageNode} PackageNode
 * @typedef {{label: string, values: Record<string, unknown>, fields: string[]}} View
 */

/**
 * Whether n8n shows a parameter given the current values: every `show` key must hold one of its
 * listed values, no `hide` key may.
 * @param {Property} property @param {Record<string, unknown>} values
 */
export function isShown(property, values) {
	const { show, hide } = property.displayOptions ?? {};
	for (const [key, allowed] of Object.entries(show ?? {})) {
		if (!allowed.some((v) => v === values[key])) return false;
	}
	for (const [key, denied] of Object.entries(hide ?? {})) {
		if (denied.some((v) => v === values[key])) return false;
	}
	return true;
}

/**
 * n8n shows the field that chooses between credential types inside its Credential selector,
 * not among the parameters.
 */
const AUTH_FIELD = 'authentication';

/**
 * The display names of the top-level fields shown for the chosen values, in table order. Values
 * not chosen are the defaults of the fields shown before them, as in n8n, where a hidden field
 * has no value.
 * @param {Property[]} properties @param {Record<string, unknown>} chosen
 */
export function shownFields(properties, chosen) {
	/** @type {Record<string, unknown>} */
	const values = {};
	/** @type {string[]} */
	const fields = [];
	for (const property of properties) {
		if (!isShown(property, { ...values, ...chosen })) continue;
		values[property.name] = property.name in chosen ? chosen[property.name] : property.default;
		if (property.name !== AUTH_FIELD) fields.push(property.displayName);
	}
	return fields;
}

/** @param {Property[]} properties @param {string} name */
const optionsOf = (properties, name) => properties.filter((p) => p.name === name && p.type === 'options');

/**
 * The views of a node to open in the editor: each resource × operation of an action node, each
 * event of a trigger (by their display names).
 * @param {PackageNode} node
 * @returns {View[]}
 */
export function viewsOf(node) {
	const { properties } = node;
	const resourceProperty = optionsOf(properties, 'resource')[0];
	if (!resourceProperty) {
		// A trigger with an event choice is opened once per event; one without, as added.
		const event = properties.find((p) => p.type === 'options' && !p.displayOptions && p.name !== AUTH_FIELD);
		if (!event) return [{ label: 'as added', values: {}, fields: shownFields(properties, {}) }];
		return (event.options ?? []).map((option) => {
			const values = { [event.name]: option.value };
			return { label: option.name, values, fields: shownFields(properties, values) };
		});
	}
	/** @type {View[]} */
	const views = [];
	for (const resource of resourceProperty.options ?? []) {
		for (const operationProperty of optionsOf(properties, 'operation')) {
			if (!isShown(operationProperty, { resource: resource.value })) continue;
			for (const operation of operationProperty.options ?? []) {
				const values = { resource: resource.value, operation: operation.value };
				views.push({ label: `${resource.name} › ${operation.name}`, values, fields: shownFields(properties, values) });
			}
		}
	}
	if (views.length === 0) throw new Error(`${node.displayName}: no operation is shown for any resource`);
	return views;
}

/** Display name of an option value of a top-level options field, as the editor's dropdown lists it. */
export function optionName(/** @type {Property[]} */ properties, /** @type {string} */ field, /** @type {Record<string, unknown>} */ values) {
	const property = properties.find((p) => p.name === field && p.type === 'options' && isShown(p, values));
	const option = property?.options?.find((o) => o.value === values[field]);
	if (!option) throw new Error(`no option ${String(values[field])} for ${field}`);
	return option.name;
}
