// @ts-check
/**
 * The exported n8n workflows (export/n8n, `npm run export`) in real n8n: each platform's creates,
 * then the Get of what they created and every Get Many, imported as written except for the
 * values a user fills into their "Inputs" node (the emulator's address, the created ID) and the
 * credential they pick. They authenticate through this package's credentials as predefined
 * credential types of n8n's HTTP Request node, Gr4vy's per-request signed token included.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXPORTED = path.join(ROOT, 'export', 'n8n');

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp521r1' });
const keys = {
	stripe: ['sk', 'test', 'e2e', 'export'].join('_'),
	quaderno: 'sk_e2e_export_quaderno',
	primer: 'e2e-export-primer-key',
	digitalriver: 'e2e-export-digitalriver-key',
};

/** Each platform's credential in this case, and where the emulator serves it. */
const PLATFORMS = {
	stripe: { type: 'stripeSessionsApi', base: '/stripe', data: { secretKey: keys.stripe } },
	quaderno: { type: 'quadernoSessionsApi', base: '/quaderno/api', data: { accountName: 'demo', environment: 'sandbox', apiKey: keys.quaderno, apiVersion: '20220325' } },
	primer: { type: 'primerSessionsApi', base: '/primer', data: { environment: 'sandbox', apiKey: keys.primer, apiVersion: '2.4' } },
	gr4vy: {
		type: 'gr4vySessionsApi',
		base: '/gr4vy',
		data: { instanceId: 'e2e', environment: 'sandbox', privateKey: /** @type {string} */ (privateKey.export({ format: 'pem', type: 'pkcs8' })), merchantAccountId: '' },
	},
	digitalriver: { type: 'digitalRiverSessionsApi', base: '/digitalriver', data: { secretKey: keys.digitalriver } },
};
/** @typedef {keyof typeof PLATFORMS} Platform */
const platforms = /** @type {Platform[]} */ (Object.keys(PLATFORMS));

export const name = 'export: the HTTP Request workflows of export/n8n run against the emulator';
export const sandboxOptions = {
	providers: platforms,
	options: {
		stripe: { secretKey: keys.stripe },
		quaderno: { apiKey: keys.quaderno },
		primer: { apiKey: keys.primer },
		gr4vy: { publicKey: publicKey.export({ format: 'pem', type: 'spki' }) },
		digitalriver: { secretKey: keys.digitalriver },
	},
};
export const timeoutMs = 9 * 60_000;

const credentialId = (/** @type {Platform} */ p) => `e2eExport${p}`;
export const credentials = platforms.map((p) => ({ id: credentialId(p), name: `${p} (export)`, type: PLATFORMS[p].type, data: { ...PLATFORMS[p].data, baseUrl: `__E2E_SANDBOX_URL__${PLATFORMS[p].base}` } }));

/**
 * One exported operation: its file, the platform, resource and operation it sends.
 * @typedef {{ platform: Platform, resource: string, operation: string, file: string }} Exported
 */
/** @type {Exported[]} */
const exported = platforms.flatMap((platform) =>
	readdirSync(path.join(EXPORTED, platform))
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const [resource, operation] = f.replace(/\.json$/, '').split('.');
			return { platform, resource, operation, file: path.join(EXPORTED, platform, f) };
		}),
);
const creates = exported.filter((e) => e.operation === 'create');
const gets = exported.filter((e) => e.operation === 'get' && creates.some((c) => c.platform === e.platform && c.resource === e.resource));
const lists = exported.filter((e) => e.operation === 'getAll');

const descriptions = Object.fromEntries(platforms.map((p) => [p, JSON.parse(readFileSync(path.join(ROOT, 'schemas', p, 'provider.json'), 'utf8'))]));
/** ID field of each resource, from the platform's description. */
const idFields = Object.fromEntries(platforms.map((p) => [p, Object.fromEntries(descriptions[p].resources.map((/** @type {any} */ r) => [r.name, r.idField]))]));
/** Where a list operation's answer holds its items ('' when the answer is the list itself). */
const itemsPath = (/** @type {Exported} */ e) =>
	String(descriptions[e.platform].resources.find((/** @type {any} */ r) => r.name === e.resource).operations.find((/** @type {any} */ o) => o.name === e.operation).pagination.itemsPath);

let serial = 0;
/**
 * The exported workflow with what a user fills in: its Inputs values and the credential.
 * @param {Exported} e
 * @param {Record<string, unknown>} inputs
 */
