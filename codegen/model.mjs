// @ts-check
/*
 * The model stage: one loaded description plus its schemas become one platform model that
 * every emitter reads. Everything that needs the schemas (field derivation, validator schemas,
 * output schemas) happens here once, so an emitter only arranges what the model already holds
 * and two emitters can never derive the same thing differently.
 */
import { SchemaResolver, deriveField, deriveObjectChildren, sortByDisplayName } from './fields.mjs';
import { WAIT_OPERATION, hooksFile } from './load.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('./types/description.js').ProviderDescription} ProviderDescription */
/** @typedef {import('./types/description.js').Resource} Resource */
/** @typedef {import('./types/description.js').Operation} Operation */
/** @typedef {import('./types/description.js').Credential} Credential */
/** @typedef {NonNullable<ProviderDescription['trigger']>} Trigger */
/** @typedef {import('./fields.mjs').Derived} Derived */
/*
 * The rows the runtime interprets, typed by the runtime's own declarations: the type checker
 * holds the generator to the same contract the runtime reads.
 */
/** @typedef {import('../nodes/shared/types.js').OperationSpec} OperationSpec */
/** @typedef {import('../nodes/shared/types.js').FieldSpec} FieldSpec */
/** @typedef {import('../nodes/shared/types.js').CredentialRef} CredentialRef */
/** @typedef {import('../nodes/shared/auth.js').CredentialAuthSpec} CredentialAuthSpec */
/**
 * A credential's row: the runtime's CredentialRef, except that the signer is named, not held;
 * the provider table and the credential class emit it as a reference to that signer of the
 * platform's hooks module (`hooks.signers.<name>`).
 * @typedef {Omit<CredentialRef, 'sign'> & { sign?: string }} CredentialRow
 */
/** @typedef {import('../nodes/shared/types.js').LocatorSpec} LocatorSpec */
/** @typedef {import('../nodes/shared/types.js').StatusSpec} StatusSpec */
/** @typedef {import('../nodes/shared/types.js').SimplifySpec} SimplifySpec */
/** @typedef {import('../nodes/shared/types.js').TriggerSpec | import('../nodes/shared/types.js').UpdatedTriggerSpec} TriggerSpec */

/** @typedef {import('./load.mjs').LoadedPlatform} LoadedPlatform */

/**
 * A schema Ajv compiles into the named standalone validator.
 * @typedef {object} ValidatorModel
 * @property {string} name export name in validators.js, also the OperationSpec's reference
 * @property {Json} schema effective schema with its own $id
 */

/**
 * One operation: the runtime's OperationSpec and the derived n8n fields, from the same derivation.
 * @typedef {object} OperationModel
 * @property {Resource} resource
 * @property {Operation} op
 * @property {OperationSpec} spec row of the provider table
 * @property {Derived[]} required body fields shown at the top level
 * @property {Derived[]} optional body fields inside Additional Fields / Update Fields
 * @property {Derived[]} filters query fields inside Filters
 * @property {ValidatorModel[]} validators
 * @property {Json} outputSchema the __schema__ document of the operation's output
 */

/**
 * @typedef {object} PlatformModel
 * @property {string} id
 * @property {string} source repo-relative path of the description, named in every banner
 * @property {string} folder repo-relative folder of the platform's nodes
 * @property {string} packageName npm name of the platform's own package; n8n keys node types by it
 * @property {ProviderDescription} description
 * @property {Record<string, Json>} schemas
 * @property {string | undefined} hooks repo-relative path of the platform's hooks module, when it has one
 * @property {OperationModel[]} operations in description order
 * @property {CredentialRow[]} credentialRefs rows of the provider table, one per description credential
 * @property {Record<string, LocatorSpec> | undefined} locators list-search methods by name, for resources that have getAll
 * @property {TriggerSpec | undefined} triggerSpec row of the provider table
 * @property {Record<string, StatusSpec> | undefined} statuses status lists of the session-like resources, by resource name
 * @property {Record<string, SimplifySpec> | undefined} simplify where the common session view's fields are, by resource name
 */

/**
 * Builds the model of one platform.
 * @param {LoadedPlatform} platform
 * @returns {PlatformModel}
 */
