// GENERATED from schemas/primer/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';
import { templateAuthentication } from '../nodes/shared/auth';

/** Primer Sessions API: how n8n authenticates requests to Primer. */
export class PrimerSessionsApi implements ICredentialType {
	name = 'primerSessionsApi';

	displayName = 'Primer Sessions API';

	icon: Icon = {
		light: 'file:../nodes/PrimerSessions/primer.svg',
		dark: 'file:../nodes/PrimerSessions/primer.dark.svg',
	};

	documentationUrl = 'https://apidocs.primer.io/docs/authentication';

	properties: INodeProperties[] = [
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
			description: 'Sandbox and production have separate hosts and separate API keys',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			default: '',
			required: true,
			typeOptions: {
				password: true,
			},
			description: 'API key from Primer\'s dashboard (Developers, API keys), sent as X-Api-Key',
		},
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'string',
			default: '2.4',
			required: true,
			description: 'Sent as X-Api-Version on every request; Primer requires it',
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
			placeholder: 'http://127.0.0.1:4010/primer',
			description: 'For tests against a local emulator only. Leave empty to use Primer\'s real hosts.',
		},
	];

	authenticate = templateAuthentication({
		headers: [
			{
				name: 'X-Api-Key',
				value: '{apiKey}',
			},
			{
				name: 'X-Api-Version',
				value: '{apiVersion}',
				when: 'apiVersion',
				otherwise: '2.4',
			},
		],
	});
}