function prepared(e, inputs) {
	const workflow = JSON.parse(readFileSync(e.file, 'utf8'));
	workflow.id = `e2eExport${++serial}`;
	const inputsNode = workflow.nodes.find((/** @type {any} */ n) => n.name === 'Inputs');
	const values = JSON.parse(inputsNode.parameters.jsonOutput);
	for (const key of Object.keys(inputs)) assert.ok(key in values, `${e.file}: the Inputs node has no "${key}"`);
	inputsNode.parameters.jsonOutput = JSON.stringify({ ...values, ...inputs });
	const request = workflow.nodes.find((/** @type {any} */ n) => n.type === 'n8n-nodes-base.httpRequest');
	assert.equal(request.parameters.authentication, 'predefinedCredentialType');
	assert.equal(request.parameters.nodeCredentialType, PLATFORMS[e.platform].type);
	request.credentials = { [PLATFORMS[e.platform].type]: { id: credentialId(e.platform), name: `${e.platform} (export)` } };
	return { workflow, request: String(request.name) };
}

const baseUrl = (/** @type {Platform} */ p) => `__E2E_SANDBOX_URL__${PLATFORMS[p].base}`;
const firstRound = [...creates, ...lists].map((e) => ({ e, ...prepared(e, { baseUrl: baseUrl(e.platform) }) }));
export const workflows = firstRound.map((r) => r.workflow);

/** Runs the checks. */
export async function run(/** @type {import('../run.mjs').CaseContext} */ ctx) {
	assert.equal(new Set(creates.map((e) => e.platform)).size, platforms.length, 'every platform has a create to run');
	/** @type {Record<string, string>} */
	const created = {};
	/** @type {Record<string, Record<string, unknown>>} */
	const createdItems = {};
	for (const { e, workflow, request } of firstRound) {
		const result = await ctx.execute(workflow.id);
		assert.equal(result.status, 'success', `${e.platform} ${e.resource}.${e.operation}: ${JSON.stringify(ctx.runError(result))}`);
		const items = ctx.output(result, request);
		const [item] = items;
		assert.ok(item, `${e.platform} ${e.resource}.${e.operation} returned nothing`);
		if (e.operation === 'create') {
			const id = item[idFields[e.platform][e.resource]];
			assert.ok(typeof id === 'string' || typeof id === 'number', `${e.platform} ${e.resource}.create answered without its ID: ${JSON.stringify(item).slice(0, 300)}`);
			created[`${e.platform}.${e.resource}`] = String(id);
			createdItems[`${e.platform}.${e.resource}`] = item;
		} else {
			// The HTTP Request node makes one item per entry of an answer that is a list.
			const path = itemsPath(e);
			const listed = path ? item[path] : items;
			assert.ok(Array.isArray(listed), `${e.platform} ${e.resource}.getAll answered without a list at "${path}": ${JSON.stringify(item).slice(0, 300)}`);
			const mine = created[`${e.platform}.${e.resource}`];
			if (mine) assert.ok(listed.some((/** @type {any} */ x) => String(x[idFields[e.platform][e.resource]]) === mine), `${e.platform} ${e.resource}.getAll does not list the ${e.resource} created before`);
		}
	}
	const secondRound = gets.map((e) => {
		const id = created[`${e.platform}.${e.resource}`];
		const workflow = JSON.parse(readFileSync(e.file, 'utf8'));
		const values = JSON.parse(workflow.nodes.find((/** @type {any} */ n) => n.name === 'Inputs').parameters.jsonOutput);
		const idKey = Object.keys(values).find((k) => k !== 'baseUrl' && k !== 'limit');
		assert.ok(idKey, `${e.file}: the Inputs node has no ID to fill in`);
		return { e, id, ...prepared(e, { baseUrl: baseUrl(e.platform), [idKey]: id }) };
	});
	assert.equal(secondRound.length, platforms.length, 'every platform has a Get of what it created');
	await ctx.importWorkflow(secondRound.map((r) => r.workflow));
	for (const { e, id, workflow, request } of secondRound) {
		const result = await ctx.execute(workflow.id);
		assert.equal(result.status, 'success', `${e.platform} ${e.resource}.get: ${JSON.stringify(ctx.runError(result))}`);
		const [item] = ctx.output(result, request);
		// A Get may leave out what only the create answers with (Primer's client token); what both have must agree.
		const idField = idFields[e.platform][e.resource];
		if (idField in item) assert.equal(String(item[idField]), id, `${e.platform} ${e.resource}.get read another ${e.resource}`);
		const before = createdItems[`${e.platform}.${e.resource}`];
		const shared = Object.keys(item).filter((k) => k in before && (typeof item[k] !== 'object' || item[k] === null) && !/(updated|modified)/i.test(k));
		assert.ok(shared.length > 0, `${e.platform} ${e.resource}.get shares nothing with what the create answered`);
		for (const k of shared) assert.deepEqual(item[k], before[k], `${e.platform} ${e.resource}.get: ${k} differs from the create's answer`);
	}
	ctx.log(`ran ${firstRound.length + secondRound.length} exported workflows: ${[...firstRound, ...secondRound].map((r) => `${r.e.platform}/${r.e.resource}.${r.e.operation}`).join(', ')}`);
}
