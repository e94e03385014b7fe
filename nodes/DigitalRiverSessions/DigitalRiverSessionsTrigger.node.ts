// GENERATED from schemas/digitalriver/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { credentialTest } from '../shared/credential-test';
import { pollSessions } from '../shared/poll';
import { provider } from './generated/provider';
import { triggerProperties } from './generated/triggerProperties';

/** Digital River Sessions Trigger: polls the API and emits each event once; the state machine is in the shared runtime. */
export class DigitalRiverSessionsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Digital River Sessions Trigger',
		name: 'digitalRiverSessionsTrigger',
		icon: {
			light: 'file:digitalriver.svg',
			dark: 'file:digitalriver.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["statuses"] || []).map(s => ({"accepted":"Accepted","blocked":"Blocked","pending_payment":"Pending Payment","in_review":"In Review","dispute":"Dispute","cancelled":"Cancelled","fulfilled":"Fulfilled","complete":"Complete","returned":"Returned"})[s] || s).join(", ")}}',
		description: 'Starts the workflow when an order made from a Digital River checkout reaches one of the chosen states',
		defaults: {
			name: 'Digital River Sessions Trigger',
		},
		polling: true,
		inputs: [],
		outputs: [
			NodeConnectionTypes.Main,
		],
		credentials: [
			{
				name: 'digitalRiverSessionsApi',
				required: true,
				testedBy: 'digitalRiverSessionsApiTest',
			},
		],
		properties: triggerProperties,
	};

	methods = {
		credentialTest: {
			digitalRiverSessionsApiTest: credentialTest(provider, 'digitalRiverSessionsApi'),
		},
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollSessions.call(this, provider);
	}
}