export function buildModel(platform) {
	const d = platform.description;
	const resolver = new SchemaResolver(d.id, platform.schemas);
	return {
		id: d.id,
		source: platform.relFile,
		folder: `nodes/${d.node.className}`,
		packageName: platformPackageName(d.id),
		description: d,
		schemas: platform.schemas,
		hooks: platform.hooks ? hooksFile(d) : undefined,
		operations: buildOperations(d, resolver),
		credentialRefs: d.credentials.map(credentialRef),
		locators: buildLocators(d),
		triggerSpec: d.trigger ? triggerTable(d, d.trigger) : undefined,
		statuses: buildStatuses(d),
		simplify: buildSimplify(d),
	};
}

/** Operations whose output the Simplify option can give in the common session view. */
export const SIMPLIFY_OPERATIONS = ['get', 'getAll', 'create', 'update'];

/** The related IDs of the common session view, in output order; the meta-schema allows these. */
export const LINK_NAMES = /** @type {const} */ (['sessionId', 'paymentId', 'orderId', 'checkoutId', 'customerId']);

/**
 * The runtime's tables of the common session view, with every path as a list.
 * @param {ProviderDescription} d
 * @returns {Record<string, SimplifySpec> | undefined}
 */
function buildSimplify(d) {
	/** @type {(p: string | string[]) => string[]} */
	const paths = (p) => (Array.isArray(p) ? p : [p]);
	/** @type {(p: string | string[] | null) => string[] | null} */
	const optional = (p) => (p === null ? null : paths(p));
	/** @type {Record<string, SimplifySpec>} */
	const tables = {};
	for (const resource of d.resources) {
		const s = resource.simplify;
		if (!s) continue;
		tables[resource.name] = {
			idField: resource.idField,
			amount: s.amount && { paths: paths(s.amount.path), unit: s.amount.unit },
			currency: optional(s.currency),
			customerEmail: optional(s.customerEmail),
			url: optional(s.url),
			createdAt: s.createdAt && { paths: paths(s.createdAt.path), format: s.createdAt.format },
			updatedAt: s.updatedAt && { paths: paths(s.updatedAt.path), format: s.updatedAt.format },
			links: /** @type {SimplifySpec['links']} */ (Object.fromEntries(LINK_NAMES.map((name) => [name, optional(s.links[name] ?? null)]))),
		};
	}
	return Object.keys(tables).length ? tables : undefined;
}

/**
 * The runtime's status lists, one per resource that has one; descriptions stay in the
 * description, where the emitters of parameters read them.
 * @param {ProviderDescription} d
 * @returns {Record<string, StatusSpec> | undefined}
 */
function buildStatuses(d) {
	/** @type {Record<string, StatusSpec>} */
	const lists = {};
	for (const resource of d.resources) {
		if (!resource.status) continue;
		const own = new Set(resource.status.values.filter((s) => s.field === undefined || s.field === resource.status?.field).map((s) => s.value));
		for (const s of resource.status.values) {
			if (s.when !== undefined && (s.field === undefined || !own.has(s.when))) {
				throw new Error(`${d.id}: status "${s.value}" of ${resource.name}: "when" needs "field" and one of the list's own values (${[...own].join(', ')})`);
			}
		}
		lists[resource.name] = {
			field: resource.status.field,
			values: resource.status.values.map((s) => ({ value: s.value, name: s.name, state: s.state, field: s.field, when: s.when, final: s.final })),
		};
	}
	return Object.keys(lists).length ? lists : undefined;
}

/**
 * The status list of the resource a trigger watches; the loader has checked that it has one.
 * @param {ProviderDescription} d
 * @param {Trigger} t
 * @returns {NonNullable<Resource['status']>}
 */
export function triggerStatus(d, t) {
	const status = triggerResource(d, t).status;
	if (!status) throw new Error(`${d.id}: the trigger's resource "${t.resource}" has no status list`);
	return status;
}

/**
 * npm name of a platform's package. The `-sessions` suffix keeps it apart from n8n's own nodes and
 * from other community packages for the same vendor; n8n loads only `n8n-nodes-*` names.
 * @param {string} id platform id, e.g. "stripe"
 */
export function platformPackageName(id) {
	return `n8n-nodes-${id}-sessions`;
}

