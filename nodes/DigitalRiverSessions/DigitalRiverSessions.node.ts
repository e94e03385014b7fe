// GENERATED from schemas/digitalriver/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { credentialTest } from '../shared/credential-test';
import { executeOperations, listSearch } from '../shared/execute';
import { provider } from './generated/provider';
import { properties } from './generated/properties';

/** Digital River Sessions: every operation is a row of the generated table, run by the shared runtime. */
export class DigitalRiverSessions implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Digital River Sessions',
		name: 'digitalRiverSessions',
		icon: {
			light: 'file:digitalriver.svg',
			dark: 'file:digitalriver.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{({"dropInCheckoutSession.create":"Create","checkout.create":"Create","checkout.get":"Get","checkout.getAll":"Get Many","checkout.update":"Update","checkout.delete":"Delete","checkout.waitForStatus":"Wait for Status","order.get":"Get","order.getAll":"Get Many","order.waitForStatus":"Wait for Status"})[$parameter["resource"] + "." + $parameter["operation"]] + ": " + ({"dropInCheckoutSession":"Drop-In Checkout Session","checkout":"Checkout","order":"Order"})[$parameter["resource"]]}}',
		description: 'Create Digital River drop-in checkout sessions, manage checkouts and read the orders made from them',
		defaults: {
			name: 'Digital River Sessions',
		},
		usableAsTool: true,
		inputs: [
			NodeConnectionTypes.Main,
		],
		outputs: '={{$parameter["operation"] === "waitForStatus" && $parameter["onTimeout"] === "timedOutOutput" ? [{"type":"main","displayName":"Status Reached"},{"type":"main","displayName":"Timed Out"}] : ["main"]}}',
		credentials: [
			{
				name: 'digitalRiverSessionsApi',
				required: true,
				testedBy: 'digitalRiverSessionsApiTest',
			},
		],
		properties: properties,
	};

	methods = {
		credentialTest: {
			digitalRiverSessionsApiTest: credentialTest(provider, 'digitalRiverSessionsApi'),
		},
		listSearch: {
			searchCheckouts: listSearch(provider, 'searchCheckouts'),
			searchOrders: listSearch(provider, 'searchOrders'),
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, provider);
	}
}
