// @ts-check
/*
 * Builds everything one provider contributes: the operation table and n8n properties (from the
 * same field derivation), request validators compiled by Ajv, TypeScript types from
 * json-schema-to-typescript, output schemas, codex files and the thin node / trigger /
 * credential classes that only hand their tables to the shared runtime.
 */
import standalone from 'ajv/dist/standalone/index.js';

// The package is CommonJS; its default export sits one level down when loaded from ESM.
const standaloneCode = standalone.default;
import { compile as compileTypes } from 'json-schema-to-typescript';
import { createAjv } from './load.mjs';
import { SchemaResolver, deriveField, deriveObjectChildren, normaliseDescription, sortByDisplayName } from './fields.mjs';
import { banner, lit, raw } from './emit.mjs';

/** @typedef {Record<string, any>} Json */

const DISPLAY = { resource: 'resource', operation: 'operation' };

/**
 * @param {{ dir: string, relFile: string, description: Json, schemas: Record<string, Json> }} provider
 */
export async function buildProvider(provider) {
	const d = provider.description;
	const resolver = new SchemaResolver(d.id, provider.schemas);
	const folder = `nodes/${d.node.className}`;
	const source = provider.relFile;
	/** @type {Map<string, string>} */
	const files = new Map();

	const ops = buildOperations(d, resolver);
	const properties = buildNodeProperties(d, ops);
	const validatorCode = compileValidators(d, provider.schemas, ops);
	const credentialRefs = d.credentials.map((/** @type {Json} */ c) => credentialRef(c));
	const locators = buildLocators(d);

	const table = {
		id: d.id,
		displayName: d.displayName,
		credentials: credentialRefs,
		transport: {
			errorFormat: d.transport.errorFormat,
			rateLimit: d.transport.rateLimit,
			idempotencyHeader: d.transport.idempotencyHeader ?? undefined,
			queryArrayFormat: d.transport.queryArrayFormat,
		},
		operations: Object.fromEntries(ops.map((o) => [`${o.spec.resource}.${o.spec.name}`, o.spec])),
		locators,
		trigger: d.trigger ? triggerTable(d) : undefined,
		validators: raw('validators'),
	};

	const signers = [...new Set(d.credentials.filter((/** @type {Json} */ c) => c.auth.type === 'function').map((/** @type {Json} */ c) => c.auth.function))].sort();
	const signerImport = signers.length ? `import { ${signers.join(', ')} } from '../../shared/auth';\n` : '';
	files.set(
		`${folder}/generated/provider.ts`,
		`${banner(source)}${signerImport}import type { ProviderSpec, ValidatorTable } from '../../shared/types';\nimport * as compiled from './validators';\n\nconst validators: ValidatorTable = compiled;\n\n/** Operation table of ${d.displayName}: what the shared runtime needs to call the API. */\nexport const provider: ProviderSpec = ${lit(table)};\n`,
	);
	files.set(
		`${folder}/generated/properties.ts`,
		`${banner(source)}import type { INodeProperties } from 'n8n-workflow';\n\n/** Parameters of the ${d.node.displayName} node. */\nexport const properties: INodeProperties[] = ${lit(properties)};\n`,
	);
	files.set(`${folder}/generated/validators.js`, `${banner(source)}${validatorCode.code}`);
	files.set(
		`${folder}/generated/validators.d.ts`,
		`${banner(source)}import type { CompiledValidator } from '../../shared/types';\n\n${validatorCode.names.map((n) => `export declare const ${n}: CompiledValidator;`).join('\n')}\n`,
	);
	files.set(`${folder}/generated/types.ts`, await buildTypes(d, provider.schemas, source));

	for (const o of ops) {
		files.set(`${folder}/__schema__/v1.0.0/${o.spec.resource}/${o.spec.name}.json`, `${JSON.stringify(o.outputSchema, null, 2)}\n`);
	}

	const credentialFiles = [];
	for (const c of d.credentials) {
		files.set(`credentials/${c.className}.credentials.ts`, credentialClass(d, c, source));
		credentialFiles.push(`dist/credentials/${c.className}.credentials.js`);
	}

	const nodeFiles = [`dist/${folder}/${d.node.className}.node.js`];
	files.set(`${folder}/${d.node.className}.node.ts`, nodeClass(d, source, locators));
	files.set(`${folder}/${d.node.className}.node.json`, codex(d, d.node.name));
	if (d.trigger) {
		files.set(`${folder}/generated/triggerProperties.ts`, `${banner(source)}import type { INodeProperties } from 'n8n-workflow';\n\n/** Parameters of the ${d.trigger.displayName} node. */\nexport const triggerProperties: INodeProperties[] = ${lit(triggerProperties(d))};\n`);
		files.set(`${folder}/${d.trigger.className}.node.ts`, triggerClass(d, source));
		files.set(`${folder}/${d.trigger.className}.node.json`, codex(d, d.trigger.name));
		nodeFiles.push(`dist/${folder}/${d.trigger.className}.node.js`);
	}
	return { files, nodeFiles, credentialFiles };
}

