// GENERATED from schemas/gr4vy/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { INodeProperties } from 'n8n-workflow';
import { triggerOptions } from '../../shared/run-options';
import { provider } from './provider';

/** Parameters of the Gr4vy Sessions Trigger node. */
export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{
				name: 'Gr4vy API',
				value: 'gr4vySessionsApi',
			},
			{
				name: 'Gr4vy Bearer Token API',
				value: 'gr4vyBearerTokenApi',
			},
		],
		default: 'gr4vySessionsApi',
	},
	{
		displayName: 'Statuses',
		name: 'statuses',
		type: 'multiOptions',
		required: true,
		options: [
			{
				name: 'Authorization Declined',
				value: 'authorization_declined',
				description: 'The payment service or issuer declined; final',
			},
			{
				name: 'Authorization Failed',
				value: 'authorization_failed',
				description: 'An error stopped the authorization; final',
			},
			{
				name: 'Authorization Succeeded',
				value: 'authorization_succeeded',
				description: 'Funds are reserved',
			},
			{
				name: 'Authorization Void Pending',
				value: 'authorization_void_pending',
				description: 'A void was requested, not yet confirmed',
			},
			{
				name: 'Authorization Voided',
				value: 'authorization_voided',
				description: 'The reservation was released; final',
			},
			{
				name: 'Buyer Approval Pending',
				value: 'buyer_approval_pending',
				description: 'Waiting for the buyer, e.g. a redirect or 3-D Secure',
			},
			{
				name: 'Capture Pending',
				value: 'capture_pending',
				description: 'Capture requested, not yet confirmed',
			},
			{
				name: 'Capture Succeeded',
				value: 'capture_succeeded',
				description: 'Funds are captured',
			},
			{
				name: 'Processing',
				value: 'processing',
				description: 'Created, the outcome is not known yet',
			},
		],
		default: [],
		description: 'Fire when a transaction changes to one of these statuses. The first poll only records what exists.',
	},
	{
		displayName: 'Checkout Session IDs',
		name: 'linkIds',
		type: 'string',
		default: '',
		placeholder: 'first, second',
		description: 'Only transactions of these checkout sessions, comma-separated. Empty watches all transactions.',
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description: 'Whether to return the common session view (the same fields on every platform: status, state, amount, currency, customer email, URL, dates and linked IDs) instead of the raw data',
	},
	triggerOptions(provider),
];
