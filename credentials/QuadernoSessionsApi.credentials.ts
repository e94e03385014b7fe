// GENERATED from schemas/quaderno/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';
import { templateAuthentication } from '../nodes/shared/auth';

/** Quaderno Sessions API: how n8n authenticates requests to Quaderno. */
export class QuadernoSessionsApi implements ICredentialType {
	name = 'quadernoSessionsApi';

	displayName = 'Quaderno Sessions API';

	icon: Icon = {
		light: 'file:../nodes/QuadernoSessions/quaderno.svg',
		dark: 'file:../nodes/QuadernoSessions/quaderno.dark.svg',
	};

	documentationUrl = 'https://developers.quaderno.io/api/#section/Authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'Account Name',
			name: 'accountName',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'my-company',
			description: 'The subdomain of your Quaderno account, as in https://ACCOUNT_NAME.quadernoapp.com',
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			default: 'production',
			options: [
				{
					name: 'Production',
					value: 'production',
				},
				{
					name: 'Sandbox',
					value: 'sandbox',
				},
			],
			description: 'Sandbox uses the separate sandbox-quadernoapp.com host and its own API keys',
		},
		{
			displayName: 'Private API Key',
			name: 'apiKey',
			type: 'string',
			default: '',
			required: true,
			typeOptions: {
				password: true,
			},
			description: 'Private key from Quaderno\'s dashboard (Profile, API keys); sent as the Basic-auth user name',
		},
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'string',
			default: '',
			placeholder: '20220325',
			description: 'Optional API version (YYYYMMDD) sent in the Accept header; the account\'s version is used when empty',
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
			placeholder: 'http://127.0.0.1:4010/quaderno/api',
			description: 'For tests against a local emulator only. Leave empty to use Quaderno\'s real hosts.',
		},
	];

	authenticate = templateAuthentication({
		basic: {
			username: '{apiKey}',
			password: 'x',
		},
		headers: [
			{
				name: 'Accept',
				value: 'application/json; api_version={apiVersion}',
				when: 'apiVersion',
				otherwise: 'application/json',
			},
		],
		hostFields: ['accountName'],
	});
}
