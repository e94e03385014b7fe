// GENERATED from schemas/quaderno/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { INodeProperties } from 'n8n-workflow';
import { triggerOptions } from '../../shared/run-options';
import { provider } from './provider';

/** Parameters of the Quaderno Sessions Trigger node. */
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
				name: 'Abandoned',
				value: 'abandoned',
				description: 'Cancelled by the customer or idle for 30 minutes; final',
			},
			{
				name: 'Completed',
				value: 'completed',
				description: 'Paid; final',
			},
			{
				name: 'Failed',
				value: 'failed',
				description: 'Payment failed or was declined',
			},
			{
				name: 'Pending',
				value: 'pending',
				description: 'Created, awaiting payment',
			},
			{
				name: 'Processing',
				value: 'processing',
				description: 'Payment is being processed',
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
		displayName: 'Start After ID',
		name: 'startAfterId',
		type: 'number',
		typeOptions: {
			minValue: 0,
			numberPrecision: 0,
		},
		default: 0,
		description: 'On the first poll, every checkout session with a higher ID counts as new. 0 starts from now: the first poll only records what exists.',
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
