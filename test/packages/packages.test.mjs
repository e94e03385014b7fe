// The five platform packages: what the generator writes for each, what a package may hold, and
// a verification gate that refuses what n8n's scanner refuses.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateAll } from '../../codegen/generate.mjs';
import { loadProviders } from '../../codegen/load.mjs';
import { buildModel } from '../../codegen/model.mjs';
import { platformFiles, requireClosure } from '../../e2e/lib/pack.mjs';
import { checkPackageJson, lintFiles, verifyTarball } from '../../scripts/verify-packages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const models = loadProviders(join(root, 'schemas')).map(buildModel);
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** @type {Map<string, string>} */
let files;
beforeAll(async () => {
	files = await generateAll({ root });
});
const packageJsonOf = (model) => JSON.parse(files.get(`packages/${model.packageName}/package.json`));

describe('one package per platform', () => {
	test.each(models.map((m) => [m.id, m]))('%s has its own n8n-nodes package name, not one of n8n\'s own', (id, model) => {
		expect(model.packageName).toBe(`n8n-nodes-${id}-sessions`);
		expect(packageJsonOf(model).name).toBe(model.packageName);
	});

	test.each(models.map((m) => [m.id, m]))('%s package.json is ready for provenance publishing with no runtime dependency', (_id, model) => {
		const pkg = packageJsonOf(model);
		expect(pkg).toMatchObject({
			version: rootPackage.version,
			license: 'MIT',
			files: ['dist'],
			n8n: { strict: true, n8nNodesApiVersion: 1 },
			peerDependencies: { 'n8n-workflow': '*' },
			publishConfig: { provenance: true, access: 'public' },
			repository: { type: 'git', url: rootPackage.repository.url, directory: `packages/${model.packageName}` },
			engines: rootPackage.engines,
			author: rootPackage.author,
		});
		expect(pkg.keywords).toContain('n8n-community-node-package');
		expect(pkg.dependencies).toBeUndefined();
		expect(pkg.private).toBeUndefined();
	});

	test.each(models.map((m) => [m.id, m]))('%s package lists only its own nodes and credentials', (_id, model) => {
		const { n8n } = packageJsonOf(model);
		const d = model.description;
		expect(n8n.nodes).toEqual([`dist/${model.folder}/${d.node.className}.node.js`, `dist/${model.folder}/${d.trigger.className}.node.js`].sort());
		expect(n8n.credentials).toEqual(d.credentials.map((c) => `dist/credentials/${c.className}.credentials.js`).sort());
	});

	test.each(models.map((m) => [m.id, m]))('%s codex files name the node by its own package', (_id, model) => {
		const d = model.description;
		for (const node of [d.node, d.trigger]) {
			const codex = JSON.parse(files.get(`${model.folder}/${node.className}.node.json`));
			expect(codex.node).toBe(`${model.packageName}.${node.name}`);
		}
	});

	test.each(models.map((m) => [m.id, m]))('%s README is generated from the model: every operation, credential and trigger status', (_id, model) => {
		const readme = files.get(`packages/${model.packageName}/README.md`);
		for (const o of model.operations) expect(readme).toContain(o.op.displayName);
		for (const r of model.description.resources) expect(readme).toContain(`| ${r.displayName} |`);
		for (const c of model.description.credentials) expect(readme).toContain(c.displayName);
		for (const s of model.triggerSpec.statuses) expect(readme).toContain(s.name);
		expect(readme).toContain(`npm install ${model.packageName}`);
		expect(readme).toMatch(/API version: /);
	});

	test('all five installed in one n8n: node types are keyed by package, credential type names are distinct', () => {
		const nodeKeys = models.flatMap((m) => [m.description.node.name, m.description.trigger.name].map((n) => `${m.packageName}.${n}`));
		const credentials = models.flatMap((m) => m.description.credentials.map((c) => c.name));
		expect(new Set(nodeKeys).size).toBe(nodeKeys.length);
		expect(new Set(credentials).size).toBe(credentials.length);
		expect(new Set(models.map((m) => m.packageName)).size).toBe(5);
	});

	test('the all-in-one development package cannot be published by mistake', () => {
		expect(rootPackage.private).toBe(true);
	});
});

