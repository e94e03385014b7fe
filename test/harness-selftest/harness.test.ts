import type {
	ICredentialTestFunctions,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INodeCredentialTestResult,
	INodeExecutionData,
	INodeType,
	IPollFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { clearEngineLog, getEngineLog, runNode, runPoll, testCredential } from '../harness/engine';
import type { LocalServer, RecordedRequest } from '../harness/local-server.cjs';
import { startLocalServer } from '../harness/local-server.cjs';

// ---------------------------------------------------------------------------------------------
// Dummy credentials: one with declarative (generic) auth, one with a function
// ---------------------------------------------------------------------------------------------

const basicCredential: ICredentialType = {
	name: 'harnessBasicApi',
	displayName: 'Harness Basic API',
	documentationUrl: 'https://example.com/docs',
	properties: [
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
		{ displayName: 'User', name: 'user', type: 'string', default: '' },
		{ displayName: 'Password', name: 'password', type: 'string', typeOptions: { password: true }, default: '' },
		{ displayName: 'Tenant', name: 'tenant', type: 'string', default: '' },
		// Never set by the tests: proves n8n's property defaults are applied before authenticate.
		{ displayName: 'Region', name: 'region', type: 'string', default: 'eu' },
	],
	authenticate: {
		type: 'generic',
		properties: {
			auth: { username: '={{$credentials.user}}', password: '={{$credentials.password}}' },
			headers: { 'X-Tenant': '={{$credentials.tenant}}', 'X-Region': '={{$credentials.region}}' },
		},
	},
	test: {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/whoami' },
		rules: [{ type: 'responseCode', properties: { value: 403, message: 'This tenant is not allowed' } }],
	},
};

const signedCredential: ICredentialType = {
	name: 'harnessSignedApi',
	displayName: 'Harness Signed API',
	documentationUrl: 'https://example.com/docs',
	properties: [{ displayName: 'Token', name: 'token', type: 'string', typeOptions: { password: true }, default: '' }],
	async authenticate(credentials, requestOptions): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: {
				...requestOptions.headers,
				'X-Signature': `${String(requestOptions.method)}:${String(credentials.token)}`,
			},
		};
	},
};

const basicData = { user: 'ann', password: 'pw-dummy-1', tenant: 'acme' };

// ---------------------------------------------------------------------------------------------
// Dummy programmatic nodes
// ---------------------------------------------------------------------------------------------

const ECHO_TYPE = 'harnessTest.echo';
const TRIGGER_TYPE = 'harnessTest.eventsTrigger';

const echoNode: INodeType = {
	description: {
		displayName: 'Harness Echo',
		name: 'harnessEcho',
		group: ['transform'],
		version: [1, 2],
		description: 'Sends one request per item',
		defaults: { name: 'Harness Echo' },
		usableAsTool: true,
		inputs: ['main'],
		outputs: ['main'],
		credentials: [
			{ name: 'harnessBasicApi', required: true, displayOptions: { show: { authentication: ['basic'] } } },
			{ name: 'harnessSignedApi', required: true, displayOptions: { show: { authentication: ['signed'] } } },
		],
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'Basic', value: 'basic' },
					{ name: 'Signed', value: 'signed' },
				],
				default: 'basic',
			},
			{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
			{ displayName: 'Path', name: 'path', type: 'string', default: '/echo' },
		],
	},
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const returnData: INodeExecutionData[] = [];
		const authentication = this.getNodeParameter('authentication', 0) as string;
		const credentialType = authentication === 'signed' ? 'harnessSignedApi' : 'harnessBasicApi';
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			try {
				const path = this.getNodeParameter('path', itemIndex) as string;
				if (path === '/explode') {
					throw new NodeOperationError(this.getNode(), 'The path is not allowed', {
						itemIndex,
						description: 'Choose a path other than /explode',
					});
				}
				const response = (await this.helpers.httpRequestWithAuthentication.call(this, credentialType, {
					method: 'POST',
					url: `${this.getNodeParameter('baseUrl', itemIndex) as string}${path}`,
					body: { item: itemIndex },
					json: true,
				})) as IDataObject;
				returnData.push({
					json: { ...response, nodeVersion: this.getNode().typeVersion },
					pairedItem: { item: itemIndex },
				});
			} catch (error) {
				if (this.continueOnFail()) {
					returnData.push({ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } });
					continue;
				}
				// Both constructors hand back an error that is already of their class.
				if (error instanceof NodeOperationError) throw new NodeOperationError(this.getNode(), error);
				throw new NodeApiError(this.getNode(), error as JsonObject, { itemIndex });
			}
		}
		return [returnData];
	},
};

