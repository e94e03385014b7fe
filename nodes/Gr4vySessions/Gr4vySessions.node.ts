// GENERATED from schemas/gr4vy/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { credentialTest } from '../shared/credential-test';
import { executeOperations, listSearch } from '../shared/execute';
import { provider } from './generated/provider';
import { properties } from './generated/properties';

/** Gr4vy Sessions: every operation is a row of the generated table, run by the shared runtime. */
export class Gr4vySessions implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gr4vy Sessions',
		name: 'gr4vySessions',
		icon: {
			light: 'file:gr4vy.svg',
			dark: 'file:gr4vy.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{({"checkoutSession.create":"Create","checkoutSession.get":"Get","checkoutSession.update":"Update","checkoutSession.delete":"Delete","transaction.get":"Get","transaction.getAll":"Get Many","transaction.waitForStatus":"Wait for Status"})[$parameter["resource"] + "." + $parameter["operation"]] + ": " + ({"checkoutSession":"Checkout Session","transaction":"Transaction"})[$parameter["resource"]]}}',
		description: 'Create, read, update and delete Gr4vy checkout sessions and read the transactions made with them',
		defaults: {
			name: 'Gr4vy Sessions',
		},
		usableAsTool: true,
		inputs: [
			NodeConnectionTypes.Main,
		],
		outputs: '={{$parameter["operation"] === "waitForStatus" && $parameter["onTimeout"] === "timedOutOutput" ? [{"type":"main","displayName":"Status Reached"},{"type":"main","displayName":"Timed Out"}] : ["main"]}}',
		credentials: [
			{
				name: 'gr4vySessionsApi',
				required: true,
				testedBy: 'gr4vySessionsApiTest',
				displayOptions: {
					show: {
						authentication: ['gr4vySessionsApi'],
					},
				},
			},
			{
				name: 'gr4vyBearerTokenApi',
				required: true,
				testedBy: 'gr4vyBearerTokenApiTest',
				displayOptions: {
					show: {
						authentication: ['gr4vyBearerTokenApi'],
					},
				},
			},
		],
		properties: properties,
	};

	methods = {
		credentialTest: {
			gr4vySessionsApiTest: credentialTest(provider, 'gr4vySessionsApi'),
			gr4vyBearerTokenApiTest: credentialTest(provider, 'gr4vyBearerTokenApi'),
		},
		listSearch: {
			searchTransactions: listSearch(provider, 'searchTransactions'),
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, provider);
	}
}
