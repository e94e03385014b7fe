// Generator behaviour as given/want tables, plus the drift check over the committed output.
import { readFileSync, mkdtempSync, cpSync, writeFileSync, rmSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SchemaResolver, deriveField, normaliseDescription, titleCase } from '../../codegen/fields.mjs';
import { loadProviders } from '../../codegen/load.mjs';
import { run, generateAll } from '../../codegen/generate.mjs';
import { run as runImport, convertSchema } from '../../codegen/import-specs.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const cases = JSON.parse(readFileSync(join(here, 'field-mapping.cases.json'), 'utf8'));
const importCases = JSON.parse(readFileSync(join(here, 'import.cases.json'), 'utf8'));

describe('import of official request schemas', () => {
	const doc = { components: { schemas: { Base: { type: 'object', properties: { a: { type: 'string', description: 'Vendor text' } } }, Node: { type: 'object', properties: { child: { $ref: '#/components/schemas/Node' } } } } } };
	test.each(importCases.map((c) => [c.behaviour, c]))('%s', (_name, c) => {
		expect(convertSchema(doc, c.given, 'request')).toEqual(c.want);
	});
});

describe('field mapping', () => {
	test.each(cases.map((c) => [c.behaviour, c]))('%s', (_name, c) => {
		const resolver = new SchemaResolver('fixture', { 'x.schema.json': {} });
		const got = deriveField(resolver, c.given.key, c.given.schema, 'x.schema.json', { where: 'fixture', required: c.given.required });
		expect(got).toEqual(c.want);
	});

	test('a boolean without a Whether-description is rejected naming the field', () => {
		const resolver = new SchemaResolver('fixture', { 'x.schema.json': {} });
		expect(() => deriveField(resolver, 'flag', { type: 'boolean', description: 'A flag' }, 'x.schema.json', { where: 'op' })).toThrow(/op\.flag.*Whether/);
	});
});

describe('names and descriptions', () => {
	test.each([
		['success_url', 'Success URL'],
		['tax_id', 'Tax ID'],
		['billing_street_line_1', 'Billing Street Line 1'],
		['clientToken', 'Client Token'],
	])('%s is shown as %s', (key, want) => expect(titleCase(key)).toBe(want));

	test.each([
		['One sentence.', 'One sentence'],
		['Code, e.g. GB.', 'Code, e.g. GB'],
		['First. Second', 'First. Second.'],
		[undefined, undefined],
	])('description %j becomes %j', (given, want) => expect(normaliseDescription(given)).toBe(want));
});

/** Copies schemas/, the platforms' hooks modules and package.json into a scratch root so a broken description can be tried. */
function scratchRoot(mutate) {
	const dir = mkdtempSync(join(tmpdir(), 'gen-'));
	cpSync(join(root, 'schemas'), join(dir, 'schemas'), { recursive: true });
	cpSync(join(root, 'package.json'), join(dir, 'package.json'));
	for (const folder of readdirSync(join(root, 'nodes'))) {
		const hooks = join(root, 'nodes', folder, 'hooks.ts');
		if (!existsSync(hooks)) continue;
		mkdirSync(join(dir, 'nodes', folder), { recursive: true });
		cpSync(hooks, join(dir, 'nodes', folder, 'hooks.ts'));
	}
	mutate(dir);
	return dir;
}

