// GENERATED from schemas/gr4vy/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { credentialTest } from '../shared/credential-test';
import { pollSessions } from '../shared/poll';
import { provider } from './generated/provider';
import { triggerProperties } from './generated/triggerProperties';

/** Gr4vy Sessions Trigger: polls the API and emits each event once; the state machine is in the shared runtime. */
export class Gr4vySessionsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gr4vy Sessions Trigger',
		name: 'gr4vySessionsTrigger',
		icon: {
			light: 'file:gr4vy.svg',
			dark: 'file:gr4vy.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["statuses"] || []).map(s => ({"processing":"Processing","authorization_succeeded":"Authorization Succeeded","authorization_declined":"Authorization Declined","authorization_failed":"Authorization Failed","authorization_voided":"Authorization Voided","authorization_void_pending":"Authorization Void Pending","capture_succeeded":"Capture Succeeded","capture_pending":"Capture Pending","buyer_approval_pending":"Buyer Approval Pending"})[s] || s).join(", ")}}',
		description: 'Starts the workflow when a transaction of a Gr4vy checkout session reaches one of the chosen statuses',
		defaults: {
			name: 'Gr4vy Sessions Trigger',
		},
		polling: true,
		inputs: [],
		outputs: [
			NodeConnectionTypes.Main,
		],
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
		properties: triggerProperties,
	};

	methods = {
		credentialTest: {
			gr4vySessionsApiTest: credentialTest(provider, 'gr4vySessionsApi'),
			gr4vyBearerTokenApiTest: credentialTest(provider, 'gr4vyBearerTokenApi'),
		},
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollSessions.call(this, provider);
	}
}
