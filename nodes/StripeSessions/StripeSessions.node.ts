// GENERATED from schemas/stripe/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { credentialTest } from '../shared/credential-test';
import { executeOperations, listSearch } from '../shared/execute';
import { provider } from './generated/provider';
import { properties } from './generated/properties';

/** Stripe Sessions: every operation is a row of the generated table, run by the shared runtime. */
export class StripeSessions implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Stripe Sessions',
		name: 'stripeSessions',
		icon: {
			light: 'file:stripe-sessions.svg',
			dark: 'file:stripe-sessions.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{({"checkoutSession.create":"Create","checkoutSession.get":"Get","checkoutSession.getAll":"Get Many","checkoutSession.update":"Update","checkoutSession.expire":"Expire","checkoutSession.getLineItems":"Get Line Items","checkoutSession.waitForStatus":"Wait for Status","customerSession.create":"Create"})[$parameter["resource"] + "." + $parameter["operation"]] + ": " + ({"checkoutSession":"Checkout Session","customerSession":"Customer Session"})[$parameter["resource"]]}}',
		description: 'Create Stripe customer sessions and create, read, list, update and expire checkout sessions',
		defaults: {
			name: 'Stripe Sessions',
		},
		usableAsTool: true,
		inputs: [
			NodeConnectionTypes.Main,
		],
		outputs: '={{$parameter["operation"] === "waitForStatus" && $parameter["onTimeout"] === "timedOutOutput" ? [{"type":"main","displayName":"Status Reached"},{"type":"main","displayName":"Timed Out"}] : ["main"]}}',
		credentials: [
			{
				name: 'stripeSessionsApi',
				required: true,
				testedBy: 'stripeSessionsApiTest',
			},
		],
		properties: properties,
	};

	methods = {
		credentialTest: {
			stripeSessionsApiTest: credentialTest(provider, 'stripeSessionsApi'),
		},
		listSearch: {
			searchCheckoutSessions: listSearch(provider, 'searchCheckoutSessions'),
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, provider);
	}
}
