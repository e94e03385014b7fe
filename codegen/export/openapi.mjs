// @ts-check
/*
 * OpenAPI 3.1 export: one document per platform of what the nodes send and accept. Request
 * bodies are the schemas the nodes validate against before sending, in the encoding the node
 * sends; responses are the schemas the node's output is described by; a list operation answers
 * with the platform's page envelope around them.
 */
import { baseUrlTemplate, bodySchema, credentialHeaders, exampleBody, inlineSchema, staticCredential, httpOperations } from './common.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */
/** @typedef {import('../model.mjs').OperationModel} OperationModel */
/** @typedef {import('../types/description.js').Credential} Credential */

/**
 * A security scheme for a credential, and its name in the document.
 * @param {Credential} c
 * @param {Credential | undefined} signed
 * @returns {[string, Json]}
 */
function securityScheme(c, signed) {
	const auth = c.auth;
	if (auth.type === 'basic') return [c.name, { type: 'http', scheme: 'basic', description: `${c.displayName}: Basic auth, user name from ${auth.username}, password ${JSON.stringify(auth.password)}.` }];
	if (auth.type === 'header' && auth.header.toLowerCase() === 'authorization' && /^Bearer /.test(auth.value)) {
		/** @type {Json} */
		const scheme = { type: 'http', scheme: 'bearer', description: `${c.displayName}: ${auth.value}.` };
		if (signed) {
			scheme.bearerFormat = 'JWT';
			scheme.description += ` The nodes' ${signed.displayName} credential signs a fresh ES512 JWT for every request instead.`;
		}
		return [c.name, scheme];
	}
	if (auth.type === 'header') return [c.name, { type: 'apiKey', in: 'header', name: auth.header, description: `${c.displayName}: ${auth.header}: ${auth.value}.` }];
	throw new Error(`credential ${c.name}: no OpenAPI security scheme for auth type ${auth.type}`);
}

/**
 * Parameters of one operation: path and query identifiers, list filters, the credential's
 * extra headers and the idempotency header.
 * @param {PlatformModel} model
 * @param {OperationModel} entry
 */
function parameters(model, entry) {
	/** @type {Json[]} */
	const params = [];
	for (const p of entry.op.pathParams ?? []) {
		if (p.in === 'body') continue;
		params.push({ name: p.name, in: p.in === 'query' ? 'query' : 'path', required: true, description: p.description, schema: p.schema });
	}
	if (entry.op.query) {
		const query = inlineSchema(model, entry.op.query.schema);
		const repeat = model.description.transport.queryArrayFormat === 'repeat';
		for (const [name, schema] of Object.entries(query.properties ?? {})) {
			/** @type {Json} */
			const param = { name, in: 'query', required: false, schema };
			if (schema.description) param.description = schema.description;
			if (schema.type === 'object') param.style = 'deepObject';
			else if (schema.type === 'array') Object.assign(param, { style: 'form', explode: repeat });
			params.push(param);
		}
	}
	// The page size and cursor the node sends on its own when it reads page after page.
	const pagination = entry.spec.pagination;
	for (const [name, description] of [
		[pagination?.limitParam, 'Page size; the node sends the largest the platform allows unless Limit is smaller.'],
		[pagination && 'cursorParam' in pagination ? pagination.cursorParam : undefined, 'Where the next page starts; the node takes it from the page before.'],
	]) {
		if (name && !params.some((p) => p.name === name && p.in === 'query')) params.push({ name, in: 'query', required: false, description, schema: { type: name === pagination?.limitParam ? 'integer' : 'string' } });
	}
	const { credential } = staticCredential(model);
	for (const h of credentialHeaders(credential)) {
		if (h.name.toLowerCase() === 'accept') continue;
		const field = credential.fields.find((f) => h.value === `{${f.name}}`);
		/** @type {Json} */
		const schema = { type: 'string' };
		if (field?.default) schema.default = field.default;
		params.push({ name: h.name, in: 'header', required: false, description: field?.description ?? `Sent as ${h.value}.`, schema });
	}
	const idem = model.description.transport.idempotencyHeader;
	if (entry.spec.idempotencyKey && idem) {
		params.push({ name: idem, in: 'header', required: false, description: 'The nodes send one per item and keep it across retries, so a retried create cannot act twice.', schema: { type: 'string', maxLength: 255 } });
	}
	return params;
}

