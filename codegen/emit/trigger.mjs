// @ts-check
/*
 * The polling trigger: generated/triggerProperties.ts (its parameters) and the thin trigger
 * class that hands the provider table to the shared poll runtime.
 */
import { normaliseDescription } from '../fields.mjs';
import { triggerResource, triggerStatus } from '../model.mjs';
import { banner, lit, raw } from './literal.mjs';
import { SIMPLIFY_PROPERTY, authenticationProperty, credentialTestMethods, nodeCredentials, runOptionsImports } from './shared-properties.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../types/description.js').ProviderDescription} ProviderDescription */
/** @typedef {import('../model.mjs').Trigger} Trigger */
/** @typedef {import('../types/description.js').Resource} Resource */
/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */

/**
 * Emits the trigger's parameters and class; nothing for a platform without a trigger.
 * @param {PlatformModel} model
 * @returns {[string, string][]}
 */
export function emitTrigger(model) {
	const d = model.description;
	const t = d.trigger;
	if (!t) return [];
	return [
		[
			`${model.folder}/generated/triggerProperties.ts`,
			`${banner(model.source)}import type { INodeProperties } from 'n8n-workflow';\n${runOptionsImports('triggerOptions')}\n/** Parameters of the ${t.displayName} node. */\nexport const triggerProperties: INodeProperties[] = ${lit(triggerProperties(d, t))};\n`,
		],
		[`${model.folder}/${t.className}.node.ts`, triggerClass(d, t, model.source)],
	];
}

/**
 * The trigger's parameters: the event (or statuses) to fire on, where to start, and options.
 * @param {ProviderDescription} d
 * @param {Trigger} t
 */
function triggerProperties(d, t) {
	const title = triggerResource(d, t).displayName;
	const noun = title.toLowerCase();
	const simplify = triggerResource(d, t).simplify ? [SIMPLIFY_PROPERTY] : [];
	if (t.strategy === 'updatedSince') return [...authenticationProperty(d), ...updatedTriggerProperties(d, t, noun), ...simplify, TRIGGER_OPTIONS];
	/** @type {Json[]} */
	const props = [
		{
			displayName: 'Event',
			name: 'event',
			type: 'options',
			options: [
				{ name: `${title} Created`, value: 'created', description: `A new ${noun} appears` },
				{ name: 'Status Changed', value: 'statusChanged', description: `A ${noun} reaches one of the chosen statuses` },
			],
			default: 'statusChanged',
		},
		statusesProperty(triggerStatus(d, t), 'Fire when a session changes to one of these statuses', { show: { event: ['statusChanged'] } }),
	];
	if (t.order?.kind === 'number') {
		props.push({
			displayName: 'Start After ID',
			name: 'startAfterId',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 0 },
			default: 0,
			description: `On the first poll, every ${noun} with a higher ID counts as new. 0 starts from now: the first poll only records what exists.`,
		});
	} else {
		props.push({
			displayName: 'Start From',
			name: 'startFrom',
			type: 'dateTime',
			default: '',
			description: `On the first poll, every ${noun} created after this time counts as new. Empty starts from now: the first poll only records what exists.`,
		});
	}
	props.push(...simplify, TRIGGER_OPTIONS);
	return props;
}

/**
 * The multi-select of statuses both trigger strategies and every "Wait for Status" offer.
 * @param {NonNullable<Resource['status']>} status the watched resource's status list
 * @param {string} description
 * @param {Json} [displayOptions]
 */
export function statusesProperty(status, description, displayOptions) {
	return {
		displayName: 'Statuses',
		name: 'statuses',
		type: 'multiOptions',
		required: true,
		options: [...status.values]
			.sort((a, b) => a.name.localeCompare(b.name, 'en'))
			.map((s) => ({ name: s.name, value: s.value, description: normaliseDescription(s.description) })),
		default: [],
		displayOptions,
		description,
	};
}

// Every trigger's Options: the runtime builds them from the provider table.
const TRIGGER_OPTIONS = raw('triggerOptions(provider)');

/**
 * Parameters of an updatedSince trigger: the statuses to fire on and, where the list can be
 * filtered by a parent, the parent ids to limit the watch to. The first poll always starts from now.
 * @param {ProviderDescription} d
 * @param {Trigger} t
 * @param {string} noun
 */
function updatedTriggerProperties(d, t, noun) {
	/** @type {Json[]} */
	const props = [
		statusesProperty(triggerStatus(d, t), `Fire when ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun} changes to one of these statuses. The first poll only records what exists.`),
	];
	if (t.linkFilter) {
		props.push({
			displayName: t.linkFilter.displayName,
			name: 'linkIds',
			type: 'string',
			default: '',
			placeholder: 'first, second',
			description: normaliseDescription(t.linkFilter.description),
		});
	}
	return props;
}

/**
 * @param {ProviderDescription} d
 * @param {Trigger} t
 * @param {string} source
 */
function triggerClass(d, t, source) {
	const description = {
		displayName: t.displayName,
		name: t.name,
		icon: { light: `file:${d.icon}.svg`, dark: `file:${d.icon}.dark.svg` },
		group: ['trigger'],
		version: 1,
		subtitle: triggerSubtitle(d, t),
		description: normaliseDescription(t.description),
		defaults: { name: t.displayName },
		polling: true,
		inputs: [],
		outputs: [raw('NodeConnectionTypes.Main')],
		credentials: nodeCredentials(d),
		properties: raw('triggerProperties'),
	};
	return `${banner(source)}import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { credentialTest } from '../shared/credential-test';
import { pollSessions } from '../shared/poll';
import { provider } from './generated/provider';
import { triggerProperties } from './generated/triggerProperties';

/** ${t.displayName}: polls the API and emits each event once; the state machine is in the shared runtime. */
export class ${t.className} implements INodeType {
	description: INodeTypeDescription = ${lit(description, 1)};

	methods = {
${credentialTestMethods(d)}	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollSessions.call(this, provider);
	}
}
`;
}

/**
 * The line under the trigger's name on the canvas: the chosen event and statuses by their display
 * names ("Status Changed: Completed, Paid"), not their values.
 * @param {ProviderDescription} d
 * @param {Trigger} t
 */
function triggerSubtitle(d, t) {
	const statusNames = JSON.stringify(Object.fromEntries(triggerStatus(d, t).values.map((s) => [s.value, s.name])));
	const statuses = `($parameter["statuses"] || []).map(s => (${statusNames})[s] || s).join(", ")`;
	if (t.strategy === 'updatedSince') return `={{${statuses}}}`;
	const created = JSON.stringify(`${triggerResource(d, t).displayName} Created`);
	return `={{$parameter["event"] === "created" ? ${created} : "Status Changed: " + ${statuses}}}`;
}
