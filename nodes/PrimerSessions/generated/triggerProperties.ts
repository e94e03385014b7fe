// GENERATED from schemas/primer/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { INodeProperties } from 'n8n-workflow';
import { triggerOptions } from '../../shared/run-options';
import { provider } from './provider';

/** Parameters of the Primer Sessions Trigger node. */
export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Statuses',
		name: 'statuses',
		type: 'multiOptions',
		required: true,
		options: [
			{
				name: 'Authorized',
				value: 'AUTHORIZED',
				description: 'Funds are reserved',
			},
			{
				name: 'Cancelled',
				value: 'CANCELLED',
				description: 'Cancelled before settlement; final',
			},
			{
				name: 'Declined',
				value: 'DECLINED',
				description: 'The processor or issuer declined; final',
			},
			{
				name: 'Failed',
				value: 'FAILED',
				description: 'An error stopped the payment',
			},
			{
				name: 'Partially Settled',
				value: 'PARTIALLY_SETTLED',
				description: 'Part of the amount is settled',
			},
			{
				name: 'Pending',
				value: 'PENDING',
				description: 'Created, not yet authorized',
			},
			{
				name: 'Settled',
				value: 'SETTLED',
				description: 'Funds are captured; final',
			},
			{
				name: 'Settling',
				value: 'SETTLING',
				description: 'Capture requested, not yet settled',
			},
		],
		default: [],
		description: 'Fire when a payment changes to one of these statuses. The first poll only records what exists.',
	},
	{
		displayName: 'Order IDs',
		name: 'linkIds',
		type: 'string',
		default: '',
		placeholder: 'first, second',
		description: 'Only payments of these orders (the order IDs of your client sessions), comma-separated. Empty watches all payments.',
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
