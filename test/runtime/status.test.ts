import type { IDataObject } from 'n8n-workflow';
import { provider as digitalriver } from '../../nodes/DigitalRiverSessions/generated/provider';
import { provider as stripe } from '../../nodes/StripeSessions/generated/provider';
import { statusOf, statusValue } from '../../nodes/shared/status';
import type { StatusSpec } from '../../nodes/shared/types';

const stripeSessions = stripe.statuses?.checkoutSession as StatusSpec;
const drCheckouts = digitalriver.statuses?.checkout as StatusSpec;

describe('the status of a session-like item, read through its status list', () => {
	test.each<[string, StatusSpec, IDataObject, string | undefined, string | undefined]>([
		['an open Stripe session is open', stripeSessions, { status: 'open', payment_status: 'unpaid' }, 'open', 'open'],
		['a completed, unpaid Stripe session is still processing', stripeSessions, { status: 'complete', payment_status: 'unpaid' }, 'complete', 'processing'],
		['a completed and paid Stripe session is paid: the value with its own field wins', stripeSessions, { status: 'complete', payment_status: 'paid' }, 'paid', 'paid'],
		['a completed Stripe session with nothing to pay is paid: ready to fulfil', stripeSessions, { status: 'complete', payment_status: 'no_payment_required' }, 'no_payment_required', 'paid'],
		['an open setup-mode Stripe session already says no_payment_required, and is still open', stripeSessions, { status: 'open', payment_status: 'no_payment_required' }, 'open', 'open'],
		['an expired Stripe session with nothing to pay is expired, not paid', stripeSessions, { status: 'expired', payment_status: 'no_payment_required' }, 'expired', 'expired'],
		['an expired Stripe session is expired', stripeSessions, { status: 'expired', payment_status: 'unpaid' }, 'expired', 'expired'],
		['a Digital River checkout reads its payment session state', drCheckouts, { payment: { session: { state: 'chargeable' } } }, 'chargeable', 'authorized'],
		['an item without a status has none', drCheckouts, { payment: {} }, undefined, undefined],
		['a status the list does not know is named but has no state', stripeSessions, { status: 'archived' }, 'archived', undefined],
	])('%s', (_name, list, item, value, state) => {
		expect(statusValue(list, item)).toBe(value);
		expect(statusOf(list, item)?.state).toBe(state);
	});
});