/**
 * @param {Json} d
 * @param {SchemaResolver} resolver
 */
function buildOperations(d, resolver) {
	const result = [];
	for (const resource of d.resources) {
		for (const op of resource.operations) {
			const where = `${resource.name}.${op.name}`;
			/** @type {Json} */
			const spec = {
				resource: resource.name,
				name: op.name,
				method: op.method,
				path: op.path,
				pathParams: (op.pathParams ?? []).map((/** @type {Json} */ p) => ({
					name: p.name,
					param: p.param ?? `${resource.name}Id`,
					displayName: p.displayName,
					valueType: p.schema.type,
					in: p.in,
				})),
				idempotent: op.idempotent ?? op.method !== 'POST',
				idempotencyKey: op.method === 'POST' && d.transport.idempotencyHeader ? true : undefined,
			};
			/** @type {Json} */
			const entry = { spec, op, resource, required: [], optional: [], filters: [] };
			if (op.body) {
				const { schema, file } = resolver.resolve({ $ref: op.body.schema }, op.body.schema.split('#')[0]);
				const requiredKeys = new Set(op.body.required ?? schema.required ?? []);
				for (const key of requiredKeys) {
					if (!schema.properties?.[key]) throw new Error(`${d.id} ${where}: required field "${key}" is not in ${op.body.schema}`);
				}
				// A value that a path parameter puts into the body (e.g. a token naming the session) is its own field, not a body field.
				const fromParams = new Set((op.pathParams ?? []).filter((/** @type {Json} */ p) => p.in === 'body').map((/** @type {Json} */ p) => p.name));
				const derived = Object.entries(schema.properties ?? {}).filter(([k]) => !fromParams.has(k)).map(([k, s]) => ({
					k,
					...deriveField(resolver, k, s, file, { where, required: requiredKeys.has(k) }),
				}));
				entry.required = derived.filter((x) => requiredKeys.has(x.k));
				entry.optional = sortByDisplayName(derived.filter((x) => !requiredKeys.has(x.k)));
				spec.body = {
					required: entry.required.map((/** @type {Json} */ x) => x.spec),
					optional: entry.optional.map((/** @type {Json} */ x) => x.spec),
					collection: op.name === 'update' ? 'updateFields' : 'additionalFields',
					encoding: op.body.encoding ?? 'json',
					validator: `${resource.name}_${op.name}_body`,
				};
			}
			if (op.query) {
				const { schema, file } = resolver.resolve({ $ref: op.query.schema }, op.query.schema.split('#')[0]);
				entry.filters = deriveObjectChildren(resolver, { ...schema, required: [] }, file, where);
				spec.query = { fields: entry.filters.map((/** @type {Json} */ x) => x.spec), validator: `${resource.name}_${op.name}_query` };
			}
			// The item id lets the runtime notice a page that repeats what it listed before.
			if (op.pagination) spec.pagination = { ...op.pagination, idField: op.pagination.cursorField ?? resource.idField };
			if (op.response?.path) spec.resultPath = op.response.path;
			if (op.emptyResponse) spec.emptyResponse = op.emptyResponse;
			entry.outputSchema = outputSchema(resolver, op);
			result.push(entry);
		}
	}
	return result;
}

/**
 * The response schema with every $ref inlined, as n8n's __schema__ files expect.
 * @param {SchemaResolver} resolver
 * @param {Json} op
 */
