// @ts-check
/*
 * n8n export: per operation an importable workflow that sends the operation's request with n8n's
 * built-in HTTP Request node, authenticated by this package's credential (a predefined
 * credential type, so a signing credential such as Gr4vy's still signs every request). An
 * "Inputs" node holds what a user fills in (the host, IDs, the page size); the body is the
 * example body, written where the HTTP Request node shows it.
 */
import { createHash } from 'node:crypto';
import { baseUrlTemplate, exampleBody, formPairs, httpOperations } from './common.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */
/** @typedef {import('../model.mjs').OperationModel} OperationModel */

/** Version of n8n's HTTP Request node the workflows are written for. */
export const HTTP_REQUEST_VERSION = 4.2;

/** A stable node ID in n8n's UUID shape, so regenerating changes nothing. */
function nodeId(/** @type {string} */ seed) {
	const h = createHash('sha256').update(seed).digest('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The Inputs node's values: the base URL with the credential's host fields at their
 * placeholders, an empty value per ID, and the page size of a list.
 * @param {PlatformModel} model
 * @param {OperationModel} entry
 */
export function inputValues(model, entry) {
	const credential = model.description.credentials[0];
	const baseUrl = baseUrlTemplate(credential).replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_, name) => {
		const field = credential.fields.find((f) => f.name === name);
		return String(field?.placeholder || name);
	});
	/** @type {Json} */
	const values = { baseUrl };
	for (const p of entry.spec.pathParams) values[p.name] = '';
	if (entry.spec.pagination?.limitParam) values.limit = entry.spec.pagination.maxLimit ?? 100;
	return values;
}

/**
 * The HTTP Request node's parameters for one operation.
 * @param {PlatformModel} model
 * @param {OperationModel} entry
 * @param {Json} examples
 */
function httpParameters(model, entry, examples) {
	const spec = entry.spec;
	let path = spec.path;
	/** @type {{ name: string, value: string }[]} */
	const query = [];
	/** @type {string[]} */
	const bodyParams = [];
	for (const p of spec.pathParams) {
		if (p.in === 'query') query.push({ name: p.name, value: `={{ $json[${JSON.stringify(p.name)}] }}` });
		else if (p.in === 'body') bodyParams.push(p.name);
		else path = path.replace(`{${p.name}}`, `{{ encodeURIComponent($json[${JSON.stringify(p.name)}]) }}`);
	}
	if (spec.pagination?.limitParam) query.push({ name: spec.pagination.limitParam, value: '={{ $json.limit }}' });
	const credential = model.description.credentials[0];
	/** @type {Json} */
	const params = {
		method: spec.method,
		url: `={{ $json.baseUrl }}${path}`,
		authentication: 'predefinedCredentialType',
		nodeCredentialType: credential.name,
	};
	if (query.length) Object.assign(params, { sendQuery: true, queryParameters: { parameters: query } });
	const idem = model.description.transport.idempotencyHeader;
	if (spec.idempotencyKey && idem) {
		// One key per execution and operation: n8n's own retry of this node sends the same key.
		Object.assign(params, { sendHeaders: true, headerParameters: { parameters: [{ name: idem, value: `={{ $execution.id }}-${spec.resource}-${spec.name}` }] } });
	}
	const example = exampleBody(model, entry, examples);
	if (example) {
		params.sendBody = true;
		if (spec.body?.encoding === 'form') {
			params.contentType = 'form-urlencoded';
			params.bodyParameters = { parameters: formPairs(example).map(([name, value]) => ({ name, value })) };
		} else {
			params.specifyBody = 'json';
			params.jsonBody = bodyParams.length
				? `={{ JSON.stringify(Object.assign(${JSON.stringify(example)}, { ${bodyParams.map((n) => `${JSON.stringify(n)}: $json[${JSON.stringify(n)}]`).join(', ')} })) }}`
				: JSON.stringify(example, null, 2);
		}
	}
	params.options = {};
	return params;
}

/**
 * One importable workflow per operation.
 * @param {PlatformModel} model
 * @param {{ examples: Json }} ctx
 * @returns {[string, string][]}
 */
export function emitN8nWorkflows(model, ctx) {
	const credential = model.description.credentials[0];
	return httpOperations(model).map((entry) => {
		const key = `${model.id}.${entry.spec.resource}.${entry.spec.name}`;
		const action = entry.op.action;
		const nodes = [
			{ parameters: {}, id: nodeId(`${key}/start`), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0] },
			{
				parameters: { mode: 'raw', jsonOutput: JSON.stringify(inputValues(model, entry), null, 2), options: {} },
				id: nodeId(`${key}/inputs`),
				name: 'Inputs',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [220, 0],
			},
			{
				parameters: httpParameters(model, entry, ctx.examples),
				id: nodeId(`${key}/request`),
				name: action,
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: HTTP_REQUEST_VERSION,
				position: [440, 0],
				credentials: { [credential.name]: { id: '', name: credential.displayName } },
			},
		];
		const workflow = {
			name: `${model.description.displayName}: ${action} (HTTP Request)`,
			nodes,
			connections: {
				Start: { main: [[{ node: 'Inputs', type: 'main', index: 0 }]] },
				Inputs: { main: [[{ node: action, type: 'main', index: 0 }]] },
			},
			// n8n 1.x's import:workflow refuses a workflow without it.
			active: false,
			settings: { executionOrder: 'v1' },
			pinData: {},
		};
		return /** @type {[string, string]} */ ([`export/n8n/${model.id}/${entry.spec.resource}.${entry.spec.name}.json`, `${JSON.stringify(workflow, null, 2)}\n`]);
	});
}
