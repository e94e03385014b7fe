// @ts-check
/*
 * generated/properties.ts: the action node's parameters, arranged from the fields the model
 * derived (the same derivation that gives the runtime its FieldSpecs).
 */
import { normaliseDescription } from '../fields.mjs';
import { banner, lit } from './literal.mjs';
import { locatorMethod } from '../model.mjs';
import { SIMPLIFY_PROPERTY, authenticationProperty, runOptionsCall, runOptionsImports } from './shared-properties.mjs';
import { camelName, declarationsCode, shareTables } from './shared-tables.mjs';
import { statusesProperty } from './trigger.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../types/description.js').ProviderDescription} ProviderDescription */
/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */
/** @typedef {import('../model.mjs').OperationModel} OperationModel */

/**
 * Emits the parameter list of the action node.
 * @param {PlatformModel} model
 * @returns {[string, string][]}
 */
export function emitProperties(model) {
	const d = model.description;
	const { value, declarations } = shareTables(nodeProperties(d, model.operations), tableName());
	const types = ['INodeProperties', ...(declarations.some((t) => t.type === OPTIONS_TYPE) ? ['INodePropertyOptions'] : [])];
	return [
		[
			`${model.folder}/generated/properties.ts`,
			`${banner(model.source)}import type { ${types.join(', ')} } from 'n8n-workflow';\n${runOptionsImports('runOptions')}\n${declarationsCode(declarations)}/** Parameters of the ${d.node.displayName} node. */\nexport const properties: INodeProperties[] = ${lit(value)};\n`,
		],
	];
}

const FIELDS_TYPE = 'INodeProperties[]';
const OPTIONS_TYPE = 'INodePropertyOptions[]';

/**
 * Names of the parameter lists that are declared once when they repeat: the fields of a
 * collection or of a fixed-collection entry, and the choices of an options parameter. (The run
 * options are a call of the runtime's builder, not a list.)
 * @returns {import('./shared-tables.mjs').TableNamer}
 */
function tableName() {
	return (key, holder, ancestors) => {
		if (key === 'values' && typeof holder.name === 'string' && !holder.type) {
			return { name: `${camelName(holder.name)}Fields`, type: FIELDS_TYPE, user: ancestors[ancestors.length - 1]?.name ?? holder.name };
		}
		if (key !== 'options' || typeof holder.name !== 'string') return undefined;
		if (holder.type === 'options' || holder.type === 'multiOptions') return { name: `${camelName(holder.name)}Options`, type: OPTIONS_TYPE, user: holder.name };
		if (holder.type !== 'collection') return undefined;
		const show = holder.displayOptions?.show ?? {};
		const resource = show.resource?.[0];
		if (resource && (holder.name === 'additionalFields' || holder.name === 'updateFields')) return { name: `${camelName(resource)}Fields`, type: FIELDS_TYPE, user: `${resource}.${show.operation?.[0]}` };
		if (resource && holder.name === 'filters') return { name: `${camelName(resource)}Filters`, type: FIELDS_TYPE, user: `${resource}.${show.operation?.[0]}` };
		return { name: `${camelName(holder.name)}Fields`, type: FIELDS_TYPE, user: holder.name };
	};
}

/**
 * The node's parameter list: resource and operation selectors, then per operation its path
 * parameters, body fields, paging, run options and filters.
 * @param {ProviderDescription} d
 * @param {OperationModel[]} ops
 */