function outputSchema(resolver, op) {
	if (!op.response) {
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
 * @param {Json} d
 * @param {Json[]} ops
 */
function buildNodeProperties(d, ops) {
	/** @type {Json[]} */
	const props = [...authenticationProperty(d)];
	const resources = [...d.resources].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
	props.push({
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources.map((r) => ({ name: r.displayName, value: r.name, description: normaliseDescription(r.description) })),
		default: d.resources[0].name,
	});
	for (const resource of d.resources) {
		const resourceOps = ops.filter((o) => o.resource === resource);
		props.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { [DISPLAY.resource]: [resource.name] } },
			options: [...resourceOps]
				.sort((a, b) => a.op.displayName.localeCompare(b.op.displayName, 'en'))
				.map((o) => ({ name: o.op.displayName, value: o.op.name, description: normaliseDescription(o.op.description), action: o.op.action })),
			default: resourceOps[0].op.name,
		});
	}
	for (const entry of ops) {
		const show = { resource: [entry.resource.name], operation: [entry.op.name] };
		const hasList = entry.resource.operations.some((/** @type {Json} */ o) => o.name === 'getAll');
		for (const p of entry.op.pathParams ?? []) {
			const param = p.param ?? `${entry.resource.name}Id`;
			const base = { displayName: p.displayName, name: param, required: true, displayOptions: { show }, description: normaliseDescription(p.description) };
			if (hasList && param === `${entry.resource.name}Id`) {
				props.push({
					...base,
					type: 'resourceLocator',
					default: { mode: 'list', value: '' },
					modes: [
						{ displayName: 'From List', name: 'list', type: 'list', placeholder: `Select ${/^[aeiou]/i.test(entry.resource.displayName) ? 'an' : 'a'} ${entry.resource.displayName.toLowerCase()}...`, typeOptions: { searchListMethod: locatorMethod(entry.resource), searchable: false } },
						{ displayName: 'By ID', name: 'id', type: 'string', placeholder: p.schema.type === 'integer' ? 'e.g. 42' : 'e.g. abc123' },
					],
				});
			} else {
				// A value that grants access (e.g. a session's client token) is masked like a password.
				props.push({ ...base, type: 'string', typeOptions: p.secret ? { password: true } : undefined, default: '' });
			}
		}
		if (entry.spec.body) {
			const bodyShow = { ...show, bodyInput: ['fields'] };
			props.push({
				displayName: 'Specify Body',
				name: 'bodyInput',
				type: 'options',
				options: [
					{ name: 'Using Fields Below', value: 'fields' },
					{ name: 'Using JSON', value: 'json' },
				],
				default: 'fields',
				displayOptions: { show },
				description: 'Fill the fields below, or give the whole request body as JSON',
			});
			for (const r of entry.required) props.push({ ...r.prop, displayOptions: { show: bodyShow } });
			props.push({
				displayName: 'JSON Body',
				name: 'bodyJson',
				type: 'json',
				default: '{}',
				required: true,
				displayOptions: { show: { ...show, bodyInput: ['json'] } },
				description: 'The whole request body; it is checked against the API schema before it is sent',
			});
			if (entry.optional.length) {
				const isUpdate = entry.spec.body.collection === 'updateFields';
				props.push({
					displayName: isUpdate ? 'Update Fields' : 'Additional Fields',
					name: entry.spec.body.collection,
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: { show: bodyShow },
					options: entry.optional.map((/** @type {Json} */ x) => x.prop),
				});
			}
		}
		if (entry.spec.pagination) {
			props.push({
				displayName: 'Return All',
				name: 'returnAll',
				type: 'boolean',
				default: false,
				displayOptions: { show },
				description: 'Whether to return all results or only up to a given limit',
			});
			props.push({
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 50,
				displayOptions: { show: { ...show, returnAll: [false] } },
				description: 'Max number of results to return',
			});
		}
		props.push({
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { show },
			options: runOptions(d, entry.spec),
		});
		if (entry.filters.length) {
			props.push({
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				displayOptions: { show },
				options: entry.filters.map((/** @type {Json} */ x) => x.prop),
			});
		}
	}
	return props;
}

