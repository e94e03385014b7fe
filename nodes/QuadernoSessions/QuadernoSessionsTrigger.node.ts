// GENERATED from schemas/quaderno/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { credentialTest } from '../shared/credential-test';
import { pollSessions } from '../shared/poll';
import { provider } from './generated/provider';
import { triggerProperties } from './generated/triggerProperties';

/** Quaderno Sessions Trigger: polls the API and emits each event once; the state machine is in the shared runtime. */
export class QuadernoSessionsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Quaderno Sessions Trigger',
		name: 'quadernoSessionsTrigger',
		icon: {
			light: 'file:quaderno.svg',
			dark: 'file:quaderno.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"] === "created" ? "Checkout Session Created" : "Status Changed: " + ($parameter["statuses"] || []).map(s => ({"pending":"Pending","processing":"Processing","failed":"Failed","completed":"Completed","abandoned":"Abandoned"})[s] || s).join(", ")}}',
		description: 'Starts the workflow when a Quaderno checkout session is created or changes status',
		defaults: {
			name: 'Quaderno Sessions Trigger',
		},
		polling: true,
		inputs: [],
		outputs: [
			NodeConnectionTypes.Main,
		],
		credentials: [
			{
				name: 'quadernoSessionsApi',
				required: true,
				testedBy: 'quadernoSessionsApiTest',
			},
		],
		properties: triggerProperties,
	};

	methods = {
		credentialTest: {
			quadernoSessionsApiTest: credentialTest(provider, 'quadernoSessionsApi'),
		},
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollSessions.call(this, provider);
	}
}