/**
 * The success response of one operation.
 * @param {PlatformModel} model
 * @param {OperationModel} entry
 */
function responses(model, entry) {
	const op = entry.op;
	/** @type {Json} */
	const errors = { default: { description: `An error in ${model.description.displayName}'s error format; the nodes show its message.` } };
	if (!op.response) return { '2XX': { description: `Success without a body; the node outputs ${JSON.stringify(op.emptyResponse ?? {})} with the ID.` }, ...errors };
	let schema = inlineSchema(model, op.response.schema);
	const pagination = entry.spec.pagination;
	if (pagination && !pagination.itemsPath) schema = { type: 'array', items: schema };
	else if (pagination) {
		/** @type {Json} */
		const envelope = { type: 'object', required: [pagination.itemsPath], properties: { [pagination.itemsPath]: { type: 'array', items: schema } } };
		if ('hasMore' in pagination && pagination.hasMore && 'path' in pagination.hasMore) envelope.properties[pagination.hasMore.path] = { type: 'boolean' };
		if ('nextCursorPath' in pagination && pagination.nextCursorPath) envelope.properties[pagination.nextCursorPath] = { type: ['string', 'null'] };
		schema = envelope;
	}
	return { 200: { description: op.description, content: { 'application/json': { schema } } }, ...errors };
}

/**
 * The OpenAPI document of one platform.
 * @param {PlatformModel} model
 * @param {{ version: string, examples: Json }} ctx
 * @returns {[string, string][]}
 */
export function emitOpenApi(model, ctx) {
	const d = model.description;
	const { credential, signed } = staticCredential(model);
	const template = baseUrlTemplate(credential);
	/** @type {Json} */
	const variables = {};
	for (const [, name] of template.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)) {
		const field = credential.fields.find((f) => f.name === name);
		variables[name] = { default: String(field?.placeholder ?? field?.default ?? name), description: field?.description ?? name };
	}
	const servers = Object.entries(/** @type {Record<string, string>} */ (credential.baseUrl.values)).map(([env, url]) => {
		/** @type {Json} */
		const server = { url, description: env === 'default' ? d.displayName : `${d.displayName} (${env})` };
		const used = Object.fromEntries(Object.entries(variables).filter(([k]) => url.includes(`{${k}}`)));
		if (Object.keys(used).length) server.variables = used;
		return server;
	});
	const schemes = d.credentials.filter((c) => c.auth.type !== 'function').map((c) => securityScheme(c, signed));
	/** @type {Json} */
	const paths = {};
	for (const entry of httpOperations(model)) {
		const spec = entry.spec;
		/** @type {Json} */
		const operation = {
			operationId: `${spec.resource}_${spec.name}`,
			summary: entry.op.action,
			description: entry.op.description,
			tags: [entry.resource.displayName],
		};
		const params = parameters(model, entry);
		if (params.length) operation.parameters = params;
		const schema = bodySchema(model, entry);
		if (schema) {
			const type = spec.body?.encoding === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
			const example = exampleBody(model, entry, ctx.examples);
			for (const p of entry.op.pathParams ?? []) if (p.in === 'body' && example) example[p.name] = `example_${p.name}`;
			/** @type {Json} */
			const media = { schema, example };
			// Stripe's form bodies nest with brackets: line_items[0][price]=...
			if (type !== 'application/json') media.encoding = Object.fromEntries(Object.keys(schema.properties ?? {}).filter((k) => ['object', 'array'].includes(schema.properties[k].type)).map((k) => [k, { style: 'deepObject', explode: true }]));
			operation.requestBody = { required: true, content: { [type]: media } };
		}
		operation.responses = responses(model, entry);
		paths[spec.path] ??= {};
		paths[spec.path][spec.method.toLowerCase()] = operation;
	}
	const document = {
		openapi: '3.1.0',
		info: {
			title: `${d.displayName} sessions (n8n-nodes-payment-sessions)`,
			version: ctx.version,
			description: `${d.description}: the requests the package's ${d.node.displayName} node sends and the answers it reads, generated from the same description as the node.`,
		},
		servers,
		security: schemes.map(([name]) => ({ [name]: [] })),
		tags: d.resources.map((r) => ({ name: r.displayName, description: r.description })),
		paths,
		components: { securitySchemes: Object.fromEntries(schemes) },
	};
	return [[`export/openapi/${model.id}.openapi.json`, `${JSON.stringify(document, null, 2)}\n`]];
}
