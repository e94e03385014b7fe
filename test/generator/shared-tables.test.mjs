// Shared field tables as given/want cases: which lists are declared once, and under what name.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { camelName, shareTables, declarationsCode } from '../../codegen/emit/shared-tables.mjs';
import { lit } from '../../codegen/emit/literal.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// Names every `fields` list after the object that holds it.
const byHolder = (key, holder) => (key === 'fields' ? { name: `${holder.name}Fields`, type: 'T[]', user: holder.name } : undefined);

const address = [{ f: 'street' }, { f: 'city' }];
const cases = [
	{
		behaviour: 'a list that occurs twice is declared once and referenced by name',
		given: [{ name: 'billTo', fields: address }, { name: 'billTo', fields: address }],
		want: {
			declarations: ["const billToFields: T[] = [\n\t{\n\t\tf: 'street',\n\t},\n\t{\n\t\tf: 'city',\n\t},\n];\n\n"],
			value: '[\n\t{\n\t\tname: \'billTo\',\n\t\tfields: billToFields,\n\t},\n\t{\n\t\tname: \'billTo\',\n\t\tfields: billToFields,\n\t},\n]',
		},
	},
	{
		behaviour: 'a list that occurs once stays inline',
		given: [{ name: 'billTo', fields: address }, { name: 'shipTo', fields: [{ f: 'zip' }] }],
		want: { declarations: [], value: lit([{ name: 'billTo', fields: address }, { name: 'shipTo', fields: [{ f: 'zip' }] }]) },
	},
	{
		behaviour: 'a list repeated only inside one shared list stays inline in its declaration',
		given: [
			{ name: 'order', fields: [{ name: 'inner', fields: address }] },
			{ name: 'order', fields: [{ name: 'inner', fields: address }] },
		],
		want: {
			declarations: [`const orderFields: T[] = ${lit([{ name: 'inner', fields: address }])};\n\n`],
			value: lit([{ name: 'order', fields: { $raw: 'orderFields' } }, { name: 'order', fields: { $raw: 'orderFields' } }]),
		},
	},
	{
		behaviour: 'a list shared under different names takes their common ending and names its users',
		given: [{ name: 'billingAddress', fields: address }, { name: 'shippingAddress', fields: address }],
		want: {
			declarations: [`// Shared by billingAddress, shippingAddress.\nconst addressFields: T[] = ${lit(address)};\n\n`],
			value: lit([{ name: 'billingAddress', fields: { $raw: 'addressFields' } }, { name: 'shippingAddress', fields: { $raw: 'addressFields' } }]),
		},
	},
	{
		behaviour: 'a list shared under names with nothing in common takes the first name',
		given: [{ name: 'billTo', fields: address }, { name: 'shipFrom', fields: address }],
		want: {
			declarations: [`// Shared by billTo, shipFrom.\nconst billToFields: T[] = ${lit(address)};\n\n`],
			value: lit([{ name: 'billTo', fields: { $raw: 'billToFields' } }, { name: 'shipFrom', fields: { $raw: 'billToFields' } }]),
		},
	},
	{
		behaviour: 'two different lists with the same name are told apart by a number',
		given: [
			{ name: 'a', fields: address },
			{ name: 'a', fields: address },
			{ name: 'a', fields: [{ f: 'zip' }] },
			{ name: 'a', fields: [{ f: 'zip' }] },
		],
		want: {
			declarations: [`const aFields: T[] = ${lit(address)};\n\n`, `const aFields2: T[] = ${lit([{ f: 'zip' }])};\n\n`],
			value: lit([
				{ name: 'a', fields: { $raw: 'aFields' } },
				{ name: 'a', fields: { $raw: 'aFields' } },
				{ name: 'a', fields: { $raw: 'aFields2' } },
				{ name: 'a', fields: { $raw: 'aFields2' } },
			]),
		},
	},
];

/** Writes the expected output with `{ $raw: name }` standing for a reference. */
const refs = (code) => code.replace(/\{\n\t*\$raw: '([A-Za-z0-9]+)',\n\t*\}/g, '$1');

describe('shared field tables', () => {
	test.each(cases.map((c) => [c.behaviour, c]))('%s', (_name, c) => {
		const { value, declarations } = shareTables(c.given, byHolder);
		expect(declarations.map((d) => declarationsCode([d]))).toEqual(c.want.declarations);
		expect(lit(value)).toEqual(refs(c.want.value));
	});

	test.each([
		['billing_details', 'billingDetails'],
		['shipFrom', 'shipFrom'],
		['x-request-id', 'xRequestId'],
		['3ds', '_3ds'],
		['payment_method.options', 'paymentMethodOptions'],
	])('the key %s names a constant %s', (key, want) => expect(camelName(key)).toBe(want));

	test('create and update of the same schema share one field table in the generated files', () => {
		const provider = readFileSync(join(root, 'nodes/Gr4vySessions/generated/provider.ts'), 'utf8');
		const properties = readFileSync(join(root, 'nodes/Gr4vySessions/generated/properties.ts'), 'utf8');
		expect(provider.match(/optional: checkoutSessionFields,/g)).toHaveLength(2);
		expect(properties.match(/options: checkoutSessionFields,/g)).toHaveLength(2);
	});

	// The runtime builds the run options from a few facts per operation; no file repeats them as literals.
	test.each([
		['DigitalRiverSessions', "runOptions(provider, { retry: 'notRetried' })", "runOptions(provider, { retry: 'idempotent', list: true })"],
		['StripeSessions', "runOptions(provider, { retry: 'idempotencyKey' })", "runOptions(provider, { retry: 'idempotent', list: true })"],
	])('the run options of %s are calls such as %s and %s, never literal tables', (folder, ...calls) => {
		const properties = readFileSync(join(root, `nodes/${folder}/generated/properties.ts`), 'utf8');
		const trigger = readFileSync(join(root, `nodes/${folder}/generated/triggerProperties.ts`), 'utf8');
		for (const call of calls) expect(properties).toContain(`options: ${call},`);
		expect(trigger).toContain('\ttriggerOptions(provider),\n');
		expect(`${properties}${trigger}`).not.toMatch(/name: 'maxAttempts'|name: 'requestsPerSecond'|^const runOptions/m);
	});
});
