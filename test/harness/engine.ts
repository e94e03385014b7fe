/*
 * Test harness that runs nodes and polling triggers through n8n's real engine (n8n-core 2.41 /
 * n8n-workflow 2.41): a real `Workflow`, `WorkflowExecute`, `ExecuteContext`, `PollContext`,
 * `PollTriggerExecutor`, `RoutingNode` and n8n-core's outbound HTTP client (axios). Only the parts
 * an n8n server provides from its database are supplied here: node types, credentials (an
 * `ICredentialsHelper`), instance settings and a logger.
 */
import {
	CredentialTestContext,
	ExecuteContext,
	ExecutionLifecycleHooks,
	ExternalSecretsProxy,
	InstanceSettings,
	PollContext,
	PollTriggerExecutor,
	RoutingNode,
	WorkflowExecute,
	getAdditionalKeys,
} from 'n8n-core';
import type {
	ExecutionError,
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialType,
	ICredentials,
	ICredentialsDecrypted,
	ICredentialsExpressionResolveValues,
	IDataObject,
	IExecuteData,
	IHttpRequestOptions,
	INode,
	INodeCredentialTestResult,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	INodeType,
	INodeTypes,
	IPollFunctions,
	IRequestOptionsSimplified,
	IRun,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowSettings,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import {
	ApplicationError,
	ExecutionCancelledError,
	ExpressionError,
	ICredentialsHelper,
	LoggerProxy,
	NodeApiError,
	NodeHelpers,
	NodeOperationError,
	NodeSslError,
	OperationalError,
	UnexpectedError,
	UserError,
	Workflow,
	WorkflowActivationError,
	WorkflowOperationError,
	createRunExecutionData,
	deepCopy,
	isExpression,
} from 'n8n-workflow';

import { loadFromN8nCore, unusedN8nFolder } from './n8n-internals.cjs';

// ---------------------------------------------------------------------------------------------
// One-time engine setup
// ---------------------------------------------------------------------------------------------

type ServiceKey<T> = abstract new (...args: never[]) => T;

/** The subset of `@n8n/di`'s container the harness needs. */
interface DiContainer {
	get<T>(type: ServiceKey<T>): T;
	set<T>(type: ServiceKey<T>, instance: T): void;
}

/** One line n8n-core (or a node through `this.logger`) logged while the harness ran it. */
export interface EngineLogEntry {
	level: 'error' | 'warn' | 'info' | 'debug';
	message: string;
	metadata?: unknown;
}

const ENGINE_LOG_LIMIT = 1000;
const engineLog: EngineLogEntry[] = [];

function record(level: EngineLogEntry['level'], message: string, metadata?: unknown): void {
	engineLog.push({ level, message, metadata });
	// Bounded so long suites do not accumulate every debug line ever logged.
	if (engineLog.length > ENGINE_LOG_LIMIT) engineLog.splice(0, engineLog.length - ENGINE_LOG_LIMIT);
}

const recordingLogger = {
	error: (message: string, metadata?: unknown) => record('error', message, metadata),
	warn: (message: string, metadata?: unknown) => record('warn', message, metadata),
	info: (message: string, metadata?: unknown) => record('info', message, metadata),
	debug: (message: string, metadata?: unknown) => record('debug', message, metadata),
	scoped() {
		return recordingLogger;
	},
};

/** Returns what the engine logged since the last clear (most recent last, at most 1000 entries). */
export function getEngineLog(): readonly EngineLogEntry[] {
	return engineLog;
}

/** Forgets everything the engine logged so far. */
export function clearEngineLog(): void {
	engineLog.length = 0;
}

function setUpEngine(): DiContainer {
	const { Container } = loadFromN8nCore('@n8n/di') as { Container: DiContainer };
	const { Logger } = loadFromN8nCore('@n8n/backend-common') as { Logger: ServiceKey<unknown> };

	// Every node context asks the container for InstanceSettings. The real class reads (and on
	// first use creates) `~/.n8n/config` with a fresh encryption key, so the harness registers an
	// in-memory instance instead. `fsStorageMigrated` keeps StorageConfig (pulled in through
	// BinaryDataConfig when node output is processed) from probing the disk.
	const instanceSettings: InstanceSettings = Object.assign(
		Object.create(InstanceSettings.prototype) as InstanceSettings,
		{
			n8nFolder: unusedN8nFolder,
			staticCacheDir: unusedN8nFolder,
			customExtensionDir: unusedN8nFolder,
			nodesDownloadDir: unusedN8nFolder,
			instanceId: 'engine-harness',
			hmacSignatureSecret: 'engine-harness-hmac',
			instanceType: 'main',
			instanceRole: 'unset',
			settings: { encryptionKey: 'engine-harness-encryption', fsStorageMigrated: true },
		},
	);
	Container.set(InstanceSettings, instanceSettings);

	// The default Logger builds the whole GlobalConfig from the environment and writes every
	// node error to the console; a recording logger keeps test output clean and lets tests
	// assert that secrets never reach the logs.
	Container.set(Logger, recordingLogger);
	LoggerProxy.init(recordingLogger);
	return Container;
}

const container = setUpEngine();

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

/** Credentials to attach to the node under test. */
export interface CredentialFixture {
	/** Credential type name; defaults to `credentialType.name`. */
	type?: string;
	/** The stored (decrypted) credential data, before n8n adds defaults. */
	data: ICredentialDataDecryptedObject;
	credentialType: ICredentialType;
}

/** What to run through {@link runNode}. */
export interface RunNodeOptions {
	node: INodeType | IVersionedNodeType;
	/** Node type name used in the workflow, e.g. `n8n-nodes-payment-sessions.stripe`. */
	typeName: string;
	parameters: INodeParameters;
	credentials?: CredentialFixture | CredentialFixture[];
	/** Items the start node passes to the node under test; defaults to one empty item. */
	items?: INodeExecutionData[];
	/** Shorthand for `onError: 'continueRegularOutput'` ("Continue" in the node settings). */
	continueOnFail?: boolean;
	onError?: INode['onError'];
	/** Defaults to the highest version the node declares. */
	typeVersion?: number;
	/** Defaults to the node's default name. */
	nodeName?: string;
	/** Execution mode; `manual` is what the editor uses, `trigger`/`webhook` are production. */
	mode?: WorkflowExecuteMode;
	/** The workflow's settings besides the execution order, e.g. its `executionTimeout` in seconds. */
	workflowSettings?: IWorkflowSettings;
	/** Cancels the execution when it resolves, as the editor's stop button or n8n's timeout does. */
	cancelWhen?: Promise<unknown>;
}

/** Error recorded by the engine, with its class restored (the engine stores errors as plain objects). */
export type NodeRunError = Error & {
	description?: string | null;
	context?: IDataObject & { itemIndex?: number; runIndex?: number };
	httpCode?: string | null;
	node?: INode;
	level?: string;
};

/** Outcome of {@link runNode}. */
export interface RunNodeResult {
	/** Items on the node's first output (empty when the run failed). */
	items: INodeExecutionData[];
	/** All outputs of the node, e.g. `[success, error]` with `onError: 'continueErrorOutput'`. */
	outputs: INodeExecutionData[][];
	/** The node error when the execution failed. */
	error?: NodeRunError;
	/** The complete engine result, for assertions on run data, status or timings. */
	run: IRun;
}

/** What to run through {@link runPoll}. */
export interface RunPollOptions {
	node: INodeType | IVersionedNodeType;
	typeName: string;
	parameters: INodeParameters;
	credentials?: CredentialFixture | CredentialFixture[];
	/**
	 * The node's static data. In `trigger` mode the node mutates this very object, like n8n's
	 * in-memory copy of an active workflow; pass it again to continue, or a JSON round-trip copy
	 * to simulate what survived a restart. Defaults to `{}`.
	 */
	staticData?: IDataObject;
	/** `trigger` = a scheduled poll of an active workflow (default); `manual` = "Fetch test event". */
	mode?: 'trigger' | 'manual';
	/** Activation reason in `trigger` mode; defaults to `activate`. */
	activation?: WorkflowActivateMode;
	typeVersion?: number;
	nodeName?: string;
}

/** Outcome of {@link runPoll}. */
export interface RunPollResult {
	/** Items the poll emitted on its first output, or `null` when it returned nothing new. */
	items: INodeExecutionData[] | null;
	/**
	 * The static data after the poll. In `trigger` mode the object that was passed in; in
	 * `manual` mode a scratch copy, because n8n does not persist static data of manual runs.
	 */
	staticData: IDataObject;
	/** Whether the poll changed its static data (compared as JSON). */
	staticDataChanged: boolean;
}

// ---------------------------------------------------------------------------------------------
// Node types and credentials, as an n8n instance would provide them
// ---------------------------------------------------------------------------------------------

class HarnessNodeTypes implements INodeTypes {
	constructor(private readonly types: Record<string, INodeType | IVersionedNodeType>) {}

	getByName(nodeType: string): INodeType | IVersionedNodeType {
		return this.lookup(nodeType);
	}

	getByNameAndVersion(nodeType: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.lookup(nodeType), version);
	}

	getKnownTypes(): IDataObject {
		return {};
	}

	private lookup(nodeType: string): INodeType | IVersionedNodeType {
		const type = this.types[nodeType];
		if (type === undefined) {
			throw new UnexpectedError(`The harness has no node type "${nodeType}"`);
		}
		return type;
	}
}