/**
 * Run settings every operation offers: parallelism, retries, the client-side rate limit and,
 * where the vendor supports one, the idempotency key.
 * @param {Json} d
 * @param {Json} spec
 */
function runOptions(d, spec) {
	const rate = d.transport.rateLimit;
	const perSecond = rate ? Math.floor((rate.requests / rate.perSeconds) * 100) / 100 : 0;
	/** @type {Json[]} */
	const options = [
		{
			displayName: 'Max Attempts',
			name: 'maxAttempts',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10, numberPrecision: 0 },
			default: 4,
			description: `Attempts per request, the first included. Rate-limit answers are always retried; server errors and dropped connections only where repeating cannot act twice${spec.idempotencyKey ? ' (here: with the same idempotency key)' : spec.idempotent ? '' : ' (this operation is not retried on them)'}.`,
		},
		{
			displayName: 'Max Retry Wait (Seconds)',
			name: 'maxRetryWait',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 600 },
			default: 30,
			description: 'Upper bound of all waiting between attempts of one request, including waits the API asks for',
		},
		{
			displayName: 'Parallel Requests',
			name: 'parallelRequests',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50, numberPrecision: 0 },
			default: 5,
			description: 'How many items are sent at the same time. Output order and item pairing stay as in the input.',
		},
		{
			displayName: 'Requests Per Second',
			name: 'requestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: perSecond,
			description: rate
				? `Client-side limit for this account, shared by all runs in this n8n process. The default is ${d.displayName}'s published limit of ${rate.requests} per ${rate.perSeconds} s; raise it if your account allows more. 0 turns the limit off.`
				: `${d.displayName} publishes no rate limit; set one here to stay under your account's limit. 0 means no client-side limit.`,
		},
		{
			displayName: 'Request Timeout (Seconds)',
			name: 'requestTimeout',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 3600, numberPrecision: 0 },
			default: 120,
			description: 'Longest time one request may take in all, every attempt and every wait between attempts included. A server that never answers, or answers a byte at a time, ends with a timeout error.',
		},
		{
			displayName: 'Operation Timeout (Seconds)',
			name: 'operationTimeout',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 86400, numberPrecision: 0 },
			default: 600,
			description: `Longest time the operation may take for one item, all its requests${spec.pagination ? ' (every page)' : ''} included`,
		},
		{
			displayName: 'Max Response Size (MB)',
			name: 'maxResponseSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 1024, numberPrecision: 0 },
			default: 32,
			description: 'A larger answer is an error instead of items; reading stops at the limit',
		},
	];
	if (spec.pagination) {
		options.push({
			displayName: 'Max Pages',
			name: 'maxPages',
			type: 'number',
			typeOptions: { minValue: 1, numberPrecision: 0 },
			default: 1000,
			description: 'Pages one run of the list may read. Reaching it with more to read is an error, never a silently shortened list.',
		});
	}
	if (spec.idempotencyKey) {
		options.unshift({
			displayName: 'Idempotency Key',
			name: 'idempotencyKey',
			type: 'string',
			default: '',
			description: `Sent as ${d.transport.idempotencyHeader}. Running the node again with the same key returns the first result instead of acting twice. When empty, a new key is made per item and reused for that item's retries.`,
		});
	}
	// n8n's lint wants a collection's options in alphabetical order.
	return options.sort((a, b) => (a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : 0));
}

/** @param {Json} resource */
function locatorMethod(resource) {
	return `search${resource.name.charAt(0).toUpperCase()}${resource.name.slice(1)}s`;
}

/** @param {Json} d */
function buildLocators(d) {
	/** @type {Json} */
	const locators = {};
	for (const resource of d.resources) {
		if (!resource.operations.some((/** @type {Json} */ o) => o.name === 'getAll')) continue;
		locators[locatorMethod(resource)] = {
			operation: `${resource.name}.getAll`,
			idField: resource.idField,
			labelField: resource.labelField ?? resource.idField,
			statusField: d.trigger?.resource === resource.name ? d.trigger.statusField : undefined,
		};
	}
	return Object.keys(locators).length ? locators : undefined;
}