// Emits events newer than the cursor it keeps in static data; a manual run returns the latest one.
const eventsTrigger: INodeType = {
	description: {
		displayName: 'Harness Events Trigger',
		name: 'harnessEventsTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Polls for new events',
		defaults: { name: 'Harness Events Trigger' },
		polling: true,
		inputs: [],
		outputs: ['main'],
		credentials: [{ name: 'harnessBasicApi', required: true }],
		properties: [{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' }],
	},
	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const state = this.getWorkflowStaticData('node');
		const cursor = typeof state.cursor === 'number' ? state.cursor : 0;
		const manual = this.getMode() === 'manual';
		const response = (await this.helpers.httpRequestWithAuthentication.call(this, 'harnessBasicApi', {
			method: 'GET',
			url: `${this.getNodeParameter('baseUrl') as string}/events`,
			qs: { since: manual ? 0 : cursor },
			json: true,
		})) as { events: Array<{ id: number }> };
		const events = manual ? response.events.slice(-1) : response.events;
		if (events.length === 0) return null;
		if (!manual) state.cursor = Math.max(...events.map((event) => event.id));
		return [this.helpers.returnJsonArray(events)];
	},
};

// ---------------------------------------------------------------------------------------------
// Throwaway API on 127.0.0.1
// ---------------------------------------------------------------------------------------------

let server: LocalServer;
const events: Array<{ id: number; status: string }> = [];

function respond(request: RecordedRequest) {
	const url = new URL(request.path, 'http://127.0.0.1');
	if (url.pathname === '/fail') return { status: 500, body: { message: 'Upstream is down' } };
	if (url.pathname === '/whoami') {
		return request.headers['x-tenant'] === 'acme' ? { body: { tenant: 'acme' } } : { status: 403, body: {} };
	}
	if (url.pathname === '/events') {
		const expected = `Basic ${Buffer.from('ann:pw-dummy-1').toString('base64')}`;
		if (request.headers.authorization !== expected) return { status: 401, body: {} };
		const since = Number(url.searchParams.get('since') ?? '0');
		return { body: { events: events.filter((event) => event.id > since) } };
	}
	return {
		body: {
			path: request.path,
			authorization: request.headers.authorization ?? null,
			tenant: request.headers['x-tenant'] ?? null,
			region: request.headers['x-region'] ?? null,
			signature: request.headers['x-signature'] ?? null,
			body: request.body === '' ? null : (JSON.parse(request.body) as unknown),
		},
	};
}

beforeAll(async () => {
	server = await startLocalServer(respond);
});

afterAll(async () => {
	await server.close();
});

beforeEach(() => {
	server.requests.length = 0;
	events.length = 0;
});

function basicFixture(data: IDataObject = basicData) {
	return { credentialType: basicCredential, data: { baseUrl: server.url, ...data } };
}

const itemsWithIds = (...ids: string[]): INodeExecutionData[] => ids.map((id) => ({ json: { id } }));

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe('runNode', () => {
	it('sends requests carrying the generic credential: Basic auth plus header expressions and defaults', async () => {
		const { items, error } = await runNode({
			node: echoNode,
			typeName: ECHO_TYPE,
			parameters: { baseUrl: server.url, path: '/echo' },
			credentials: basicFixture(),
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(server.requests).toHaveLength(1);
		const [request] = server.requests;
		expect(request.method).toBe('POST');
		expect(request.headers.authorization).toBe(`Basic ${Buffer.from('ann:pw-dummy-1').toString('base64')}`);
		expect(request.headers['x-tenant']).toBe('acme');
		expect(request.headers['x-region']).toBe('eu');
		expect(JSON.parse(request.body)).toEqual({ item: 0 });
	});

	it('applies a function-style authenticate chosen through the node’s authentication parameter', async () => {
		const { items, error } = await runNode({
			node: echoNode,
			typeName: ECHO_TYPE,
			parameters: { authentication: 'signed', baseUrl: server.url, path: '/echo' },
			credentials: { credentialType: signedCredential, data: { token: 'tok-1' } },
		});

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ signature: 'POST:tok-1', authorization: null });
	});

	it('resolves parameter expressions per item and pairs every output item with its input', async () => {
		const { items } = await runNode({
			node: echoNode,
			typeName: ECHO_TYPE,
			parameters: { baseUrl: server.url, path: '={{ "/echo/" + $json.id }}' },
			credentials: basicFixture(),
			items: itemsWithIds('a', 'b', 'c'),
		});

		expect(server.requests.map((request) => request.path)).toEqual(['/echo/a', '/echo/b', '/echo/c']);
		expect(items.map((item) => item.json.path)).toEqual(['/echo/a', '/echo/b', '/echo/c']);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('runs the highest declared version unless a typeVersion is given', async () => {
		const latest = await runNode({
			node: echoNode,
			typeName: ECHO_TYPE,
			parameters: { baseUrl: server.url },
			credentials: basicFixture(),
		});
		const pinned = await runNode({
			node: echoNode,
			typeName: ECHO_TYPE,
			parameters: { baseUrl: server.url },
			credentials: basicFixture(),
			typeVersion: 1,
		});

		expect(latest.items[0].json.nodeVersion).toBe(2);
		expect(pinned.items[0].json.nodeVersion).toBe(1);
	});

	it('with continueOnFail, turns a failing item into an error item paired to its input and goes on', async () => {
		const { items, error } = await runNode({
			node: echoNode,
			typeName: ECHO_TYPE,
			parameters: { baseUrl: server.url, path: '={{ $json.id === "bad" ? "/explode" : "/echo" }}' },
			credentials: basicFixture(),
			items: itemsWithIds('ok-1', 'bad', 'ok-2'),
			continueOnFail: true,
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items[1]).toEqual({ json: { error: 'The path is not allowed' }, pairedItem: { item: 1 } });
		expect(items[2].pairedItem).toEqual({ item: 2 });
		expect(server.requests).toHaveLength(2);
	});

	it('surfaces a NodeOperationError thrown by the node with its itemIndex and description', async () => {
		const { items, error } = await runNode({
			node: echoNode,
			typeName: ECHO_TYPE,
			parameters: { baseUrl: server.url, path: '={{ $json.id === "bad" ? "/explode" : "/echo" }}' },
			credentials: basicFixture(),
			items: itemsWithIds('ok', 'bad'),
		});

		expect(items).toEqual([]);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error?.message).toBe('The path is not allowed');
		expect(error?.description).toBe('Choose a path other than /explode');
		expect(error?.context?.itemIndex).toBe(1);
	});

	it('wraps an HTTP failure from httpRequestWithAuthentication as a NodeApiError without leaking secrets to the logs', async () => {
		clearEngineLog();
		const { error } = await runNode({
			node: echoNode,
			typeName: ECHO_TYPE,
			parameters: { baseUrl: server.url, path: '/fail' },
			credentials: basicFixture(),
		});

		expect(error).toBeInstanceOf(NodeApiError);
		expect(error?.httpCode).toBe('500');
		expect(getEngineLog().some((entry) => entry.level === 'error')).toBe(true);
		expect(JSON.stringify(getEngineLog())).not.toContain('pw-dummy-1');
	});

	it('fails like n8n when the node has no credentials of the required type', async () => {
		const { error } = await runNode({
			node: echoNode,
			typeName: ECHO_TYPE,
			parameters: { baseUrl: server.url },
		});

		// httpRequestWithAuthentication wraps every failure, this one included, in a NodeApiError.
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error?.message).toMatch(/credentials/i);
	});

	it('resolves expressions stored in credential fields before authenticating', async () => {
		const { items } = await runNode({
			node: echoNode,
			typeName: ECHO_TYPE,
			parameters: { baseUrl: server.url },
			credentials: basicFixture({ ...basicData, tenant: '={{ "ac" + "me" }}' }),
		});

		expect(items[0].json.tenant).toBe('acme');
	});

	it('runs a node in milliseconds once the engine is loaded', async () => {
		const started = performance.now();
		for (let run = 0; run < 20; run++) {
			await runNode({
				node: echoNode,
				typeName: ECHO_TYPE,
				parameters: { baseUrl: server.url },
				credentials: basicFixture(),
			});
		}
		const perRun = (performance.now() - started) / 20;
		expect(perRun).toBeLessThan(100);
	});
});

describe('runPoll', () => {
	const pollOptions = () => ({
		node: eventsTrigger,
		typeName: TRIGGER_TYPE,
		parameters: { baseUrl: server.url },
		credentials: basicFixture(),
	});

	it('keeps its cursor in the given static data across polls and returns null when nothing is new', async () => {
		const staticData: IDataObject = {};
		events.push({ id: 1, status: 'open' }, { id: 2, status: 'paid' });

		const first = await runPoll({ ...pollOptions(), staticData });
		expect(first.items?.map((item) => item.json.id)).toEqual([1, 2]);
		expect(staticData).toEqual({ cursor: 2 });
		expect(first.staticDataChanged).toBe(true);

		const second = await runPoll({ ...pollOptions(), staticData });
		expect(second.items).toBeNull();
		expect(second.staticDataChanged).toBe(false);

		events.push({ id: 3, status: 'expired' });
		const third = await runPoll({ ...pollOptions(), staticData });
		expect(third.items?.map((item) => item.json.id)).toEqual([3]);
		expect(server.requests.map((request) => request.path)).toEqual([
			'/events?since=0',
			'/events?since=2',
			'/events?since=2',
		]);
	});

	it('continues from a JSON copy of the static data, as after a restart', async () => {
		const staticData: IDataObject = {};
		events.push({ id: 1, status: 'open' });
		await runPoll({ ...pollOptions(), staticData });

		const restored = JSON.parse(JSON.stringify(staticData)) as IDataObject;
		events.push({ id: 2, status: 'paid' });
		const afterRestart = await runPoll({ ...pollOptions(), staticData: restored });

		expect(afterRestart.items?.map((item) => item.json.id)).toEqual([2]);
		expect(restored).toEqual({ cursor: 2 });
	});

	it('in manual mode returns a sample through a manual execution and leaves the stored static data alone', async () => {
		const staticData: IDataObject = { cursor: 3 };
		events.push({ id: 1, status: 'open' }, { id: 2, status: 'paid' }, { id: 3, status: 'expired' });

		const result = await runPoll({ ...pollOptions(), staticData, mode: 'manual' });

		expect(result.items?.map((item) => item.json.id)).toEqual([3]);
		expect(result.staticDataChanged).toBe(false);
		expect(staticData).toEqual({ cursor: 3 });
		expect(result.staticData).not.toBe(staticData);
	});

	it('rejects with the node error when a scheduled poll fails', async () => {
		const staticData: IDataObject = { cursor: 7 };

		await expect(
			runPoll({
				...pollOptions(),
				credentials: basicFixture({ ...basicData, password: 'wrong' }),
				staticData,
			}),
		).rejects.toBeInstanceOf(NodeApiError);
		expect(staticData).toEqual({ cursor: 7 });
	});
});

describe('testCredential', () => {
	it('passes when the test request, with $credentials resolved and auth applied, succeeds', async () => {
		await expect(testCredential(basicCredential, { baseUrl: server.url, ...basicData })).resolves.toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(server.requests[0].path).toBe('/whoami');
		expect(server.requests[0].headers.authorization).toMatch(/^Basic /);
	});

	it('reports the message of the matching responseCode rule when the test request is refused', async () => {
		await expect(
			testCredential(basicCredential, { baseUrl: server.url, ...basicData, tenant: 'other' }),
		).resolves.toEqual({ status: 'Error', message: 'This tenant is not allowed' });
	});

	it('reports an error when the credential type has no test', async () => {
		await expect(testCredential(signedCredential, { token: 'x' })).resolves.toMatchObject({ status: 'Error' });
	});

	// A node that names a test function for a credential through `testedBy`.
	const testingNode = (credential: string, result: INodeCredentialTestResult, seen: unknown[]): INodeType => ({
		description: { ...echoNode.description, credentials: [{ name: credential, required: true, testedBy: 'check' }] },
		methods: {
			credentialTest: {
				async check(this: ICredentialTestFunctions, credential) {
					seen.push({ data: credential.data, helpers: Object.keys(this.helpers) });
					return result;
				},
			},
		},
	});

	it("without the type's own test, calls the node's testedBy function with the defaults applied and n8n's test context", async () => {
		const seen: unknown[] = [];
		const node = testingNode(signedCredential.name, { status: 'Error', message: 'from the node' }, seen);
		await expect(testCredential(signedCredential, { token: 'x' }, [node])).resolves.toEqual({ status: 'Error', message: 'from the node' });
		expect(seen).toEqual([{ data: expect.objectContaining({ token: 'x' }), helpers: expect.arrayContaining(['request']) }]);
	});

	it("prefers the type's own declarative test to a node's testedBy function, as n8n 2.41 does", async () => {
		const seen: unknown[] = [];
		const node = testingNode(basicCredential.name, { status: 'Error', message: 'from the node' }, seen);
		await expect(testCredential(basicCredential, { baseUrl: server.url, ...basicData }, [node])).resolves.toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(seen).toEqual([]);
	});
});
