// GENERATED from schemas/stripe/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { credentialTest } from '../shared/credential-test';
import { pollSessions } from '../shared/poll';
import { provider } from './generated/provider';
import { triggerProperties } from './generated/triggerProperties';

/** Stripe Sessions Trigger: polls the API and emits each event once; the state machine is in the shared runtime. */
export class StripeSessionsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Stripe Sessions Trigger',
		name: 'stripeSessionsTrigger',
		icon: {
			light: 'file:stripe-sessions.svg',
			dark: 'file:stripe-sessions.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"] === "created" ? "Checkout Session Created" : "Status Changed: " + ($parameter["statuses"] || []).map(s => ({"open":"Open","complete":"Completed","expired":"Expired","paid":"Paid","no_payment_required":"No Payment Required"})[s] || s).join(", ")}}',
		description: 'Starts the workflow when a Stripe checkout session is created, completed, expired or paid',
		defaults: {
			name: 'Stripe Sessions Trigger',
		},
		polling: true,
		inputs: [],
		outputs: [
			NodeConnectionTypes.Main,
		],
		credentials: [
			{
				name: 'stripeSessionsApi',
				required: true,
				testedBy: 'stripeSessionsApiTest',
			},
		],
		properties: triggerProperties,
	};

	methods = {
		credentialTest: {
			stripeSessionsApiTest: credentialTest(provider, 'stripeSessionsApi'),
		},
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollSessions.call(this, provider);
	}
}
