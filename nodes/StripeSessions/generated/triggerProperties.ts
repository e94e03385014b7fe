// GENERATED from schemas/stripe/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { INodeProperties } from 'n8n-workflow';
import { triggerOptions } from '../../shared/run-options';
import { provider } from './provider';

/** Parameters of the Stripe Sessions Trigger node. */
export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		options: [
			{
				name: 'Checkout Session Created',
				value: 'created',
				description: 'A new checkout session appears',
			},
			{
				name: 'Status Changed',
				value: 'statusChanged',
				description: 'A checkout session reaches one of the chosen statuses',
			},
		],
		default: 'statusChanged',
	},
	{
		displayName: 'Statuses',
		name: 'statuses',
		type: 'multiOptions',
		required: true,
		options: [
			{
				name: 'Completed',
				value: 'complete',
				description: 'The customer finished checkout; the payment may still be pending',
			},
			{
				name: 'Expired',
				value: 'expired',
				description: 'Expired or expired by an API call; final',
			},
			{
				name: 'No Payment Required',
				value: 'no_payment_required',
				description: 'Completed with nothing to collect now (setup mode, a free trial or a fully discounted order): ready to fulfil, as Stripe advises for paid sessions; final',
			},
			{
				name: 'Open',
				value: 'open',
				description: 'Created, waiting for the customer',
			},
			{
				name: 'Paid',
				value: 'paid',
				description: 'Payment status is paid (funds are available); final',
			},
		],
		default: [],
		displayOptions: {
			show: {
				event: ['statusChanged'],
			},
		},
		description: 'Fire when a session changes to one of these statuses',
	},
	{
		displayName: 'Start From',
		name: 'startFrom',
		type: 'dateTime',
		default: '',
		description: 'On the first poll, every checkout session created after this time counts as new. Empty starts from now: the first poll only records what exists.',
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