/** Name of the list-search method a resource's locator calls. */
export function locatorMethod(/** @type {Resource} */ resource) {
	return `search${resource.name.charAt(0).toUpperCase()}${resource.name.slice(1)}s`;
}

/**
 * @param {ProviderDescription} d
 * @param {SchemaResolver} resolver
 * @returns {OperationModel[]}
 */
function buildOperations(d, resolver) {
	/** @type {OperationModel[]} */
	const result = [];
	for (const resource of d.resources) {
		for (const op of resource.operations) {
			const where = `${resource.name}.${op.name}`;
			/** @type {OperationSpec} */
			const spec = {
				resource: resource.name,
				name: op.name,
				method: op.method,
				path: op.path,
				pathParams: (op.pathParams ?? []).map((p) => ({
					name: p.name,
					param: p.param ?? `${resource.name}Id`,
					displayName: p.displayName,
					valueType: p.schema.type,
					in: p.in,
				})),
				idempotent: op.idempotent ?? op.method !== 'POST',
				idempotencyKey: op.method === 'POST' && d.transport.idempotencyHeader ? true : undefined,
			};
			/** @type {OperationModel} */
			const entry = { spec, op, resource, required: [], optional: [], filters: [], validators: [], outputSchema: {} };
			if (op.body) {
				const { schema, file } = resolver.resolve({ $ref: op.body.schema }, op.body.schema.split('#')[0]);
				const requiredKeys = new Set(op.body.required ?? schema.required ?? []);
				for (const key of requiredKeys) {
					if (!schema.properties?.[key]) throw new Error(`${d.id} ${where}: required field "${key}" is not in ${op.body.schema}`);
				}
				// A value that a path parameter puts into the body (e.g. a token naming the session) is its own field, not a body field.
				const fromParams = new Set((op.pathParams ?? []).filter((p) => p.in === 'body').map((p) => p.name));
				const derived = Object.entries(schema.properties ?? {}).filter(([k]) => !fromParams.has(k)).map(([k, s]) => ({
					k,
					...deriveField(resolver, k, s, file, { where, required: requiredKeys.has(k) }),
				}));
				entry.required = derived.filter((x) => requiredKeys.has(x.k));
				entry.optional = sortByDisplayName(derived.filter((x) => !requiredKeys.has(x.k)));
				spec.body = {
					required: fieldSpecs(entry.required),
					optional: fieldSpecs(entry.optional),
					collection: op.name === 'update' ? 'updateFields' : 'additionalFields',
					encoding: op.body.encoding ?? 'json',
					validator: `${resource.name}_${op.name}_body`,
				};
				entry.validators.push({ name: spec.body.validator, schema: effectiveBodySchema(d, op.body, spec.body.validator) });
			}
			if (op.query) {
				const { schema, file } = resolver.resolve({ $ref: op.query.schema }, op.query.schema.split('#')[0]);
				entry.filters = deriveObjectChildren(resolver, { ...schema, required: [] }, file, where);
				spec.query = { fields: fieldSpecs(entry.filters), validator: `${resource.name}_${op.name}_query` };
				entry.validators.push({ name: spec.query.validator, schema: { $id: `${d.id}/${spec.query.validator}.json`, allOf: [{ $ref: op.query.schema }] } });
			}
			// The item id lets the runtime notice a page that repeats what it listed before.
			if (op.pagination) spec.pagination = { ...op.pagination, idField: 'cursorField' in op.pagination ? op.pagination.cursorField : resource.idField };
			if (op.response?.path) spec.resultPath = op.response.path;
			if (op.emptyResponse) spec.emptyResponse = /** @type {import('n8n-workflow').IDataObject} */ (op.emptyResponse);
			if (resource.simplify && op.response && SIMPLIFY_OPERATIONS.includes(op.name)) spec.simplify = true;
			entry.outputSchema = outputSchema(resolver, op);
			result.push(entry);
		}
		const wait = waitOperation(resource, result);
		if (wait) result.push(wait);
	}
	return result;
}

/**
 * The "Wait for Status" of a resource that asks for one: its Get's row under its own name, with
 * `wait` naming the Get, so it reads the same IDs and answer; the status list is the resource's.
 * @param {Resource} resource
 * @param {OperationModel[]} built the operations built so far, the resource's Get among them
 * @returns {OperationModel | undefined}
 */