/** @param {Json} d */
function triggerTable(d) {
	const t = d.trigger;
	const resource = d.resources.find((/** @type {Json} */ r) => r.name === t.resource);
	if (t.strategy === 'updatedSince') {
		return {
			resource: t.resource,
			list: `${t.resource}.${t.list}`,
			strategy: t.strategy,
			idField: resource.idField,
			statusField: t.statusField,
			statuses: t.statuses.map((/** @type {Json} */ s) => ({ value: s.value, name: s.name })),
			terminalStatuses: t.terminalStatuses,
			openHorizonHours: t.openHorizonHours,
			updated: t.updated,
			linkFilter: t.linkFilter ? { param: t.linkFilter.param } : undefined,
		};
	}
	return {
		resource: t.resource,
		list: `${t.resource}.${t.list}`,
		get: t.get ? `${t.resource}.${t.get}` : undefined,
		strategy: t.strategy,
		order: t.order,
		idField: resource.idField,
		statusField: t.statusField,
		statusFilterParam: t.statusFilterParam,
		statuses: t.statuses.map((/** @type {Json} */ s) => ({ value: s.value, name: s.name, field: s.field })),
		terminalStatuses: t.terminalStatuses,
		openHorizonHours: t.openHorizonHours,
	};
}

/** @param {Json} d */
function triggerProperties(d) {
	const t = d.trigger;
	const title = d.resources.find((/** @type {Json} */ r) => r.name === t.resource).displayName;
	const noun = title.toLowerCase();
	if (t.strategy === 'updatedSince') return [...authenticationProperty(d), ...updatedTriggerProperties(t, noun), triggerOptions(d)];
	/** @type {Json[]} */
	const props = [
		{
			displayName: 'Event',
			name: 'event',
			type: 'options',
			options: [
				{ name: `${title} Created`, value: 'created', description: `A new ${noun} appears` },
				{ name: 'Status Changed', value: 'statusChanged', description: `A ${noun} reaches one of the chosen statuses` },
			],
			default: 'statusChanged',
		},
		statusesProperty(t, 'Fire when a session changes to one of these statuses', { show: { event: ['statusChanged'] } }),
	];
	if (t.order.kind === 'number') {
		props.push({
			displayName: 'Start After ID',
			name: 'startAfterId',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 0 },
			default: 0,
			description: `On the first poll, every ${noun} with a higher ID counts as new. 0 starts from now: the first poll only records what exists.`,
		});
	} else {
		props.push({
			displayName: 'Start From',
			name: 'startFrom',
			type: 'dateTime',
			default: '',
			description: `On the first poll, every ${noun} created after this time counts as new. Empty starts from now: the first poll only records what exists.`,
		});
	}
	props.push(triggerOptions(d));
	return props;
}

/**
 * The multi-select of watched statuses both trigger strategies offer.
 * @param {Json} t
 * @param {string} description
 * @param {Json} [displayOptions]
 */
function statusesProperty(t, description, displayOptions) {
	return {
		displayName: 'Statuses',
		name: 'statuses',
		type: 'multiOptions',
		required: true,
		options: [...t.statuses]
			.sort((a, b) => a.name.localeCompare(b.name, 'en'))
			.map((/** @type {Json} */ s) => ({ name: s.name, value: s.value, description: normaliseDescription(s.description) })),
		default: [],
		displayOptions,
		description,
	};
}

/**
 * The Options collection of every trigger: the client-side rate limit, as on the action node.
 * @param {Json} d
 */
function triggerOptions(d) {
	const rateOption = runOptions(d, { idempotent: true }).find((o) => o.name === 'requestsPerSecond');
	return { displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: [rateOption] };
}

/**
 * Parameters of an updatedSince trigger: the statuses to fire on and, where the list can be
 * filtered by a parent, the parent ids to limit the watch to. The first poll always starts from now.
 * @param {Json} t
 * @param {string} noun
 */
function updatedTriggerProperties(t, noun) {
	/** @type {Json[]} */
	const props = [
		statusesProperty(t, `Fire when ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun} changes to one of these statuses. The first poll only records what exists.`),
	];
	if (t.linkFilter) {
		props.push({
			displayName: t.linkFilter.displayName,
			name: 'linkIds',
			type: 'string',
			default: '',
			placeholder: 'first, second',
			description: normaliseDescription(t.linkFilter.description),
		});
	}
	return props;
}

