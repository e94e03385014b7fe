// The status lists of the session-like resources against the platforms' own response schemas.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProviders } from '../../codegen/load.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const schemas = join(here, '..', '..', 'schemas');

/*
 * Where each platform publishes the values of a status field: the official OpenAPI document,
 * or for Quaderno (which publishes none) the response schema written from its docs.
 */
const official = [
	{ platform: 'quaderno', resource: 'checkoutSession', field: 'status', file: 'quaderno/checkout-session.schema.json', pointer: '/properties/status' },
	{ platform: 'stripe', resource: 'checkoutSession', field: 'status', file: 'stripe/official.openapi.json', pointer: '/components/schemas/checkout.session/properties/status' },
	{ platform: 'stripe', resource: 'checkoutSession', field: 'payment_status', file: 'stripe/official.openapi.json', pointer: '/components/schemas/checkout.session/properties/payment_status' },
	{ platform: 'primer', resource: 'payment', field: 'status', file: 'primer/official.openapi.json', pointer: '/components/schemas/PaymentStatus' },
	{ platform: 'gr4vy', resource: 'transaction', field: 'status', file: 'gr4vy/official.openapi.json', pointer: '/components/schemas/TransactionStatus' },
	{ platform: 'digitalriver', resource: 'order', field: 'state', file: 'digitalriver/official.openapi.json', pointer: '/components/schemas/Order/properties/state' },
	{ platform: 'digitalriver', resource: 'checkout', field: 'payment.session.state', file: 'digitalriver/official.openapi.json', pointer: '/components/schemas/Session/properties/state' },
];

/** The enum at a JSON pointer of a schema file, without the null a nullable field allows. */
function officialValues(file, pointer) {
	let node = JSON.parse(readFileSync(join(schemas, file), 'utf8'));
	for (const part of pointer.split('/').slice(1)) node = node[part];
	return node.enum.filter((v) => v !== null);
}

const lists = loadProviders(schemas).flatMap(({ description: d }) =>
	d.resources.filter((r) => r.status).map((r) => ({ platform: d.id, resource: r.name, status: r.status })),
);
const listOf = (platform, resource) => lists.find((l) => l.platform === platform && l.resource === resource)?.status;

describe('status lists', () => {
	test('the session-like resources of all five platforms have one, and only they', () => {
		expect(lists.map((l) => `${l.platform}.${l.resource}`).sort()).toEqual([...new Set(official.map((o) => `${o.platform}.${o.resource}`))].sort());
	});

	test.each(official.filter((o) => listOf(o.platform, o.resource)?.field === o.field).map((o) => [`${o.platform} ${o.resource} ${o.field}`, o]))(
		'%s lists every value the official schema allows',
		(_name, o) => {
			const listed = listOf(o.platform, o.resource).values.filter((v) => (v.field ?? o.field) === o.field).map((v) => v.value);
			const missing = officialValues(o.file, o.pointer).filter((v) => !listed.includes(v));
			expect(missing.map((v) => `${o.platform} ${o.resource}: "${v}" is not in the status list`)).toEqual([]);
		},
	);

	test.each(lists.map((l) => [`${l.platform} ${l.resource}`, l]))('%s lists only values its platform can send, each with exactly one state', (_name, l) => {
		const problems = [];
		for (const v of l.status.values) {
			const field = v.field ?? l.status.field;
			const source = official.find((o) => o.platform === l.platform && o.resource === l.resource && o.field === field);
			if (!source) problems.push(`"${v.value}" is read from ${field}, whose official values are not known`);
			else if (!officialValues(source.file, source.pointer).includes(v.value)) problems.push(`"${v.value}" is not an official value of ${field}`);
			if (typeof v.state !== 'string') problems.push(`"${v.value}" has no single state`);
		}
		expect(problems.map((p) => `${l.platform} ${l.resource}: ${p}`)).toEqual([]);
	});
});
