// GENERATED from schemas/stripe/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';
import { templateAuthentication } from '../nodes/shared/auth';

/** Stripe Sessions API: how n8n authenticates requests to Stripe. */
export class StripeSessionsApi implements ICredentialType {
	name = 'stripeSessionsApi';

	displayName = 'Stripe Sessions API';

	icon: Icon = {
		light: 'file:../nodes/StripeSessions/stripe-sessions.svg',
		dark: 'file:../nodes/StripeSessions/stripe-sessions.dark.svg',
	};

	documentationUrl = 'https://docs.stripe.com/keys';

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
			description: 'Secret or restricted key from the Stripe dashboard (Developers, API keys); test keys act on test data',
		},
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'string',
			default: '2026-11-18.endive',
			placeholder: '2026-11-18.endive',
			description: 'API version sent as Stripe-Version. The default is the version the node\'s fields are built for, so an account\'s own default version cannot change what is sent or received; empty sends no header.',
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
			placeholder: 'http://127.0.0.1:4010/stripe',
			description: 'For tests against a local emulator only. Leave empty to use https://api.stripe.com.',
		},
	];

	authenticate = templateAuthentication({
		headers: [
			{
				name: 'Authorization',
				value: 'Bearer {secretKey}',
			},
			{
				name: 'Stripe-Version',
				value: '{apiVersion}',
				when: 'apiVersion',
			},
		],
	});
}