/**
 * The "Authentication" choice of a provider with several credentials; the runtime's connect()
 * picks the credential named by its value.
 * @param {Json} d
 */
function authenticationProperty(d) {
	if (d.credentials.length < 2) return [];
	return [
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: d.credentials.map((/** @type {Json} */ c) => ({ name: c.displayName, value: c.name })),
			default: d.credentials[0].name,
		},
	];
}

/*
 * Ajv's standalone output imports small helpers from its own package. The package must have no
 * runtime dependencies, so each helper it uses is replaced by a local equivalent.
 */
const RUNTIME_SUBSTITUTES = {
	// String length in code points, as JSON Schema counts it (a surrogate pair is one character).
	'require("ajv/dist/runtime/ucs2length").default': '(function (s) { let n = 0; for (const _ of s) n++; return n; })',
};

/**
 * Ajv compiles each operation's effective body and query schema; the standalone output needs no
 * package at run time (checked below), which keeps the package Cloud-verifiable.
 * @param {Json} d
 * @param {Record<string, Json>} schemas
 * @param {Json[]} ops
 */
function compileValidators(d, schemas, ops) {
	const ajv = createAjv();
	for (const schema of Object.values(schemas)) ajv.addSchema(schema);
	/** @type {Record<string, string>} */
	const exports = {};
	for (const entry of ops) {
		const { op, spec } = entry;
		if (op.body) {
			const id = `${d.id}/${spec.body.validator}.json`;
			/** @type {Json} */
			const effective = { $id: id, type: 'object', allOf: [{ $ref: op.body.schema }] };
			const required = op.body.required ?? [];
			if (required.length) effective.required = required;
			if (op.body.minProperties) effective.minProperties = op.body.minProperties;
			ajv.addSchema(effective);
			exports[spec.body.validator] = id;
		}
		if (op.query) {
			const id = `${d.id}/${spec.query.validator}.json`;
			ajv.addSchema({ $id: id, allOf: [{ $ref: op.query.schema }] });
			exports[spec.query.validator] = id;
		}
	}
	const names = Object.keys(exports).sort();
	if (!names.length) return { code: '"use strict";\n', names };
	let code = standaloneCode(ajv, exports);
	for (const [call, local] of Object.entries(RUNTIME_SUBSTITUTES)) code = code.split(call).join(local);
	if (/require\(/.test(code)) throw new Error(`${d.id}: compiled validators need a runtime package; avoid the schema keyword that causes it`);
	return { code: `${code}\n`, names };
}

/**
 * @param {Json} d
 * @param {Record<string, Json>} schemas
 * @param {string} source
 */
async function buildTypes(d, schemas, source) {
	const files = Object.keys(schemas).sort();
	// One synthetic root so that each named schema becomes one exported type, declared once.
	/** @type {Json} */
	const root = {
		title: `${d.node.className}Schemas`,
		type: 'object',
		additionalProperties: false,
		properties: Object.fromEntries(files.map((f) => [f.replace('.schema.json', ''), { $ref: f }])),
	};
	// Property titles are UI labels; left in, every titled property would become its own type alias.
	/** @type {(s: any, top: boolean) => any} */
	const untitle = (s, top) => {
		if (Array.isArray(s)) return s.map((x) => untitle(x, false));
		if (!s || typeof s !== 'object') return s;
		const out = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === 'enum' || k === 'required' ? v : untitle(v, false)]));
		if (!top) delete out.title;
		return out;
	};
	const stripped = Object.fromEntries(files.map((f) => [f, untitle({ ...schemas[f], $id: undefined }, true)]));
	const code = await compileTypes(root, root.title, {
		bannerComment: '',
		ignoreMinAndMaxItems: true,
		declareExternallyReferenced: true,
		format: false,
		strictIndexSignatures: true,
		$refOptions: {
			resolve: {
				file: false,
				http: false,
				local: {
					order: 1,
					canRead: true,
					read: (/** @type {{ url: string }} */ file) => {
						const name = file.url.split('/').pop() ?? '';
						if (!stripped[name]) throw new Error(`${d.id}: unknown schema file ${name}`);
						return JSON.stringify(stripped[name]);
					},
				},
			},
		},
	});
	return `${banner(source)}/* Request and response types of ${d.displayName}, from the JSON Schemas in schemas/${d.id}/. */\n\n${code.trim()}\n`;
}