interface StoredCredential {
	credentialType: ICredentialType;
	data: ICredentialDataDecryptedObject;
}

function toCredentialList(credentials?: CredentialFixture | CredentialFixture[]): CredentialFixture[] {
	if (credentials === undefined) return [];
	return Array.isArray(credentials) ? credentials : [credentials];
}

function credentialTypeName(fixture: CredentialFixture): string {
	return fixture.type ?? fixture.credentialType.name;
}

// Node type for the throwaway workflows used to resolve expressions outside an execution,
// mirroring the mock node n8n's own credentials helper uses for the same purpose.
const EXPRESSION_NODE_TYPE = 'harness.expressionScope';
const expressionNodeTypes = new HarnessNodeTypes({
	[EXPRESSION_NODE_TYPE]: {
		description: {
			displayName: 'Expression scope',
			name: EXPRESSION_NODE_TYPE,
			group: ['transform'],
			version: 1,
			description: '',
			defaults: { name: 'Expression scope' },
			inputs: [],
			outputs: [],
			properties: [],
		},
	},
});

function expressionScope(): { workflow: Workflow; node: INode } {
	const node: INode = {
		id: 'expression-scope',
		name: 'Expression scope',
		type: EXPRESSION_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: expressionNodeTypes,
	});
	return { workflow, node };
}