describe('what a platform package holds', () => {
	let dist;
	beforeEach(() => {
		mkdirSync(join(root, '.cache'), { recursive: true });
		dist = mkdtempSync(join(root, '.cache', 'pack-test-'));
	});
	afterEach(() => rmSync(dist, { recursive: true, force: true }));
	const write = (rel, text) => {
		mkdirSync(dirname(join(dist, rel)), { recursive: true });
		writeFileSync(join(dist, rel), text);
	};

	test.each([
		['an entry alone', { 'a.js': '' }, ['a.js'], ['a.js']],
		['relative requires, with and without .js, followed transitively', { 'n/a.js': 'require("./b"); require("../s/c.js")', 'n/b.js': '', 's/c.js': 'require("./d")', 's/d.js': '', 's/unused.js': '' }, ['n/a.js'], ['n/a.js', 'n/b.js', 's/c.js', 's/d.js']],
		['package requires are not files of the build', { 'a.js': 'require("n8n-workflow"); require("crypto")' }, ['a.js'], ['a.js']],
	])('require closure: %s', (_name, given, entries, want) => {
		for (const [rel, text] of Object.entries(given)) write(rel, text);
		expect([...requireClosure(dist, entries)].sort()).toEqual(want);
	});

	test('a missing required file is an error naming it', () => {
		write('a.js', 'require("./gone")');
		expect(() => requireClosure(dist, ['a.js'])).toThrow(/dist\/gone/);
	});

	const stripe = models.find((m) => m.id === 'stripe');
	const stripeBuild = () => {
		write('nodes/StripeSessions/StripeSessions.node.js', 'require("../shared/execute")');
		write('nodes/StripeSessions/StripeSessionsTrigger.node.js', 'require("../shared/poll")');
		write('nodes/StripeSessions/stripe-sessions.svg', '<svg/>');
		write('nodes/StripeSessions/__schema__/v1.0.0/x/get.json', '{}');
		write('credentials/StripeSessionsApi.credentials.js', 'require("../nodes/shared/auth")');
		write('credentials/QuadernoSessionsApi.credentials.js', '');
		write('nodes/QuadernoSessions/QuadernoSessions.node.js', '');
		write('nodes/shared/execute.js', '');
		write('nodes/shared/poll.js', '');
		write('nodes/shared/auth.js', '');
	};

	test('a package holds its nodes, credentials, shared runtime and node-folder assets, and nothing of another platform', () => {
		stripeBuild();
		expect(platformFiles(dist, stripe, ['QuadernoSessions'])).toEqual(
			[
				'credentials/StripeSessionsApi.credentials.js',
				'nodes/StripeSessions/StripeSessions.node.js',
				'nodes/StripeSessions/StripeSessionsTrigger.node.js',
				'nodes/StripeSessions/__schema__/v1.0.0/x/get.json',
				'nodes/StripeSessions/stripe-sessions.svg',
				'nodes/shared/auth.js',
				'nodes/shared/execute.js',
				'nodes/shared/poll.js',
			].sort(),
		);
	});

	test('code that reaches into another platform\'s folder fails the pack, naming the file', () => {
		stripeBuild();
		write('nodes/shared/poll.js', 'require("../QuadernoSessions/QuadernoSessions.node")');
		expect(() => platformFiles(dist, stripe, ['QuadernoSessions'])).toThrow(/n8n-nodes-stripe-sessions would load another platform's files: nodes\/QuadernoSessions\/QuadernoSessions\.node\.js/);
	});
});

describe('the verification gate refuses what the scanner refuses', () => {
	let dir;
	const goodPackage = {
		name: 'n8n-nodes-fixture-sessions',
		version: '0.1.0',
		description: 'Fixture',
		license: 'MIT',
		homepage: 'https://github.com/example/fixture#readme',
		keywords: ['n8n-community-node-package'],
		author: { name: 'Fixture', email: 'fixture@example.com' },
		repository: { type: 'git', url: 'git+https://github.com/example/fixture.git' },
		files: ['dist'],
		n8n: { n8nNodesApiVersion: 1, strict: true, nodes: ['dist/nodes/Fixture/Fixture.node.js'], credentials: [] },
		peerDependencies: { 'n8n-workflow': '*' },
		publishConfig: { provenance: true },
	};
	const make = (pkg, code = '"use strict";\nmodule.exports = {};\n') => {
		mkdirSync(join(root, '.cache'), { recursive: true });
		dir = mkdtempSync(join(root, '.cache', 'verify-test-'));
		writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
		writeFileSync(join(dir, 'LICENSE'), 'MIT');
		writeFileSync(join(dir, 'README.md'), '# fixture');
		mkdirSync(join(dir, 'dist', 'nodes', 'Fixture'), { recursive: true });
		writeFileSync(join(dir, 'dist', 'nodes', 'Fixture', 'Fixture.node.js'), code);
		return dir;
	};
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	test('a package.json with nothing wrong gives no finding', () => {
		expect(checkPackageJson(make(goodPackage))).toEqual([]);
	});

	test.each([
		['a runtime dependency', { dependencies: { axios: '1.0.0' } }, 'no-runtime-dependencies'],
		['no community keyword', { keywords: ['n8n'] }, 'keyword'],
		['no n8n block', { n8n: undefined }, 'n8n-block'],
		['strict mode off', { n8n: { ...goodPackage.n8n, strict: false } }, 'n8n-block'],
		['a listed node file that is not in the package', { n8n: { ...goodPackage.n8n, nodes: ['dist/nodes/Gone.node.js'] } }, 'n8n-block'],
		['a private package', { private: true }, 'private'],
		['no provenance', { publishConfig: {} }, 'provenance'],
		['a name n8n does not load', { name: 'payment-sessions' }, 'name'],
	])('package.json with %s is refused', (_name, change, rule) => {
		const findings = checkPackageJson(make({ ...goodPackage, ...change }));
		expect(findings.map((f) => f.rule)).toContain(rule);
	});

	test('compiled code that loads a package other than n8n-workflow and crypto is refused, naming the file', () => {
		const findings = checkPackageJson(make(goodPackage, 'const a = require("axios");\nmodule.exports = { a };\n'));
		expect(findings).toEqual([{ where: 'dist/nodes/Fixture/Fixture.node.js', rule: 'runtime-imports', message: expect.stringContaining('"axios"') }]);
	});

	test('the lint ignores inline disable comments, as the scanner does', async () => {
		make(goodPackage, '"use strict";\n// eslint-disable-next-line no-console\nconsole.log("x");\nmodule.exports = {};\n');
		const findings = await lintFiles(dir, ['dist/nodes/Fixture/Fixture.node.js']);
		expect(findings).toEqual([{ where: 'dist/nodes/Fixture/Fixture.node.js:3', rule: 'no-console', message: expect.any(String) }]);
	});

	test('the lint applies the community-node rules to package.json', async () => {
		make({ ...goodPackage, dependencies: { axios: '1.0.0' } });
		const findings = await lintFiles(dir, ['package.json']);
		expect(findings.map((f) => f.rule)).toContain('@n8n/community-nodes/no-runtime-dependencies');
	});

	test('a bad tarball fails the gate', async () => {
		make({ ...goodPackage, dependencies: { axios: '1.0.0' } }, 'console.log(require("axios"));\n');
		// The archive is written beside the folder it packs, so tar never reads a file it is writing.
		const tarball = `${dir}.tgz`;
		const tar = spawnSync('tar', ['-czf', tarball, '--transform', 's,^\\.,package,', '.'], { cwd: dir });
		expect(tar.status).toBe(0);
		const { name, findings } = await verifyTarball(tarball, dir);
		rmSync(tarball, { force: true });
		expect(name).toBe('n8n-nodes-fixture-sessions');
		expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['no-runtime-dependencies', 'runtime-imports', 'no-console', '@n8n/community-nodes/no-runtime-dependencies']));
	});
});