/** @param {Json} c */
function credentialRef(c) {
	const override = c.fields.find((/** @type {Json} */ f) => f.baseUrlOverride)?.name;
	return {
		name: c.name,
		baseUrl: { selector: c.baseUrl.selector, values: c.baseUrl.values, override },
		secrets: c.fields.filter((/** @type {Json} */ f) => f.secret).map((/** @type {Json} */ f) => f.name),
		auth: authSpec(c),
		sign: c.auth.type === 'function' ? raw(c.auth.function) : undefined,
		test: { method: c.test.method, path: c.test.path, qs: c.test.qs },
	};
}

/**
 * The table a credential's `authenticate` is built from (see templateAuthentication); the
 * runtime reads the same table for the Test button and for redaction.
 * @param {Json} c
 */
function authSpec(c) {
	/** @type {Json} */
	const spec = {};
	if (c.auth.type === 'basic') spec.basic = { username: c.auth.username, password: c.auth.password };
	const headers = [
		...(c.auth.type === 'header' ? [{ name: c.auth.header, value: c.auth.value }] : []),
		...(c.headers ?? []).map((/** @type {Json} */ h) => ({ name: h.name, value: h.value, when: h.when, otherwise: h.otherwise })),
	];
	if (headers.length) spec.headers = headers;
	// Fields the host is built from: the credential refuses anything in them but a host name part.
	const hostFields = [...new Set(Object.values(c.baseUrl.values).flatMap((/** @type {string} */ t) => [...t.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1])))];
	if (hostFields.length) spec.hostFields = hostFields;
	return spec;
}

/**
 * The `testedBy` name under which a node offers the credential test of credential `c`.
 * @param {Json} c
 */
function credentialTestName(c) {
	return `${c.name}Test`;
}

/**
 * The node's credential entries, each tested by the node's own credential test.
 * @param {Json} d
 */
function nodeCredentials(d) {
	return d.credentials.map((/** @type {Json} */ c) => ({
		name: c.name,
		required: true,
		testedBy: credentialTestName(c),
		displayOptions: d.credentials.length > 1 ? { show: { authentication: [c.name] } } : undefined,
	}));
}

/**
 * The `credentialTest` methods of a node: one runtime function per credential.
 * @param {Json} d
 */
function credentialTestMethods(d) {
	return `\t\tcredentialTest: {\n${d.credentials.map((/** @type {Json} */ c) => `\t\t\t${credentialTestName(c)}: credentialTest(provider, ${lit(c.name)}),`).join('\n')}\n\t\t},\n`;
}

/**
 * @param {Json} d
 * @param {Json} c
 * @param {string} source
 */
function credentialClass(d, c, source) {
	const properties = c.fields.map((/** @type {Json} */ f) => {
		/** @type {Json} */
		const p = { displayName: f.displayName, name: f.name, type: f.type, default: f.default };
		if (f.required) p.required = true;
		if (f.placeholder) p.placeholder = f.placeholder;
		if (f.options) p.options = f.options;
		/** @type {Json} */
		const typeOptions = {};
		if (f.secret) typeOptions.password = true;
		if (f.multiline) typeOptions.rows = 4;
		if (Object.keys(typeOptions).length) p.typeOptions = typeOptions;
		if (f.description) p.description = normaliseDescription(f.description);
		return p;
	});
	// The credential's authenticate is a runtime function built from this table (see templateAuthentication).
	const spec = authSpec(c);
	const runtime = ['templateAuthentication', ...(c.auth.type === 'function' ? [c.auth.function] : [])];
	// No declarative `test`: n8n would prefer it to the nodes' credential test (see credential-test.ts).
	const imports = ['ICredentialType', 'INodeProperties', 'Icon'];
	const extraImport = `import { ${runtime.sort().join(', ')} } from '../nodes/shared/auth';\n`;
	const authenticate = `templateAuthentication(${lit(spec, 1)}${c.auth.type === 'function' ? `, ${c.auth.function}` : ''})`;
	return `${banner(source)}import type { ${imports.sort().join(', ')} } from 'n8n-workflow';
${extraImport}
/** ${c.displayName}: how n8n authenticates requests to ${d.displayName}. */
export class ${c.className} implements ICredentialType {
	name = ${lit(c.name)};

	displayName = ${lit(c.displayName)};

	icon: Icon = ${lit({ light: `file:../nodes/${d.node.className}/${d.icon}.svg`, dark: `file:../nodes/${d.node.className}/${d.icon}.dark.svg` }, 1)};

	documentationUrl = ${lit(c.documentationUrl)};

	properties: INodeProperties[] = ${lit(properties, 1)};

	authenticate = ${authenticate};
}
`;
}