describe('provider descriptions', () => {
	test('every committed description satisfies the meta-schema', () => {
		const providers = loadProviders(join(root, 'schemas'));
		expect(providers.map((p) => p.description.id)).toContain('quaderno');
	});

	test.each([
		['an unknown HTTP method', (p) => (p.resources[0].operations[0].method = 'FETCH'), /provider\.json at \/resources\/0\/operations\/0\/method: must be equal to one of the allowed values/],
		['a missing schema file', (p) => (p.resources[0].operations[0].body.schema = 'nope.schema.json'), /at \/resources\/0\/operations\/0\/body\/schema: no file nope\.schema\.json/],
		['a getAll without pagination', (p) => delete p.resources[0].operations.find((o) => o.name === 'getAll').pagination, /operations\/2: must have required property 'pagination'/],
		['a status listed twice', (p) => p.resources[0].status.values.push({ ...p.resources[0].status.values[0] }), /\/resources\/0\/status\/values\/5: "pending" is listed twice/],
		['a status without a state', (p) => delete p.resources[0].status.values[1].state, /\/resources\/0\/status\/values\/1: must have required property 'state'/],
		['a state outside the one vocabulary', (p) => (p.resources[0].status.values[1].state = 'done'), /\/resources\/0\/status\/values\/1\/state: must be equal to one of the allowed values/],
		['a common view without a status list', (p) => (delete p.resources[0].status, delete p.resources[0].waitForStatus), /\/resources\/0\/simplify: the common view needs the resource's status list/],
		['a trigger on a resource without a status list', (p) => (delete p.resources[0].status, delete p.resources[0].simplify, delete p.resources[0].waitForStatus), /\/trigger\/resource: resource "checkoutSession" has no status list to watch/],
		['a common view that leaves a field out instead of saying null', (p) => delete p.resources[0].simplify.url, /\/resources\/0\/simplify: must have required property 'url'/],
		['a wait on a resource without a status list', (p) => (delete p.resources[0].status, delete p.resources[0].simplify), /\/resources\/0\/waitForStatus: a wait needs the resource's status list/],
		['a wait on a resource without a Get', (p) => (p.resources[0].operations = p.resources[0].operations.filter((o) => o.name !== 'get')), /\/resources\/0\/waitForStatus\/get: resource "checkoutSession" has no operation "get"/],
		['a wait that reads with another operation', (p) => (p.resources[0].waitForStatus.get = 'getAll'), /\/resources\/0\/waitForStatus\/get: must be equal to constant/],
	])('%s fails naming the file and the JSON pointer', (_name, mutate, message) => {
		const dir = scratchRoot((d) => {
			const file = join(d, 'schemas', 'quaderno', 'provider.json');
			const description = JSON.parse(readFileSync(file, 'utf8'));
			mutate(description);
			writeFileSync(file, JSON.stringify(description));
		});
		try {
			expect(() => loadProviders(join(dir, 'schemas'))).toThrow(message);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('hooks modules', () => {
	/** A scratch root without Quaderno's hooks module, its description changed by `mutate`. */
	const withoutQuadernoHooks = (mutate = () => {}) =>
		scratchRoot((d) => {
			rmSync(join(d, 'nodes', 'QuadernoSessions', 'hooks.ts'));
			const file = join(d, 'schemas', 'quaderno', 'provider.json');
			const description = JSON.parse(readFileSync(file, 'utf8'));
			mutate(description);
			writeFileSync(file, JSON.stringify(description));
		});

	test("a platform's hooks module is attached to its table, and a signer to the credential that names it", async () => {
		const files = await generateAll({ only: ['gr4vy'] });
		const table = files.get('nodes/Gr4vySessions/generated/provider.ts');
		expect(table).toContain("import { hooks } from '../hooks';");
		expect(table).toMatch(/\n\thooks: hooks,\n/);
		expect(table).toContain('sign: hooks.signers.gr4vySignedToken,');
		const credential = files.get('credentials/Gr4vySessionsApi.credentials.ts');
		expect(credential).toContain("import { hooks } from '../nodes/Gr4vySessions/hooks';");
		expect(credential).toContain('}, hooks.signers.gr4vySignedToken);');
		expect(files.get('credentials/Gr4vyBearerTokenApi.credentials.ts')).not.toContain('hooks');
	});

	test('a platform without a hooks module gets a table without hooks, so the runtime applies its generic behaviour', async () => {
		const dir = withoutQuadernoHooks();
		try {
			const files = await generateAll({ root: dir, only: ['quaderno'] });
			expect(files.get('nodes/QuadernoSessions/generated/provider.ts')).not.toMatch(/hooks/);
			expect(files.get('credentials/QuadernoSessionsApi.credentials.ts')).not.toMatch(/hooks/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('a credential naming a signer when the platform has no hooks module fails naming the file and the JSON pointer', () => {
		const dir = withoutQuadernoHooks((p) => (p.credentials[0].auth = { type: 'function', function: 'signedToken' }));
		try {
			expect(() => loadProviders(join(dir, 'schemas'))).toThrow(
				/quaderno\/provider\.json at \/credentials\/0\/auth\/function: names the signer "signedToken", but there is no hooks module nodes\/QuadernoSessions\/hooks\.ts/,
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('generated output', () => {
	test('the committed generated files are exactly what the generator produces (drift check)', async () => {
		expect(await run({ check: true })).toEqual([]);
	});

	test('the committed imported schemas and official copies are exactly what the import produces (drift check)', () => {
		expect(runImport({ check: true })).toEqual([]);
	});

	test('without the official documents beside the repository, the import reads the committed copies and finds nothing stale', () => {
		expect(runImport({ check: true, specsDir: join(tmpdir(), 'no-vendor-specs-here') })).toEqual([]);
	});

	test('compiled validators need no package at run time', async () => {
		const files = await generateAll();
		const validators = [...files].filter(([path]) => path.endsWith('validators.js'));
		expect(validators.length).toBeGreaterThan(0);
		for (const [, code] of validators) expect(code).not.toMatch(/require\(/);
	});

	test('every generated module is imported by the node code that ships it (no dead tables)', async () => {
		const files = await generateAll();
		const modules = [...files.keys()].filter((path) => /\/generated\/[^/]+\.(ts|js)$/.test(path) && !path.endsWith('.d.ts'));
		expect(modules.length).toBeGreaterThan(0);
		const unimported = modules.filter((path) => {
			const folder = path.slice(0, path.indexOf('/generated/'));
			const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.(ts|js)$/, '');
			return ![...files].some(([other, code]) => other.startsWith(`${folder}/`) && (code.includes(`from './generated/${name}'`) || (other.includes('/generated/') && code.includes(`from './${name}'`))));
		});
		expect(unimported).toEqual([]);
	});

	test('a schema edit changes the generated tables and the drift check reports it', async () => {
		const dir = scratchRoot((d) => {
			const file = join(d, 'schemas', 'quaderno', 'checkout-session-item.schema.json');
			const schema = JSON.parse(readFileSync(file, 'utf8'));
			schema.properties.gift_note = { type: 'string', maxLength: 100 };
			writeFileSync(file, JSON.stringify(schema));
		});
		try {
			const files = await generateAll({ root: dir });
			expect(files.get('nodes/QuadernoSessions/generated/properties.ts')).toContain("name: 'gift_note'");
			const committed = readFileSync(join(root, 'nodes/QuadernoSessions/generated/properties.ts'), 'utf8');
			expect(files.get('nodes/QuadernoSessions/generated/properties.ts')).not.toEqual(committed);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('a platform without a trigger gets no trigger files and no trigger in its table', async () => {
		const dir = scratchRoot((d) => {
			const file = join(d, 'schemas', 'quaderno', 'provider.json');
			const description = JSON.parse(readFileSync(file, 'utf8'));
			delete description.trigger;
			writeFileSync(file, JSON.stringify(description));
		});
		try {
			const files = await generateAll({ root: dir, only: ['quaderno'] });
			expect([...files.keys()].filter((path) => /Trigger|triggerProperties/.test(path))).toEqual([]);
			expect(files.get('nodes/QuadernoSessions/generated/provider.ts')).not.toMatch(/\btrigger:/);
			expect(files.has('nodes/QuadernoSessions/QuadernoSessions.node.ts')).toBe(true);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('the description type follows the meta-schema it is generated from', async () => {
		const dir = scratchRoot((d) => {
			const file = join(d, 'schemas', 'provider.schema.json');
			const meta = JSON.parse(readFileSync(file, 'utf8'));
			meta.properties.supportEmail = { type: 'string', description: 'Where users ask for help.' };
			writeFileSync(file, JSON.stringify(meta));
		});
		try {
			const types = (await generateAll({ root: dir })).get('codegen/types/description.d.ts');
			expect(types).toMatch(/Where users ask for help\.\n\s*\*\/\n\s*supportEmail\?: string;/);
			expect(types).toMatch(/^\/\/ GENERATED from schemas\/provider\.schema\.json/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('the package.json n8n lists name every generated node and credential', async () => {
		const pkg = JSON.parse((await generateAll()).get('package.json'));
		expect(pkg.n8n.nodes).toEqual(expect.arrayContaining(['dist/nodes/QuadernoSessions/QuadernoSessions.node.js', 'dist/nodes/QuadernoSessions/QuadernoSessionsTrigger.node.js']));
		expect(pkg.n8n.credentials).toContain('dist/credentials/QuadernoSessionsApi.credentials.js');
		expect(pkg.dependencies ?? {}).toEqual({});
	});
});
