// @ts-check
/*
 * <Node>.node.ts: the thin action node class. It carries the node description, the credential
 * tests and list-search methods; every operation runs through the shared runtime's executeOperations.
 */
import { normaliseDescription } from '../fields.mjs';
import { banner, lit, raw } from './literal.mjs';
import { credentialTestMethods, nodeCredentials } from './shared-properties.mjs';
import { WAIT_OPERATION } from '../load.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../types/description.js').ProviderDescription} ProviderDescription */
/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */

/**
 * Emits the action node class.
 * @param {PlatformModel} model
 * @returns {[string, string][]}
 */
export function emitNodeClass(model) {
	const d = model.description;
	return [[`${model.folder}/${d.node.className}.node.ts`, nodeClass(d, model.source, model.locators, model.operations)]];
}

/**
 * @param {ProviderDescription} d
 * @param {string} source
 * @param {Json | undefined} locators
 * @param {import('../model.mjs').OperationModel[]} operations
 */
function nodeClass(d, source, locators, operations) {
	const description = {
		displayName: d.node.displayName,
		name: d.node.name,
		icon: { light: `file:${d.icon}.svg`, dark: `file:${d.icon}.dark.svg` },
		group: ['transform'],
		version: 1,
		subtitle: d.node.subtitle ?? nodeSubtitle(d, operations),
		description: normaliseDescription(d.description),
		defaults: { name: d.node.displayName },
		usableAsTool: true,
		inputs: [raw('NodeConnectionTypes.Main')],
		outputs: d.resources.some((r) => r.waitForStatus) ? waitOutputs() : [raw('NodeConnectionTypes.Main')],
		credentials: nodeCredentials(d),
		properties: raw('properties'),
	};
	const listSearch = locators
		? `\t\tlistSearch: {\n${Object.keys(locators).map((m) => `\t\t\t${m}: listSearch(provider, ${lit(m)}),`).join('\n')}\n\t\t},\n`
		: '';
	const methods = `\n\tmethods = {\n${credentialTestMethods(d)}${listSearch}\t};\n`;
	return `${banner(source)}import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { credentialTest } from '../shared/credential-test';
import { executeOperations${locators ? ', listSearch' : ''} } from '../shared/execute';
import { provider } from './generated/provider';
import { properties } from './generated/properties';

/** ${d.node.displayName}: every operation is a row of the generated table, run by the shared runtime. */
export class ${d.node.className} implements INodeType {
	description: INodeTypeDescription = ${lit(description, 1)};
${methods}
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, provider);
	}
}
`;
}

/**
 * The line under the node's name on the canvas: operation and resource by their display names
 * ("Create: Checkout Session"), not their values.
 * @param {ProviderDescription} d
 * @param {import('../model.mjs').OperationModel[]} operations
 */
function nodeSubtitle(d, operations) {
	// From the model's operations, so the generated ones (Wait for Status) have their names too.
	const names = JSON.stringify(Object.fromEntries(operations.map((o) => [`${o.resource.name}.${o.op.name}`, o.op.displayName])));
	const resources = JSON.stringify(Object.fromEntries(d.resources.map((r) => [r.name, r.displayName])));
	return `={{(${names})[$parameter["resource"] + "." + $parameter["operation"]] + ": " + (${resources})[$parameter["resource"]]}}`;
}

/**
 * The outputs of a node that offers "Wait for Status": one, and a second named Timed Out while
 * that operation is chosen with On Timeout set to use it. n8n reads an expression here, as for
 * its own Switch and Wait nodes, in the editor and in the engine alike.
 */
function waitOutputs() {
	const twoOutputs = JSON.stringify([
		{ type: 'main', displayName: 'Status Reached' },
		{ type: 'main', displayName: 'Timed Out' },
	]);
	return `={{$parameter["operation"] === ${JSON.stringify(WAIT_OPERATION)} && $parameter["onTimeout"] === "timedOutOutput" ? ${twoOutputs} : ["main"]}}`;
}
