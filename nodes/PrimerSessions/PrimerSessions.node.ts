// GENERATED from schemas/primer/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { credentialTest } from '../shared/credential-test';
import { executeOperations, listSearch } from '../shared/execute';
import { provider } from './generated/provider';
import { properties } from './generated/properties';

/** Primer Sessions: every operation is a row of the generated table, run by the shared runtime. */
export class PrimerSessions implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Primer Sessions',
		name: 'primerSessions',
		icon: {
			light: 'file:primer.svg',
			dark: 'file:primer.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{({"clientSession.create":"Create","clientSession.get":"Get","clientSession.update":"Update","payment.get":"Get","payment.getAll":"Get Many","payment.waitForStatus":"Wait for Status"})[$parameter["resource"] + "." + $parameter["operation"]] + ": " + ({"clientSession":"Client Session","payment":"Payment"})[$parameter["resource"]]}}',
		description: 'Create, read and update Primer client sessions and read the payments made with them',
		defaults: {
			name: 'Primer Sessions',
		},
		usableAsTool: true,
		inputs: [
			NodeConnectionTypes.Main,
		],
		outputs: '={{$parameter["operation"] === "waitForStatus" && $parameter["onTimeout"] === "timedOutOutput" ? [{"type":"main","displayName":"Status Reached"},{"type":"main","displayName":"Timed Out"}] : ["main"]}}',
		credentials: [
			{
				name: 'primerSessionsApi',
				required: true,
				testedBy: 'primerSessionsApiTest',
			},
		],
		properties: properties,
	};

	methods = {
		credentialTest: {
			primerSessionsApiTest: credentialTest(provider, 'primerSessionsApi'),
		},
		listSearch: {
			searchPayments: listSearch(provider, 'searchPayments'),
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, provider);
	}
}