/**
 * The credential store n8n's server normally provides: returns credential data with defaults
 * applied and expressions resolved, and applies each credential type's `authenticate`.
 */
class HarnessCredentialsHelper extends ICredentialsHelper {
	private readonly store = new Map<string, StoredCredential>();

	constructor(fixtures: CredentialFixture[]) {
		super();
		for (const fixture of fixtures) {
			this.store.set(credentialTypeName(fixture), {
				credentialType: fixture.credentialType,
				// Copied so nodes (or token refreshes) can never mutate the caller's fixture.
				data: deepCopy(fixture.data),
			});
		}
	}

	getParentTypes(name: string): string[] {
		const parents: string[] = [];
		for (const parent of this.store.get(name)?.credentialType.extends ?? []) {
			parents.push(parent, ...this.getParentTypes(parent));
		}
		return parents;
	}

	// Only credential types with `restrictToSupportedNodes` can refuse a node; none here do.
	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = this.entry(typeName).credentialType;
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions as IHttpRequestOptions);
		}
		if (authenticate?.type === 'generic') {
			const scope = workflow && node ? { workflow, node } : expressionScope();
			applyGenericAuthentication(authenticate, credentials, requestOptions, scope);
		}
		return requestOptions as IHttpRequestOptions;
	}

	// No credential type in this package refreshes tokens through `preAuthentication`, so there
	// is never anything to merge into the credentials before a request.
	async preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(_nodeCredentials: INodeCredentialsDetails, type: string): Promise<ICredentials> {
		throw new UnexpectedError(
			`The harness keeps credentials decrypted; encrypted access to "${type}" is not simulated`,
		);
	}

	async getDecrypted(
		additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		mode: WorkflowExecuteMode,
		executeData?: IExecuteData,
		raw?: boolean,
		expressionResolveValues?: ICredentialsExpressionResolveValues,
	): Promise<ICredentialDataDecryptedObject> {
		const stored = deepCopy(this.entry(type).data);
		if (raw === true) return stored;
		return this.withDefaultsAndExpressions(stored, type, additionalData, mode, executeData, expressionResolveValues);
	}

	/** Applies property defaults and resolves expressions, like n8n's `applyDefaultsAndOverwrites`. */
	withDefaultsAndExpressions(
		data: ICredentialDataDecryptedObject,
		type: string,
		additionalData: IWorkflowExecuteAdditionalData,
		mode: WorkflowExecuteMode,
		executeData?: IExecuteData,
		expressionResolveValues?: ICredentialsExpressionResolveValues,
	): ICredentialDataDecryptedObject {
		const withDefaults = (NodeHelpers.getNodeParameters(
			this.getCredentialsProperties(type),
			data as INodeParameters,
			true,
			false,
			null,
			null,
		) ?? {}) as ICredentialDataDecryptedObject;
		if (!Object.values(withDefaults).some((value) => isExpression(value))) return withDefaults;

		const additionalKeys = getAdditionalKeys(additionalData, mode, null, { isCredential: true });
		if (expressionResolveValues) {
			const { workflow, runExecutionData, runIndex, itemIndex, node, connectionInputData } =
				expressionResolveValues;
			return workflow.expression.getParameterValue(
				withDefaults as INodeParameters,
				runExecutionData,
				runIndex,
				itemIndex,
				node.name,
				connectionInputData,
				mode,
				additionalKeys,
				executeData,
				false,
				withDefaults,
			) as ICredentialDataDecryptedObject;
		}
		const scope = expressionScope();
		return scope.workflow.expression.getComplexParameterValue(
			scope.node,
			withDefaults as INodeParameters,
			mode,
			additionalKeys,
			undefined,
			undefined,
			withDefaults,
		) as ICredentialDataDecryptedObject;
	}

	// Token refreshes write back here, so a later getDecrypted sees them as n8n's database would.
	async updateCredentials(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.entry(type).data = deepCopy(data);
	}

	async updateCredentialsOauthTokenData(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.entry(type).data = { ...this.entry(type).data, oauthTokenData: deepCopy(data.oauthTokenData) };
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		const { credentialType } = this.entry(type);
		const merged: INodeProperties[] = [];
		for (const parent of credentialType.extends ?? []) {
			if (this.store.has(parent)) NodeHelpers.mergeNodeProperties(merged, this.getCredentialsProperties(parent));
		}
		NodeHelpers.mergeNodeProperties(merged, credentialType.properties);
		return merged;
	}

	private entry(type: string): StoredCredential {
		const entry = this.store.get(type);
		if (entry === undefined) {
			throw new UnexpectedError(`No credentials of type "${type}" were given to the harness`);
		}
		return entry;
	}
}

