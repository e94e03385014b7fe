// Installing the platform packages side by side in one n8n user folder, and how workflows name
// each platform's package.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { installPackage, fillPlaceholders } from '../../e2e/lib/n8n.mjs';
import { packageVars } from '../../e2e/lib/pack.mjs';
import { chain, nodeType, platformSteps } from '../../e2e/lib/workflow.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('workflows name each platform\'s package', () => {
	test.each([
		['pkg:stripe/stripeSessions', '__E2E_PACKAGE_STRIPE__.stripeSessions'],
		['pkg:digitalriver/digitalRiverSessionsTrigger', '__E2E_PACKAGE_DIGITALRIVER__.digitalRiverSessionsTrigger'],
		['pkg:digitalRiverSessions', '__E2E_PACKAGE__.digitalRiverSessions'],
		['n8n-nodes-base.manualTrigger', 'n8n-nodes-base.manualTrigger'],
	])('step type %s becomes node type %s', (given, want) => expect(nodeType(given)).toBe(want));

	test('a platform workflow filled in with the packed packages names that platform\'s package', () => {
		const vars = packageVars([
			{ platform: 'stripe', name: 'n8n-nodes-stripe-sessions' },
			{ platform: 'gr4vy', name: 'n8n-nodes-gr4vy-sessions' },
		]);
		const { node, trigger } = platformSteps({ platform: 'gr4vy', nodeType: 'gr4vySessions', resource: 'checkoutSession', credentials: {} });
		const workflow = fillPlaceholders(chain('w1', 'W', [node('A', {}), trigger('B', {})]), vars);
		expect(workflow.nodes.map((n) => n.type)).toEqual(['n8n-nodes-gr4vy-sessions.gr4vySessions', 'n8n-nodes-gr4vy-sessions.gr4vySessionsTrigger']);
	});

	test.each([
		['stripeSessions', '__E2E_PACKAGE_STRIPE__.stripeSessions'],
		['digitalRiverSessions', '__E2E_PACKAGE_DIGITALRIVER__.digitalRiverSessions'],
	])('platform steps for %s without a platform id name the package of the platform the node type is named after', (given, want) => {
		const { node } = platformSteps({ nodeType: given, resource: 'r', credentials: {} });
		expect(chain('w2', 'W', [node('A', {})]).nodes[0].type).toBe(want);
	});

	test('the single-package placeholder is an error naming the known ones when five packages are installed', () => {
		const vars = packageVars([{ platform: 'stripe', name: 'n8n-nodes-stripe-sessions' }]);
		expect(() => fillPlaceholders({ type: nodeType('pkg:stripeSessions') }, vars)).toThrow(/__E2E_PACKAGE__.*PACKAGE_STRIPE/);
	});
});

describe('installing packages into one user folder', () => {
	let work;
	beforeEach(() => {
		mkdirSync(join(root, '.cache'), { recursive: true });
		mkdirSync(join(root, '.cache'), { recursive: true });
		work = mkdtempSync(join(root, '.cache', 'install-test-'));
	});
	afterEach(() => rmSync(work, { recursive: true, force: true }));

	/** A tarball of a package that declares the given credential files. */
	const tarball = (name, credentials) => {
		const dir = join(work, 'src', name);
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', n8n: { nodes: [], credentials } }));
		const file = join(work, `${name}.tgz`);
		expect(spawnSync('tar', ['-czf', file, '--transform', 's,^\\.,package,', '.'], { cwd: dir }).status).toBe(0);
		return file;
	};
	const manifest = (userFolder) => JSON.parse(readFileSync(join(userFolder, '.n8n', 'nodes', 'package.json'), 'utf8')).dependencies;
	const installedDir = (userFolder, name) => join(userFolder, '.n8n', 'nodes', 'node_modules', name);

	test('packages with distinct credentials are installed side by side', async () => {
		const userFolder = join(work, 'home');
		await installPackage(userFolder, tarball('n8n-nodes-a-sessions', ['dist/credentials/AApi.credentials.js']));
		await installPackage(userFolder, tarball('n8n-nodes-b-sessions', ['dist/credentials/BApi.credentials.js']));
		expect(manifest(userFolder)).toEqual({ 'n8n-nodes-a-sessions': '1.0.0', 'n8n-nodes-b-sessions': '1.0.0' });
	});

	test('a package that brings the same credential types replaces the one installed under another name', async () => {
		const userFolder = join(work, 'home');
		await installPackage(userFolder, tarball('n8n-nodes-all-in-one', ['dist/credentials/AApi.credentials.js', 'dist/credentials/BApi.credentials.js']));
		await installPackage(userFolder, tarball('n8n-nodes-a-sessions', ['dist/credentials/AApi.credentials.js']));
		expect(manifest(userFolder)).toEqual({ 'n8n-nodes-a-sessions': '1.0.0' });
		expect(existsSync(installedDir(userFolder, 'n8n-nodes-all-in-one'))).toBe(false);
		expect(existsSync(installedDir(userFolder, 'n8n-nodes-a-sessions'))).toBe(true);
	});
});
