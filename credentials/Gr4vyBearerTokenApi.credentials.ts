// GENERATED from schemas/gr4vy/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';
import { templateAuthentication } from '../nodes/shared/auth';

/** Gr4vy Bearer Token API: how n8n authenticates requests to Gr4vy. */
export class Gr4vyBearerTokenApi implements ICredentialType {
	name = 'gr4vyBearerTokenApi';

	displayName = 'Gr4vy Bearer Token API';

	icon: Icon = {
		light: 'file:../nodes/Gr4vySessions/gr4vy.svg',
		dark: 'file:../nodes/Gr4vySessions/gr4vy.dark.svg',
	};

	documentationUrl = 'https://docs.gr4vy.com/guides/api/authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'Instance ID',
			name: 'instanceId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'example',
			description: 'The ID of your Gr4vy instance, as in https://api.sandbox.INSTANCE_ID.gr4vy.app',
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			default: 'sandbox',
			options: [
				{
					name: 'Sandbox',
					value: 'sandbox',
				},
				{
					name: 'Production',
					value: 'production',
				},
			],
			description: 'Sandbox and production have separate hosts',
		},
		{
			displayName: 'Bearer Token',
			name: 'token',
			type: 'string',
			default: '',
			required: true,
			typeOptions: {
				password: true,
			},
			description: 'A ready token (JWT) made elsewhere, sent as Authorization: Bearer. It must carry the scopes of the operations used and be valid when the workflow runs.',
		},
		{
			displayName: 'Merchant Account ID',
			name: 'merchantAccountId',
			type: 'string',
			default: '',
			placeholder: 'default',
			description: 'Sent as x-gr4vy-merchant-account-id when set. Leave empty to use the instance\'s default merchant account.',
		},
		{
			displayName: 'Processes Sharing This Limit',
			name: 'processesSharingLimit',
			type: 'number',
			default: 1,
			description: 'How many n8n processes send requests with this account at the same time (in queue mode: every worker, plus the main process when it polls a trigger with it). Each process keeps to the rate limit divided by this number.',
		},
		{
			displayName: 'Base URL Override (Testing Only)',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'http://127.0.0.1:4010/gr4vy',
			description: 'For tests against a local emulator only. Leave empty to use Gr4vy\'s real hosts.',
		},
	];

	authenticate = templateAuthentication({
		headers: [
			{
				name: 'Authorization',
				value: 'Bearer {token}',
			},
			{
				name: 'X-Gr4vy-Merchant-Account-ID',
				value: '{merchantAccountId}',
				when: 'merchantAccountId',
			},
		],
		hostFields: ['instanceId'],
	});
}
