import Ajv from 'ajv';
import type { IDataObject } from 'n8n-workflow';
import drCheckout from '../../nodes/DigitalRiverSessions/__schema__/v1.0.0/checkout/simplified.json';
import drOrder from '../../nodes/DigitalRiverSessions/__schema__/v1.0.0/order/simplified.json';
import gr4vyTransaction from '../../nodes/Gr4vySessions/__schema__/v1.0.0/transaction/simplified.json';
import primerPayment from '../../nodes/PrimerSessions/__schema__/v1.0.0/payment/simplified.json';
import quadernoSession from '../../nodes/QuadernoSessions/__schema__/v1.0.0/checkoutSession/simplified.json';
import stripeSession from '../../nodes/StripeSessions/__schema__/v1.0.0/checkoutSession/simplified.json';
import { provider as digitalriver } from '../../nodes/DigitalRiverSessions/generated/provider';
import { provider as gr4vy } from '../../nodes/Gr4vySessions/generated/provider';
import { provider as primer } from '../../nodes/PrimerSessions/generated/provider';
import { provider as quaderno } from '../../nodes/QuadernoSessions/generated/provider';
import { provider as stripe } from '../../nodes/StripeSessions/generated/provider';
import { simplifyEvent, simplifyItem } from '../../nodes/shared/simplify';
import type { ProviderSpec } from '../../nodes/shared/types';
import cases from './mapping.cases.json';

const providers: Record<string, ProviderSpec> = { digitalriver, gr4vy, primer, quaderno, stripe };
/** The generated output schemas of the common view, by platform and resource. */
const schemas: Record<string, { properties: object }> = {
	'digitalriver.checkout': drCheckout,
	'digitalriver.order': drOrder,
	'gr4vy.transaction': gr4vyTransaction,
	'primer.payment': primerPayment,
	'quaderno.checkoutSession': quadernoSession,
	'stripe.checkoutSession': stripeSession,
};
const simplifiedSchema = (platform: string, resource: string) => schemas[`${platform}.${resource}`];

interface MappingCase {
	behaviour: string;
	platform: string;
	resource: string;
	given: IDataObject;
	want: IDataObject;
}

describe('the common session view of each platform', () => {
	test.each((cases as MappingCase[]).map((c) => [c.behaviour, c] as const))('%s', (_name, c) => {
		expect(simplifyItem(providers[c.platform], c.resource, c.given)).toEqual(c.want);
	});

	test.each((cases as MappingCase[]).map((c) => [c.behaviour, c] as const))("the simplified item is described by its resource's generated output schema: %s", (_name, c) => {
		// Formats are not checked here: the case table pins every date to its exact ISO text.
		const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
		const validate = ajv.compile(simplifiedSchema(c.platform, c.resource));
		expect(validate(c.want) ? [] : validate.errors).toEqual([]);
		expect(Object.keys(c.want).sort()).toEqual(Object.keys(simplifiedSchema(c.platform, c.resource).properties).sort());
	});

	test('every platform is covered by a case', () => {
		expect([...new Set((cases as MappingCase[]).map((c) => c.platform))].sort()).toEqual(Object.keys(providers).sort());
	});

	test("a trigger's simplified item keeps the event and the status before it", () => {
		const item = { id: 7, status: 'completed', triggerEvent: 'statusChanged', previousStatus: 'pending' };
		expect(simplifyEvent(quaderno, 'checkoutSession', item)).toMatchObject({ id: '7', status: 'completed', state: 'paid', triggerEvent: 'statusChanged', previousStatus: 'pending' });
	});
});