function nodeProperties(d, ops) {
	/** @type {Json[]} */
	const props = [...authenticationProperty(d)];
	const resources = [...d.resources].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
	props.push({
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources.map((r) => ({ name: r.displayName, value: r.name, description: normaliseDescription(r.description) })),
		default: d.resources[0].name,
	});
	for (const resource of d.resources) {
		const resourceOps = ops.filter((o) => o.resource === resource);
		props.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.name] } },
			options: [...resourceOps]
				.sort((a, b) => a.op.displayName.localeCompare(b.op.displayName, 'en'))
				.map((o) => ({ name: o.op.displayName, value: o.op.name, description: normaliseDescription(o.op.description), action: o.op.action })),
			default: resourceOps[0].op.name,
		});
	}
	for (const entry of ops) {
		const show = { resource: [entry.resource.name], operation: [entry.op.name] };
		const hasList = entry.resource.operations.some((o) => o.name === 'getAll');
		for (const p of entry.op.pathParams ?? []) {
			const param = p.param ?? `${entry.resource.name}Id`;
			const base = { displayName: p.displayName, name: param, required: true, displayOptions: { show }, description: normaliseDescription(p.description) };
			if (hasList && param === `${entry.resource.name}Id`) {
				props.push({
					...base,
					type: 'resourceLocator',
					default: { mode: 'list', value: '' },
					modes: [
						{ displayName: 'From List', name: 'list', type: 'list', placeholder: `Select ${/^[aeiou]/i.test(entry.resource.displayName) ? 'an' : 'a'} ${entry.resource.displayName.toLowerCase()}...`, typeOptions: { searchListMethod: locatorMethod(entry.resource), searchable: false } },
						{ displayName: 'By ID', name: 'id', type: 'string', placeholder: p.schema.type === 'integer' ? 'e.g. 42' : 'e.g. abc123' },
					],
				});
			} else {
				// A value that grants access (e.g. a session's client token) is masked like a password.
				props.push({ ...base, type: 'string', typeOptions: p.secret ? { password: true } : undefined, default: '' });
			}
		}
		if (entry.spec.wait) props.push(...waitProperties(entry, show));
		if (entry.spec.body) {
			const bodyShow = { ...show, bodyInput: ['fields'] };
			props.push({
				displayName: 'Specify Body',
				name: 'bodyInput',
				type: 'options',
				options: [
					{ name: 'Using Fields Below', value: 'fields' },
					{ name: 'Using JSON', value: 'json' },
				],
				default: 'fields',
				displayOptions: { show },
				description: 'Fill the fields below, or give the whole request body as JSON',
			});
			for (const r of entry.required) props.push({ ...r.prop, displayOptions: { show: bodyShow } });
			props.push({
				displayName: 'JSON Body',
				name: 'bodyJson',
				type: 'json',
				default: '{}',
				required: true,
				displayOptions: { show: { ...show, bodyInput: ['json'] } },
				description: 'The whole request body; it is checked against the API schema before it is sent',
			});
			if (entry.optional.length) {
				const isUpdate = entry.spec.body.collection === 'updateFields';
				props.push({
					displayName: isUpdate ? 'Update Fields' : 'Additional Fields',
					name: entry.spec.body.collection,
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: { show: bodyShow },
					options: entry.optional.map((x) => x.prop),
				});
			}
		}
		if (entry.spec.pagination) {
			props.push({
				displayName: 'Return All',
				name: 'returnAll',
				type: 'boolean',
				default: false,
				displayOptions: { show },
				description: 'Whether to return all results or only up to a given limit',
			});
			props.push({
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 50,
				displayOptions: { show: { ...show, returnAll: [false] } },
				description: 'Max number of results to return',
			});
		}
		if (entry.spec.simplify) props.push({ ...SIMPLIFY_PROPERTY, displayOptions: { show } });
		if (entry.filters.length) {
			props.push({
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				displayOptions: { show },
				options: entry.filters.map((x) => x.prop),
			});
		}
		props.push({
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { show },
			options: runOptionsCall(entry.spec),
		});
	}
	return props;
}


/**
 * The parameters of a "Wait for Status" after its ID: the statuses to wait for, the timeout and
 * what a timeout does. "On Timeout" decides the node's outputs, so it takes no expression. The
 * numbers are the runtime's WAIT_POLL (a test holds them equal).
 * @param {OperationModel} entry
 * @param {Json} show
 * @returns {Json[]}
 */
function waitProperties(entry, show) {
	const status = entry.resource.status;
	if (!status) throw new Error(`${entry.resource.name}: a wait needs the resource's status list`);
	const noun = entry.resource.displayName.toLowerCase();
	return [
		statusesProperty(status, `Continue when the ${noun} has one of these statuses`, { show }),
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			required: true,
			typeOptions: { minValue: 1, maxValue: 3600, numberPrecision: 0 },
			default: 300,
			displayOptions: { show },
			description: 'Longest time to wait for one item. At most 3600, the longest execution timeout n8n allows by default (EXECUTIONS_TIMEOUT_MAX), and at most the workflow\'s own timeout when it has one.',
		},
		{
			displayName: 'On Timeout',
			name: 'onTimeout',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Error', value: 'error', description: 'Stop with an error naming the item, its ID, the last status seen and the time waited' },
				{ name: "Output on 'Timed Out' Output", value: 'timedOutOutput', description: 'Send the item, as last read, to a second output named Timed Out' },
			],
			default: 'error',
			displayOptions: { show },
			description: `What happens when the ${noun} has none of the statuses when the timeout ends`,
		},
	];
}
