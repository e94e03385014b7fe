// GENERATED from schemas/quaderno/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { credentialTest } from '../shared/credential-test';
import { executeOperations, listSearch } from '../shared/execute';
import { provider } from './generated/provider';
import { properties } from './generated/properties';

/** Quaderno Sessions: every operation is a row of the generated table, run by the shared runtime. */
export class QuadernoSessions implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Quaderno Sessions',
		name: 'quadernoSessions',
		icon: {
			light: 'file:quaderno.svg',
			dark: 'file:quaderno.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{({"checkoutSession.create":"Create","checkoutSession.get":"Get","checkoutSession.getAll":"Get Many","checkoutSession.update":"Update","checkoutSession.delete":"Delete","checkoutSession.waitForStatus":"Wait for Status"})[$parameter["resource"] + "." + $parameter["operation"]] + ": " + ({"checkoutSession":"Checkout Session"})[$parameter["resource"]]}}',
		description: 'Create, read, update, list and delete Quaderno checkout sessions',
		defaults: {
			name: 'Quaderno Sessions',
		},
		usableAsTool: true,
		inputs: [
			NodeConnectionTypes.Main,
		],
		outputs: '={{$parameter["operation"] === "waitForStatus" && $parameter["onTimeout"] === "timedOutOutput" ? [{"type":"main","displayName":"Status Reached"},{"type":"main","displayName":"Timed Out"}] : ["main"]}}',
		credentials: [
			{
				name: 'quadernoSessionsApi',
				required: true,
				testedBy: 'quadernoSessionsApiTest',
			},
		],
		properties: properties,
	};

	methods = {
		credentialTest: {
			quadernoSessionsApiTest: credentialTest(provider, 'quadernoSessionsApi'),
		},
		listSearch: {
			searchCheckoutSessions: listSearch(provider, 'searchCheckoutSessions'),
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, provider);
	}
}