/**
 * @param {Json} d
 * @param {string} source
 * @param {Json | undefined} locators
 */
function nodeClass(d, source, locators) {
	const description = {
		displayName: d.node.displayName,
		name: d.node.name,
		icon: { light: `file:${d.icon}.svg`, dark: `file:${d.icon}.dark.svg` },
		group: ['transform'],
		version: 1,
		subtitle: d.node.subtitle ?? '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: normaliseDescription(d.description),
		defaults: { name: d.node.displayName },
		usableAsTool: true,
		inputs: [raw('NodeConnectionTypes.Main')],
		outputs: [raw('NodeConnectionTypes.Main')],
		credentials: nodeCredentials(d),
		properties: raw('properties'),
	};
	const listSearch = locators
		? `\t\tlistSearch: {\n${Object.keys(locators).map((m) => `\t\t\t${m}: listSearch(provider, ${lit(m)}),`).join('\n')}\n\t\t},\n`
		: '';
	const methods = `\n\tmethods = {\n${credentialTestMethods(d)}${listSearch}\t};\n`;
	return `${banner(source)}import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { credentialTest } from '../shared/credential-test';
import { executeOperations${locators ? ', listSearch' : ''} } from '../shared/execute';
import { provider } from './generated/provider';
import { properties } from './generated/properties';

/** ${d.node.displayName}: every operation is a row of the generated table, run by the shared runtime. */
export class ${d.node.className} implements INodeType {
	description: INodeTypeDescription = ${lit(description, 1)};
${methods}
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, provider);
	}
}
`;
}

/**
 * @param {Json} d
 * @param {string} source
 */
function triggerClass(d, source) {
	const t = d.trigger;
	const description = {
		displayName: t.displayName,
		name: t.name,
		icon: { light: `file:${d.icon}.svg`, dark: `file:${d.icon}.dark.svg` },
		group: ['trigger'],
		version: 1,
		subtitle: t.strategy === 'updatedSince' ? '={{$parameter["statuses"].join(", ")}}' : '={{$parameter["event"]}}',
		description: normaliseDescription(t.description),
		defaults: { name: t.displayName },
		polling: true,
		inputs: [],
		outputs: [raw('NodeConnectionTypes.Main')],
		credentials: nodeCredentials(d),
		properties: raw('triggerProperties'),
	};
	return `${banner(source)}import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { credentialTest } from '../shared/credential-test';
import { pollSessions } from '../shared/poll';
import { provider } from './generated/provider';
import { triggerProperties } from './generated/triggerProperties';

/** ${t.displayName}: polls the API and emits each event once; the state machine is in the shared runtime. */
export class ${t.className} implements INodeType {
	description: INodeTypeDescription = ${lit(description, 1)};

	methods = {
${credentialTestMethods(d)}	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollSessions.call(this, provider);
	}
}
`;
}

/**
 * @param {Json} d
 * @param {string} nodeName
 */
function codex(d, nodeName) {
	const categories = d.node.codexCategories ?? ['Finance & Accounting'];
	return `${JSON.stringify(
		{
			node: `n8n-nodes-payment-sessions.${nodeName}`,
			nodeVersion: '1.0',
			codexVersion: '1.0',
			categories,
			subcategories: d.node.codexSubcategories,
			resources: {
				credentialDocumentation: d.credentials.map((/** @type {Json} */ c) => ({ url: c.documentationUrl })),
				primaryDocumentation: [{ url: d.documentationUrl }],
			},
		},
		null,
		2,
	)}\n`;
}
