// GENERATED from schemas/primer/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { credentialTest } from '../shared/credential-test';
import { pollSessions } from '../shared/poll';
import { provider } from './generated/provider';
import { triggerProperties } from './generated/triggerProperties';

/** Primer Sessions Trigger: polls the API and emits each event once; the state machine is in the shared runtime. */
export class PrimerSessionsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Primer Sessions Trigger',
		name: 'primerSessionsTrigger',
		icon: {
			light: 'file:primer.svg',
			dark: 'file:primer.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["statuses"] || []).map(s => ({"PENDING":"Pending","FAILED":"Failed","AUTHORIZED":"Authorized","SETTLING":"Settling","PARTIALLY_SETTLED":"Partially Settled","SETTLED":"Settled","DECLINED":"Declined","CANCELLED":"Cancelled"})[s] || s).join(", ")}}',
		description: 'Starts the workflow when a payment of a Primer client session reaches one of the chosen statuses',
		defaults: {
			name: 'Primer Sessions Trigger',
		},
		polling: true,
		inputs: [],
		outputs: [
			NodeConnectionTypes.Main,
		],
		credentials: [
			{
				name: 'primerSessionsApi',
				required: true,
				testedBy: 'primerSessionsApiTest',
			},
		],
		properties: triggerProperties,
	};

	methods = {
		credentialTest: {
			primerSessionsApiTest: credentialTest(provider, 'primerSessionsApi'),
		},
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollSessions.call(this, provider);
	}
}
