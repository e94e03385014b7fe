// GENERATED from schemas/digitalriver/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { INodeProperties } from 'n8n-workflow';
import { triggerOptions } from '../../shared/run-options';
import { provider } from './provider';

/** Parameters of the Digital River Sessions Trigger node. */
export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Statuses',
		name: 'statuses',
		type: 'multiOptions',
		required: true,
		options: [
			{
				name: 'Accepted',
				value: 'accepted',
				description: 'Payment authorized and fraud checks passed; ready to fulfil',
			},
			{
				name: 'Blocked',
				value: 'blocked',
				description: 'Stopped by fraud review; final',
			},
			{
				name: 'Cancelled',
				value: 'cancelled',
				description: 'Cancelled before fulfilment; final',
			},
			{
				name: 'Complete',
				value: 'complete',
				description: 'Fulfilled and charged; final',
			},
			{
				name: 'Dispute',
				value: 'dispute',
				description: 'The customer disputed the charge',
			},
			{
				name: 'Fulfilled',
				value: 'fulfilled',
				description: 'Every item was fulfilled or cancelled',
			},
			{
				name: 'In Review',
				value: 'in_review',
				description: 'Held for fraud review',
			},
			{
				name: 'Pending Payment',
				value: 'pending_payment',
				description: 'Waiting for the payment to be authorized',
			},
			{
				name: 'Returned',
				value: 'returned',
				description: 'Items were returned; final',
			},
		],
		default: [],
		description: 'Fire when an order changes to one of these statuses. The first poll only records what exists.',
	},
	{
		displayName: 'Checkout IDs',
		name: 'linkIds',
		type: 'string',
		default: '',
		placeholder: 'first, second',
		description: 'Only orders of these checkouts (a drop-in session\'s order carries its checkout ID), comma-separated. Empty watches all orders.',
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