function waitOperation(resource, built) {
	if (!resource.waitForStatus) return undefined;
	const getName = resource.waitForStatus.get;
	const get = built.find((o) => o.resource === resource && o.op.name === getName);
	if (!get) throw new Error(`${resource.name}: waitForStatus names no operation "${getName}"`);
	const noun = resource.displayName.toLowerCase();
	// The meta-schema's operation names are those a description may declare; this one only the
	// generator makes (the loader refuses it in a description), so the type is asserted here.
	const op = /** @type {Operation} */ ({
		...get.op,
		name: /** @type {Operation['name']} */ (/** @type {string} */ (WAIT_OPERATION)),
		displayName: 'Wait for Status',
		action: `Wait for a ${noun} status`,
		description: `Read the ${noun} until its status is one of the chosen ones, or the timeout ends`,
	});
	/** @type {OperationSpec} */
	const spec = { ...get.spec, name: WAIT_OPERATION, wait: { get: `${resource.name}.${getName}` } };
	// The wait adds how long it waited to what the Get returns.
	const outputSchema = { ...get.outputSchema, properties: { ...get.outputSchema.properties, waitedSeconds: { type: 'number' } } };
	return { ...get, op, spec, required: [], optional: [], filters: [], validators: [], outputSchema };
}

/**
 * The FieldSpecs of derived fields; fields.mjs builds them as plain JSON.
 * @param {Derived[]} derived
 * @returns {FieldSpec[]}
 */
function fieldSpecs(derived) {
	return derived.map((x) => /** @type {FieldSpec} */ (x.spec));
}

/**
 * The body schema as the operation requires it: the description may require more than the
 * schema file does (e.g. a create that needs fields an update leaves optional).
 * @param {ProviderDescription} d
 * @param {NonNullable<Operation['body']>} body
 * @param {string} name
 */
function effectiveBodySchema(d, body, name) {
	/** @type {Json} */
	const effective = { $id: `${d.id}/${name}.json`, type: 'object', allOf: [{ $ref: body.schema }] };
	const required = body.required ?? [];
	if (required.length) effective.required = required;
	if (body.minProperties) effective.minProperties = body.minProperties;
	return effective;
}

/**
 * The response schema with every $ref inlined, as n8n's __schema__ files expect.
 * @param {SchemaResolver} resolver
 * @param {Operation} op
 * @returns {Json}
 */
function outputSchema(resolver, op) {
	if (!op.response) {
		/** @type {Json} */
		const properties = Object.fromEntries(Object.entries(op.emptyResponse ?? {}).map(([k, v]) => [k, { type: typeof v }]));
		for (const p of op.pathParams ?? []) properties[p.name] = { type: p.schema.type };
		return { type: 'object', properties };
	}
	/** @type {(s: Json, file: string, depth: number) => Json} */
	const inline = (s, file, depth) => {
		const { schema, file: f } = resolver.resolve(s, file);
		/** @type {Json} */
		const out = {};
		for (const [k, v] of Object.entries(schema)) {
			if (['$id', '$schema', 'definitions', 'title', 'x-enumNames', 'x-n8n', 'default', 'examples'].includes(k)) continue;
			if (depth > 6 && (k === 'properties' || k === 'items')) continue;
			if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, inline(/** @type {Json} */ (pv), f, depth + 1)]));
			else if (k === 'items' && typeof v === 'object') out[k] = inline(v, f, depth + 1);
			else if ((k === 'anyOf' || k === 'oneOf' || k === 'allOf') && Array.isArray(v)) out[k] = v.map((x) => inline(x, f, depth + 1));
			else out[k] = v;
		}
		return out;
	};
	const file = op.response.schema.split('#')[0];
	return { $schema: 'http://json-schema.org/draft-07/schema#', ...inline({ $ref: op.response.schema }, file, 0) };
}

/**
 * The runtime's view of a credential: how to pick the host, which fields are secret, how it
 * authenticates and the request its Test button sends.
 * @param {Credential} c
 * @returns {CredentialRow}
 */
