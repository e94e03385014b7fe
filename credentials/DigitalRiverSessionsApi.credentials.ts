// GENERATED from schemas/digitalriver/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';
import { templateAuthentication } from '../nodes/shared/auth';

/** Digital River Sessions API: how n8n authenticates requests to Digital River. */
export class DigitalRiverSessionsApi implements ICredentialType {
	name = 'digitalRiverSessionsApi';

	displayName = 'Digital River Sessions API';

	icon: Icon = {
		light: 'file:../nodes/DigitalRiverSessions/digitalriver.svg',
		dark: 'file:../nodes/DigitalRiverSessions/digitalriver.dark.svg',
	};

	documentationUrl = 'https://www.digitalriver.com/docs/digital-river-api/developer-resources/api-structure/';

	properties: INodeProperties[] = [
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'sk_test_...',
			typeOptions: {
				password: true,
			},
			description: 'Confidential key from Digital River\'s dashboard (Developers, API keys); test keys act on test data',
		},
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'string',
			default: '2021-12-13',
			placeholder: '2021-12-13',
			description: 'API version sent as DigitalRiver-Version. The default is the version of the API reference the node\'s fields are imported from, so the version pinned on your account cannot change what is sent or received; empty uses the account\'s version.',
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
			placeholder: 'http://127.0.0.1:4010/digitalriver',
			description: 'For tests against a local emulator only. Leave empty to use https://api.digitalriver.com.',
		},
	];

	authenticate = templateAuthentication({
		headers: [
			{
				name: 'Authorization',
				value: 'Bearer {secretKey}',
			},
			{
				name: 'DigitalRiver-Version',
				value: '{apiVersion}',
				when: 'apiVersion',
			},
		],
	});
}
