// The export (`npm run export`): drift check, one model for every format, OpenAPI validity, the
// n8n workflows' shape, and that no n8n package ships it.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { loadProviders } from '../../codegen/load.mjs';
import { buildModel } from '../../codegen/model.mjs';
import { EXPORT_DIR, exportAll, run } from '../../codegen/export.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const models = loadProviders(join(ROOT, 'schemas')).map(buildModel);
const readJson = (...parts) => JSON.parse(readFileSync(join(ROOT, ...parts), 'utf8'));
// What a description declares is one HTTP request each; the generated Wait for Status rows (a loop
// of Gets run by the node) are not, and have no export of their own.
const declared = (m) => m.operations.filter((e) => m.description.resources.some((r) => r.name === e.spec.resource && r.operations.some((o) => o.name === e.spec.name)));
const operationCases = models.flatMap((m) => declared(m).map((e) => [`${m.id} ${e.spec.resource}.${e.spec.name}`, m, e]));
const waitCases = models.flatMap((m) => m.operations.filter((e) => e.spec.name === 'waitForStatus').map((e) => [`${m.id} ${e.spec.resource}`, m, e]));

describe('export drift and place', () => {
	test('the committed export is exactly what `npm run export` writes (drift check)', () => {
		expect(run({ check: true })).toEqual([]);
	});

	test('a schema edit changes the export and the drift check names the files', () => {
		const dir = mkdtempSync(join(tmpdir(), 'export-drift-'));
		try {
			for (const part of ['schemas', 'codegen', 'nodes', EXPORT_DIR, 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
			const file = join(dir, 'schemas', 'quaderno', 'provider.json');
			writeFileSync(file, readFileSync(file, 'utf8').replace('"path": "/checkout/sessions/{id}"', '"path": "/checkout/session/{id}"'));
			const differences = run({ check: true, root: dir });
			expect(differences).toEqual(expect.arrayContaining(['stale: export/conductor/quaderno/tasks/checkoutSession.get.json', 'stale: export/openapi/quaderno.openapi.json', 'stale: export/n8n/quaderno/checkoutSession.get.json']));
			expect(differences.every((d) => d.includes('/quaderno'))).toBe(true);
			// The command line fails on it, naming the files; a broken description is a different failure.
			symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
			const stale = spawnSync(process.execPath, [join(dir, 'codegen', 'export.mjs'), '--check'], { encoding: 'utf8' });
			expect([stale.status, stale.stderr]).toEqual([1, expect.stringContaining('Exported files are out of date (run `npm run export`):\n  stale: export/')]);
			writeFileSync(file, '{}');
			const broken = spawnSync(process.execPath, [join(dir, 'codegen', 'export.mjs'), '--check'], { encoding: 'utf8' });
			expect([broken.status, broken.stderr]).toEqual([2, expect.stringContaining('Invalid provider description')]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('no n8n package ships the export: every package publishes only its dist folder', () => {
		const manifests = [readJson('package.json'), ...readdirSync(join(ROOT, 'packages')).map((p) => readJson('packages', p, 'package.json'))];
		for (const manifest of manifests) expect(manifest.files).toEqual(['dist']);
		expect(readJson('tsconfig.json').include.some((/** @type {string} */ p) => p.startsWith(EXPORT_DIR))).toBe(false);
	});
});

describe('one model, every format: each operation of each description is exported once in each', () => {
	const files = exportAll();
	test.each(operationCases)('%s has a Conductor task, an OpenAPI operation and an n8n workflow', (_name, m, e) => {
		const key = `${e.spec.resource}.${e.spec.name}`;
		expect(files.has(`export/conductor/${m.id}/tasks/${key}.json`)).toBe(true);
		expect(files.has(`export/n8n/${m.id}/${key}.json`)).toBe(true);
		const doc = JSON.parse(files.get(`export/openapi/${m.id}.openapi.json`) ?? '{}');
		expect(doc.paths?.[e.spec.path]?.[e.spec.method.toLowerCase()]?.operationId).toBe(`${e.spec.resource}_${e.spec.name}`);
	});

	test.each(models.map((m) => [m.id, m]))('%s: the OpenAPI document has no operation the description lacks', (_id, m) => {
		const doc = JSON.parse(files.get(`export/openapi/${m.id}.openapi.json`) ?? '{}');
		const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
		expect(ids.sort()).toEqual(declared(m).map((e) => `${e.spec.resource}_${e.spec.name}`).sort());
	});

	test.each(waitCases)('%s: Wait for Status has no task, OpenAPI operation or n8n workflow of its own', (_name, m, e) => {
		const key = `${e.spec.resource}.${e.spec.name}`;
		expect(files.has(`export/conductor/${m.id}/tasks/${key}.json`)).toBe(false);
		expect(files.has(`export/n8n/${m.id}/${key}.json`)).toBe(false);
		expect(files.get(`export/openapi/${m.id}.openapi.json`)).not.toContain('waitForStatus');
	});
});

describe('OpenAPI 3.1 documents', () => {
	const documents = readdirSync(join(ROOT, EXPORT_DIR, 'openapi')).map((f) => [f, readJson(EXPORT_DIR, 'openapi', f)]);

	test.each(documents)('%s is a valid OpenAPI 3.1 document', async (_file, doc) => {
		const result = await new Validator().validate(doc);
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
		expect(doc.openapi).toBe('3.1.0');
	});

	test.each([
		['an info without a title', (doc) => delete doc.info.title],
		['a parameter in an unknown place', (doc) => (Object.values(Object.values(doc.paths)[0])[0].parameters = [{ name: 'x', in: 'body', schema: {} }])],
		['a security scheme of an unknown type', (doc) => (Object.values(doc.components.securitySchemes)[0].type = 'password')],
	])('the validator refuses a document with %s', async (_name, breakIt) => {
		const doc = structuredClone(documents.find(([f]) => f.startsWith('stripe'))[1]);
		breakIt(doc);
		expect((await new Validator().validate(doc)).valid).toBe(false);
	});

	test.each(operationCases)('%s: the request body is sent in the encoding the node uses, with the schema it validates against', (_name, m, e) => {
		const doc = readJson(EXPORT_DIR, 'openapi', `${m.id}.openapi.json`);
		const op = doc.paths[e.spec.path][e.spec.method.toLowerCase()];
		if (!e.spec.body) return expect(op.requestBody).toBeUndefined();
		const type = e.spec.body.encoding === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
		expect(Object.keys(op.requestBody.content)).toEqual([type]);
		const { schema } = op.requestBody.content[type];
		expect(Object.keys(schema.properties ?? {}).sort()).toEqual(expect.arrayContaining([...e.spec.body.required, ...e.spec.body.optional].map((f) => f.field).sort()));
		for (const f of e.spec.body.required) expect(schema.required).toContain(f.field);
	});

	test('a signed credential is described as a bearer JWT, not as a header the document could fill in', () => {
		const doc = readJson(EXPORT_DIR, 'openapi', 'gr4vy.openapi.json');
		expect(doc.components.securitySchemes.gr4vyBearerTokenApi).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
		expect(doc.components.securitySchemes.gr4vyBearerTokenApi.description).toMatch(/ES512 JWT for every request/);
	});
});

describe('n8n workflows with the built-in HTTP Request node', () => {
	test.each(operationCases)('%s: HTTP Request 4.2 with the platform’s credential as a predefined credential type', (_name, m, e) => {
		const workflow = readJson(EXPORT_DIR, 'n8n', m.id, `${e.spec.resource}.${e.spec.name}.json`);
		const request = workflow.nodes.find((n) => n.type === 'n8n-nodes-base.httpRequest');
		const credential = m.description.credentials[0];
		expect(request).toMatchObject({ typeVersion: 4.2, parameters: { method: e.spec.method, authentication: 'predefinedCredentialType', nodeCredentialType: credential.name } });
		expect(Object.keys(request.credentials)).toEqual([credential.name]);
		expect(workflow.connections.Inputs.main[0][0].node).toBe(request.name);
		// n8n 1.x's import:workflow fails on a workflow without "active".
		expect(workflow.active).toBe(false);
		const inputs = JSON.parse(workflow.nodes.find((n) => n.name === 'Inputs').parameters.jsonOutput);
		for (const p of e.spec.pathParams) expect(inputs).toHaveProperty(p.name);
		expect(request.parameters.sendBody ?? false).toBe(Boolean(e.spec.body));
		if (e.spec.body) expect(request.parameters.contentType ?? 'json').toBe(e.spec.body.encoding === 'form' ? 'form-urlencoded' : 'json');
	});

	test('nothing secret is written into an exported workflow', () => {
		const text = models.flatMap((m) => readdirSync(join(ROOT, EXPORT_DIR, 'n8n', m.id)).map((f) => readFileSync(join(ROOT, EXPORT_DIR, 'n8n', m.id, f), 'utf8'))).join('\n');
		expect(text).not.toMatch(/sk_(test|live)_|Bearer |Basic |BEGIN PRIVATE KEY/);
	});
});