function credentialRef(c) {
	const override = c.fields.find((f) => f.baseUrlOverride)?.name;
	return {
		name: c.name,
		// The meta-schema allows no undefined host; the cast only drops the index signature's `undefined`.
		baseUrl: { selector: c.baseUrl.selector, values: /** @type {Record<string, string>} */ (c.baseUrl.values), override },
		secrets: c.fields.filter((f) => f.secret).map((f) => f.name),
		auth: authSpec(c),
		sign: c.auth.type === 'function' ? c.auth.function : undefined,
		test: { method: c.test.method, path: c.test.path, qs: /** @type {import('n8n-workflow').IDataObject | undefined} */ (c.test.qs) },
	};
}

/**
 * The table a credential's `authenticate` is built from (see templateAuthentication); the
 * runtime reads the same table for the Test button and for redaction.
 * @param {Credential} c
 * @returns {CredentialAuthSpec}
 */
function authSpec(c) {
	/** @type {CredentialAuthSpec} */
	const spec = {};
	if (c.auth.type === 'basic') spec.basic = { username: c.auth.username, password: c.auth.password };
	const headers = [
		...(c.auth.type === 'header' ? [{ name: c.auth.header, value: c.auth.value }] : []),
		...(c.headers ?? []).map((h) => ({ name: h.name, value: h.value, when: h.when, otherwise: h.otherwise })),
	];
	if (headers.length) spec.headers = headers;
	// Fields the host is built from: the credential refuses anything in them but a host name part.
	const hostFields = [...new Set(Object.values(c.baseUrl.values).flatMap((t) => [...(t ?? '').matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1])))];
	if (hostFields.length) spec.hostFields = hostFields;
	return spec;
}

/** @param {ProviderDescription} d */
function buildLocators(d) {
	/** @type {Record<string, LocatorSpec>} */
	const locators = {};
	for (const resource of d.resources) {
		if (!resource.operations.some((o) => o.name === 'getAll')) continue;
		locators[locatorMethod(resource)] = {
			operation: `${resource.name}.getAll`,
			idField: resource.idField,
			labelField: resource.labelField ?? resource.idField,
			statusField: d.trigger?.resource === resource.name ? resource.status?.field : undefined,
		};
	}
	return Object.keys(locators).length ? locators : undefined;
}

/**
 * The trigger's row of the provider table; the loader has checked that its resource exists.
 * @param {ProviderDescription} d
 * @param {Trigger} t
 * @returns {TriggerSpec}
 */
function triggerTable(d, t) {
	const resource = triggerResource(d, t);
	const status = triggerStatus(d, t);
	// The meta-schema requires `updated` for updatedSince and `order` for snapshot; the checks say so to the type checker.
	if (t.strategy === 'updatedSince') {
		if (!t.updated) throw new Error(`${d.id}: an updatedSince trigger needs "updated"`);
		return {
			resource: t.resource,
			list: `${t.resource}.${t.list}`,
			strategy: t.strategy,
			idField: resource.idField,
			statusField: status.field,
			statuses: status.values.map((s) => ({ value: s.value, name: s.name })),
			terminalStatuses: finalValues(status),
			openHorizonHours: t.openHorizonHours,
			updated: t.updated,
			linkFilter: t.linkFilter ? { param: t.linkFilter.param } : undefined,
		};
	}
	if (!t.order) throw new Error(`${d.id}: a snapshot trigger needs "order"`);
	return {
		resource: t.resource,
		list: `${t.resource}.${t.list}`,
		get: t.get ? `${t.resource}.${t.get}` : undefined,
		strategy: t.strategy,
		order: t.order,
		idField: resource.idField,
		statusField: status.field,
		statusFilterParam: t.statusFilterParam,
		statuses: status.values.map((s) => ({ value: s.value, name: s.name, field: s.field, when: s.when })),
		terminalStatuses: finalValues(status),
		openHorizonHours: t.openHorizonHours,
	};
}

/**
 * The values after which an item no longer changes status.
 * @param {NonNullable<Resource['status']>} status
 */
function finalValues(status) {
	return status.values.filter((s) => s.final).map((s) => s.value);
}

/**
 * The resource a trigger watches.
 * @param {ProviderDescription} d
 * @param {Trigger} t
 */
export function triggerResource(d, t) {
	const resource = d.resources.find((r) => r.name === t.resource);
	if (!resource) throw new Error(`${d.id}: the trigger watches an unknown resource "${t.resource}"`);
	return resource;
}