// Same rules as n8n's server: every key and value of every section (headers, qs, body, auth) may
// be an expression over `$credentials`. Resolved values are stringified and falsy results become
// '' (n8n's quirk, kept so tests see what production sends); literal values pass through as-is.
function applyGenericAuthentication(
	authenticate: IAuthenticateGeneric,
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
	scope: { workflow: Workflow; node: INode },
): void {
	const resolve = (value: unknown): unknown => {
		if (!isExpression(value)) return value;
		const resolved = scope.workflow.expression.getSimpleParameterValue(
			scope.node,
			value,
			'internal',
			{ $credentials: credentials },
			undefined,
			'',
		);
		return resolved ? String(resolved) : '';
	};

	const target = requestOptions as unknown as Record<string, Record<string, unknown> | undefined>;
	requestOptions.headers ??= {};
	for (const [section, entries] of Object.entries(authenticate.properties)) {
		if (typeof entries !== 'object' || entries === null) continue;
		const resolvedSection = (target[section] ??= {});
		for (const [key, value] of Object.entries(entries as Record<string, unknown>)) {
			resolvedSection[String(resolve(key))] = resolve(value);
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Shared plumbing
// ---------------------------------------------------------------------------------------------

let executionCounter = 0;

function notSimulated(feature: string): () => never {
	return () => {
		throw new UnexpectedError(`${feature} is not available in the engine harness`);
	};
}

function workflowRecord(workflow: Workflow, nodes: INode[]): IWorkflowBase {
	const now = new Date();
	return {
		id: workflow.id,
		name: workflow.name ?? 'Harness workflow',
		active: workflow.active,
		isArchived: false,
		createdAt: now,
		updatedAt: now,
		activeVersionId: null,
		nodes,
		connections: workflow.connectionsBySourceNode,
		settings: {},
	};
}

function buildAdditionalData(
	credentialsHelper: HarnessCredentialsHelper,
	options: { executionId?: string; hooks?: ExecutionLifecycleHooks; workflowId: string },
): IWorkflowExecuteAdditionalData {
	// Resume/webhook URLs must be absolute: n8n-core parses them with `new URL` for `$execution`.
	const base = 'http://127.0.0.1:5678';
	return {
		credentialsHelper,
		hooks: options.hooks,
		executionId: options.executionId,
		workflowId: options.workflowId,
		restApiUrl: `${base}/rest`,
		instanceBaseUrl: `${base}/`,
		formBaseUrl: `${base}/form`,
		formWaitingBaseUrl: `${base}/form-waiting`,
		formTestBaseUrl: `${base}/form-test`,
		webhookBaseUrl: `${base}/webhook`,
		webhookWaitingBaseUrl: `${base}/webhook-waiting`,
		webhookTestBaseUrl: `${base}/webhook-test`,
		mcpBaseUrl: `${base}/mcp`,
		mcpTestBaseUrl: `${base}/mcp-test`,
		variables: {},
		currentNodeExecutionIndex: 0,
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		// No external secrets manager is attached, so `$secrets` resolves nothing, as on an
		// instance without the feature.
		externalSecretsProxy: new ExternalSecretsProxy(),
		executeWorkflow: notSimulated('Executing sub-workflows'),
		getRunExecutionData: notSimulated('Loading other executions'),
		getRuntimeCredential: notSimulated('Runtime credentials'),
		logAiEvent: () => {},
		startRunnerTask: notSimulated('Task runners'),
	};
}

function nodeDescriptionOf(type: INodeType | IVersionedNodeType, version?: number): INodeType['description'] {
	return NodeHelpers.getVersionedNodeType(type, version).description;
}

function defaultVersion(type: INodeType | IVersionedNodeType): number {
	if ('nodeVersions' in type) return type.currentVersion;
	const { version } = type.description;
	return Array.isArray(version) ? Math.max(...version) : version;
}

function nodeCredentials(fixtures: CredentialFixture[]): INode['credentials'] {
	if (fixtures.length === 0) return undefined;
	const credentials: NonNullable<INode['credentials']> = {};
	fixtures.forEach((fixture, index) => {
		credentials[credentialTypeName(fixture)] = { id: `harness-credential-${index + 1}`, name: 'Harness credential' };
	});
	return credentials;
}

const errorClasses: Record<string, { prototype: object }> = {
	NodeApiError,
	NodeOperationError,
	NodeSslError,
	ExpressionError,
	WorkflowOperationError,
	WorkflowActivationError,
	ExecutionCancelledError,
	UnexpectedError,
	UserError,
	OperationalError,
	ApplicationError,
};

// The engine keeps `{ ...error, message, stack }` in its run data; restoring the prototype makes
// `instanceof NodeApiError` and friends work again without changing any recorded field.
function restoreErrorClass(recorded: ExecutionError | undefined): NodeRunError | undefined {
	if (recorded === undefined) return undefined;
	if (recorded instanceof Error) return recorded as NodeRunError;
	const copy: object = { ...(recorded as object) };
	const name = (copy as { name?: unknown }).name;
	const errorClass = typeof name === 'string' ? errorClasses[name] : undefined;
	return Object.setPrototypeOf(copy, (errorClass ?? Error).prototype) as NodeRunError;
}

function staticDataKey(nodeName: string): string {
	return `node:${nodeName}`;
}

// ---------------------------------------------------------------------------------------------
// runNode
// ---------------------------------------------------------------------------------------------

const START_NODE_TYPE = 'harness.start';
const START_NODE_NAME = 'Harness Start';

function startNodeType(items: INodeExecutionData[]): INodeType {
	return {
		description: {
			displayName: 'Harness start',
			name: START_NODE_TYPE,
			group: ['input'],
			version: 1,
			description: 'Emits the items given to the harness',
			defaults: { name: START_NODE_NAME },
			inputs: ['main'],
			outputs: ['main'],
			properties: [],
		},
		async execute() {
			return [deepCopy(items)];
		},
	};
}

/** Runs one node in a real n8n workflow (start node -> node under test) and returns its output. */
export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const fixtures = toCredentialList(options.credentials);
	const typeVersion = options.typeVersion ?? defaultVersion(options.node);
	const description = nodeDescriptionOf(options.node, typeVersion);
	const nodeName = options.nodeName ?? description.defaults.name ?? description.displayName;
	const mode = options.mode ?? 'manual';

	const startNode: INode = {
		id: 'harness-start',
		name: START_NODE_NAME,
		type: START_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const nodeUnderTest: INode = {
		id: 'harness-node',
		name: nodeName,
		type: options.typeName,
		typeVersion,
		position: [220, 0],
		parameters: deepCopy(options.parameters),
		credentials: nodeCredentials(fixtures),
		onError: options.onError ?? (options.continueOnFail ? 'continueRegularOutput' : undefined),
	};
	const nodes = [startNode, nodeUnderTest];
	const workflow = new Workflow({
		id: 'harness-workflow',
		name: 'Harness workflow',
		nodes,
		connections: { [START_NODE_NAME]: { main: [[{ node: nodeName, type: 'main', index: 0 }]] } },
		active: false,
		nodeTypes: new HarnessNodeTypes({
			[START_NODE_TYPE]: startNodeType(options.items ?? [{ json: {} }]),
			[options.typeName]: options.node,
		}),
		settings: { ...options.workflowSettings, executionOrder: 'v1' },
	});

	const executionId = `harness-${++executionCounter}`;
	const hooks = new ExecutionLifecycleHooks(mode, executionId, workflowRecord(workflow, nodes));
	const additionalData = buildAdditionalData(new HarnessCredentialsHelper(fixtures), {
		executionId,
		hooks,
		workflowId: workflow.id,
	});

	const running = new WorkflowExecute(additionalData, mode).run({ workflow, startNode });
	void options.cancelWhen?.then(() => running.cancel());
	const run = await running;

	const task = run.data.resultData.runData[nodeName]?.[0];
	const outputs = (task?.data?.main ?? []).map((output) => output ?? []);
	return {
		items: outputs[0] ?? [],
		outputs,
		error: restoreErrorClass(run.data.resultData.error),
		run,
	};
}

// ---------------------------------------------------------------------------------------------
// runPoll
// ---------------------------------------------------------------------------------------------

/** Runs one poll of a polling trigger the way n8n does for an active workflow or a test fetch. */
export async function runPoll(options: RunPollOptions): Promise<RunPollResult> {
	const fixtures = toCredentialList(options.credentials);
	const typeVersion = options.typeVersion ?? defaultVersion(options.node);
	const description = nodeDescriptionOf(options.node, typeVersion);
	const nodeName = options.nodeName ?? description.defaults.name ?? description.displayName;
	const mode = options.mode ?? 'trigger';
	const passedStaticData = options.staticData ?? {};
	// n8n discards static data changed by manual runs, so the node gets a scratch copy there.
	const staticData: IDataObject =
		mode === 'manual' ? (JSON.parse(JSON.stringify(passedStaticData)) as IDataObject) : passedStaticData;
	const before = JSON.stringify(staticData);

	const pollNode: INode = {
		id: 'harness-poll-node',
		name: nodeName,
		type: options.typeName,
		typeVersion,
		position: [0, 0],
		parameters: deepCopy(options.parameters),
		credentials: nodeCredentials(fixtures),
	};
	const workflow = new Workflow({
		id: 'harness-workflow',
		name: 'Harness workflow',
		nodes: [pollNode],
		connections: {},
		active: mode === 'trigger',
		nodeTypes: new HarnessNodeTypes({ [options.typeName]: options.node }),
		// n8n wraps this in its change-tracking proxy; the node's bucket stays the caller's object.
		staticData: { [staticDataKey(nodeName)]: staticData },
		settings: { executionOrder: 'v1' },
	});
	const credentialsHelper = new HarnessCredentialsHelper(fixtures);

	const items =
		mode === 'manual'
			? await pollManually(workflow, pollNode, credentialsHelper)
			: await pollAsActiveWorkflow(workflow, pollNode, credentialsHelper, options.activation ?? 'activate');

	return { items, staticData, staticDataChanged: JSON.stringify(staticData) !== before };
}

// The editor's "Fetch test event": a manual execution whose start node is the trigger;
// WorkflowExecute builds the PollContext (mode and activation 'manual') and calls poll().
async function pollManually(
	workflow: Workflow,
	pollNode: INode,
	credentialsHelper: HarnessCredentialsHelper,
): Promise<INodeExecutionData[] | null> {
	const executionId = `harness-${++executionCounter}`;
	const hooks = new ExecutionLifecycleHooks('manual', executionId, workflowRecord(workflow, [pollNode]));
	const additionalData = buildAdditionalData(credentialsHelper, { executionId, hooks, workflowId: workflow.id });
	const run = await new WorkflowExecute(additionalData, 'manual').run({ workflow, startNode: pollNode });
	const error = restoreErrorClass(run.data.resultData.error);
	if (error) throw error;
	return run.data.resultData.runData[pollNode.name]?.[0]?.data?.main?.[0] ?? null;
}

// A scheduled tick of an active workflow: n8n-core's PollTriggerExecutor runs the poll in its
// staging scope and hands a non-null result to `__emit` (which would start an execution) and
// errors to `__emitError` (which would record a failed execution). Both are captured here.
async function pollAsActiveWorkflow(
	workflow: Workflow,
	pollNode: INode,
	credentialsHelper: HarnessCredentialsHelper,
	activation: WorkflowActivateMode,
): Promise<INodeExecutionData[] | null> {
	// Like n8n's active-workflow base data: no execution exists until the poll emits.
	const additionalData = buildAdditionalData(credentialsHelper, { workflowId: workflow.id });
	let emitted: INodeExecutionData[][] | null = null;
	let pollError: Error | undefined;
	const emit: IPollFunctions['__emit'] = (data) => {
		emitted = data;
	};
	const emitError: IPollFunctions['__emitError'] = (error) => {
		pollError = error;
	};
	const context = new PollContext(workflow, pollNode, additionalData, 'trigger', activation, emit, emitError);
	const tick = container.get(PollTriggerExecutor).create(workflow, pollNode, context, () => true);
	await tick(false);
	if (pollError) throw pollError;
	return (emitted as INodeExecutionData[][] | null)?.[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// testCredential
// ---------------------------------------------------------------------------------------------

const CREDENTIAL_TEST_NODE_TYPE = 'harness.credentialTest';

interface HttpFailure {
	cause?: { response?: { status?: number; statusText?: string }; code?: string };
	message?: string;
}

function valueAtPath(data: unknown, path: string): unknown {
	return path
		.split(/[.[\]]/)
		.filter((segment) => segment !== '')
		.reduce<unknown>(
			(current, segment) =>
				typeof current === 'object' && current !== null ? (current as IDataObject)[segment] : undefined,
			data,
		);
}

/**
 * The credential test function a node offers for `credentialType` through `testedBy`, looked up
 * as n8n 2.41's CredentialsTester.getCredentialTestFunction does for a non-versioned node.
 */
function testedByFunction(credentialType: ICredentialType, nodes: INodeType[]) {
	for (const nodeType of nodes) {
		for (const { name, testedBy } of nodeType.description.credentials ?? []) {
			if (name !== credentialType.name || !testedBy) continue;
			if (typeof testedBy === 'string') return nodeType.methods?.credentialTest?.[testedBy];
		}
	}
	return undefined;
}

/**
 * Runs a credential's test the way n8n's credential tester does ("Test" button in the credential
 * modal). As in n8n 2.41's CredentialsTester: the credential type's own declarative `test` wins;
 * without one, the test function a node names in `testedBy` is called with defaults applied and
 * n8n-core's real CredentialTestContext as `this` (its `helpers.request` is n8n's legacy HTTP
 * client). A declarative test runs through n8n-core's RoutingNode, with `$credentials`
 * expressions resolved, `authenticate` applied, real HTTP, then the test's rules.
 */
export async function testCredential(
	credentialType: ICredentialType,
	data: ICredentialDataDecryptedObject,
	nodes: INodeType[] = [],
): Promise<INodeCredentialTestResult> {
	const test = credentialType.test;
	const testFunction = test === undefined ? testedByFunction(credentialType, nodes) : undefined;
	if (test === undefined && testFunction === undefined) {
		return { status: 'Error', message: 'No testing function found for this credential.' };
	}

	const fixture: CredentialFixture = { credentialType, data };
	const credentialsHelper = new HarnessCredentialsHelper([fixture]);
	const additionalData = buildAdditionalData(credentialsHelper, { workflowId: 'harness-credential-test' });
	let credentialsDecrypted: ICredentialsDecrypted;
	try {
		credentialsDecrypted = {
			id: 'harness-credential-1',
			name: 'Harness credential',
			type: credentialType.name,
			data: credentialsHelper.withDefaultsAndExpressions(deepCopy(data), credentialType.name, additionalData, 'internal'),
		};
	} catch (error) {
		return { status: 'Error', message: error instanceof Error ? error.message : String(error) };
	}

	if (test === undefined) {
		// n8n only redacts external-secret paths from the function's message; none are used here.
		if (testFunction === undefined) return { status: 'Error', message: 'No testing function found for this credential.' };
		return await testFunction.call(new CredentialTestContext(additionalData), credentialsDecrypted);
	}

	const testNodeType: INodeType = {
		description: {
			displayName: 'Credential test',
			name: CREDENTIAL_TEST_NODE_TYPE,
			group: ['transform'],
			version: 1,
			description: '',
			defaults: { name: 'Credential test' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: credentialType.name, required: true }],
			properties: [
				{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: test.request } },
			],
		},
	};
	const node: INode = {
		id: 'harness-credential-test',
		name: 'Credential test',
		type: CREDENTIAL_TEST_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [credentialType.name]: { id: credentialsDecrypted.id, name: credentialsDecrypted.name } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new HarnessNodeTypes({ [CREDENTIAL_TEST_NODE_TYPE]: testNodeType }),
	});
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		createRunExecutionData(),
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);

	let response: INodeExecutionData[][] | null | undefined;
	try {
		response = await new RoutingNode(context, testNodeType, credentialsDecrypted).runNode();
	} catch (error) {
		const failure = error as HttpFailure;
		const status = failure.cause?.response?.status;
		if (status !== undefined) {
			for (const rule of test.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === status) {
					return { status: 'Error', message: rule.properties.message };
				}
			}
			if (status < 199 || status > 299) {
				return {
					status: 'Error',
					message: failure.cause?.response?.statusText || `Received HTTP status code: ${status}`,
				};
			}
		} else if (failure.cause?.code) {
			return { status: 'Error', message: failure.cause.code };
		}
		return { status: 'Error', message: String(failure.message) };
	}

	for (const rule of test.rules ?? []) {
		if (rule.type !== 'responseSuccessBody') continue;
		if (valueAtPath(response?.[0]?.[0]?.json, rule.properties.key) === rule.properties.value) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}
