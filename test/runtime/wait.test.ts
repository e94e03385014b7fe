/*
 * "Wait for Status" through n8n's engine against the emulator: Quaderno checkout sessions for the
 * behaviour every platform shares (the runtime has no platform branch), Stripe for a status read
 * from its own field. Sessions change status while the node waits, driven from the request log,
 * so the cases count reads and check outcomes; no assertion depends on how long anything took.
 */
import type { IDataObject, INodeParameters, IWorkflowSettings } from 'n8n-workflow';
import { ExecuteContext } from 'n8n-core';
import { NodeHelpers, Workflow, sleep } from 'n8n-workflow';
import { WAIT_POLL } from '../../nodes/shared/run-options';
import { intervalMs, sleepUntil } from '../../nodes/shared/wait';
import { TokenBucket } from '../../nodes/shared/ratelimit';
import type { RunNodeResult } from '../harness/engine';
import { runNode } from '../harness/engine';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import * as digitalriver from '../digitalriver/fixtures';
import * as gr4vy from '../gr4vy/fixtures';
import * as primer from '../primer/fixtures';
import * as quaderno from '../quaderno/fixtures';
import * as stripe from '../stripe/fixtures';
import { properties as digitalriverProperties } from '../../nodes/DigitalRiverSessions/generated/properties';
import { properties as gr4vyProperties } from '../../nodes/Gr4vySessions/generated/properties';
import { properties as primerProperties } from '../../nodes/PrimerSessions/generated/properties';
import { properties as quadernoProperties } from '../../nodes/QuadernoSessions/generated/properties';
import { properties as stripeProperties } from '../../nodes/StripeSessions/generated/properties';

let sandbox: SandboxHandle;
beforeAll(async () => {
	sandbox = await startSandbox({
		providers: ['quaderno', 'stripe', 'primer', 'gr4vy', 'digitalriver'],
		options: { ...quaderno.sandboxOptions, ...stripe.sandboxOptions, ...primer.sandboxOptions, ...gr4vy.sandboxOptions, ...digitalriver.sandboxOptions },
	});
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const reads = (provider = 'quaderno') => sandbox.requests.filter((r) => r.provider === provider && r.method === 'GET');

/** Runs `action` once the emulator has answered `count` reads (the wait sleeps a second between reads). */
async function afterReads(count: number, action: () => void, provider = 'quaderno'): Promise<void> {
	while (reads(provider).length < count) await sleep(5);
	action();
}

/** Quaderno's "Wait for Status" on session 1 (or the given ID) for each input item. */
function waitFor(parameters: INodeParameters, extra: { items?: number; continueOnFail?: boolean; workflowSettings?: IWorkflowSettings; cancelWhen?: Promise<unknown> } = {}): Promise<RunNodeResult> {
	return runNode({
		node: quaderno.node,
		typeName: quaderno.typeName,
		credentials: quaderno.credentials(sandbox.url),
		items: Array.from({ length: extra.items ?? 1 }, () => ({ json: {} })),
		continueOnFail: extra.continueOnFail,
		workflowSettings: extra.workflowSettings,
		cancelWhen: extra.cancelWhen,
		parameters: {
			resource: 'checkoutSession',
			operation: 'waitForStatus',
			checkoutSessionId: rl('1'),
			statuses: ['completed'],
			timeout: 60,
			...parameters,
			options: { requestsPerSecond: 0, pollInterval: 1, ...(parameters.options as IDataObject) },
		},
	});
}

const outcome = (result: RunNodeResult) => ({
	error: result.error?.message,
	outputs: result.outputs.map((output) => output.map((item) => [item.json.id, item.json.status, typeof item.json.waitedSeconds, item.pairedItem])),
	reads: reads().length,
});

describe('Wait for Status', () => {
	test.each([
		{
			behaviour: 'a session already in a chosen status is output after one read, with the time waited',
			given: { status: 'completed', parameters: {} },
			want: { outputs: [[[1, 'completed', 'number', { item: 0 }]]], reads: 1 },
		},
		{
			behaviour: 'a session in any one of several chosen statuses is output',
			given: { status: 'failed', parameters: { statuses: ['completed', 'failed'] } },
			want: { outputs: [[[1, 'failed', 'number', { item: 0 }]]], reads: 1 },
		},
		{
			behaviour: 'a session that reaches a chosen status while waiting is output once it is read in it',
			given: { status: 'pending', parameters: {}, change: { afterReads: 1, to: 'completed' } },
			want: { outputs: [[[1, 'completed', 'number', { item: 0 }]]], reads: 2 },
		},
		{
			behaviour: 'a session that passes through other statuses is not output until it reaches a chosen one',
			given: { status: 'pending', parameters: {}, change: { afterReads: 1, to: 'processing' }, then: { afterReads: 2, to: 'completed' } },
			want: { outputs: [[[1, 'completed', 'number', { item: 0 }]]], reads: 3 },
		},
		{
			behaviour: 'with On Timeout set to the Timed Out output, a session that never gets there goes to that output as last read',
			given: { status: 'pending', parameters: { timeout: 1, onTimeout: 'timedOutOutput' } },
			want: { outputs: [[], [[1, 'pending', 'number', { item: 0 }]]], reads: 2 },
		},
		{
			behaviour: 'with On Timeout set to the Timed Out output, a session that gets there goes to the first output',
			given: { status: 'completed', parameters: { onTimeout: 'timedOutOutput' } },
			want: { outputs: [[[1, 'completed', 'number', { item: 0 }]], []], reads: 1 },
		},
	])('$behaviour', async ({ given, want }) => {
		quaderno_().seed(1, { status: given.status });
		const changes = [given.change, given.then].filter((c) => c !== undefined).map((c) => afterReads(c.afterReads, () => quaderno_().setStatus(1, c.to)));
		const result = await waitFor(given.parameters);
		await Promise.all(changes);
		expect(outcome(result)).toEqual({ error: undefined, ...want });
	});

	test('a session that never gets there ends in an error naming the item, the ID, the last status and the time waited', async () => {
		quaderno_().seed(1, { status: 'pending' });
		const result = await waitFor({ timeout: 1 });
		expect(result.error?.message).toMatch(/^Session ID "1" did not reach completed within the timeout; last status "pending" after \d+(\.\d)? s \[item 0\]$/);
		expect(result.error?.description).toContain('On Timeout');
		// One read at the start and the last one when the timeout ends.
		expect(reads()).toHaveLength(2);
	});

	test('with Continue on fail, a timeout becomes an error item paired with its input and the other items go on', async () => {
		quaderno_().seed(2, { status: 'pending' });
		quaderno_().setStatus(2, 'completed');
		const result = await waitFor({ timeout: 1, checkoutSessionId: rl('={{ $itemIndex + 1 }}') }, { items: 2, continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.id ?? String(i.json.error).slice(0, 15), i.pairedItem])).toEqual([
			['Session ID "1" ', { item: 0 }],
			[2, { item: 1 }],
		]);
	});

	test('many items wait together: every item is read before any is read again', async () => {
		quaderno_().seed(3, { status: 'pending' });
		const change = afterReads(3, () => [1, 2, 3].forEach((id) => quaderno_().setStatus(id, 'completed')));
		const result = await waitFor({ checkoutSessionId: rl('={{ $itemIndex + 1 }}') }, { items: 3 });
		await change;
		expect(result.items.map((i) => [i.json.id, i.json.status, i.pairedItem])).toEqual([
			[1, 'completed', { item: 0 }],
			[2, 'completed', { item: 1 }],
			[3, 'completed', { item: 2 }],
		]);
		expect(reads().map((r) => String(r.path).split('/').pop())).toEqual(['1', '2', '3', '1', '2', '3']);
	});

	test('a server error during the wait is retried like any read, and the wait goes on', async () => {
		quaderno_().seed(1, { status: 'pending' });
		sandbox.setFaults([{ provider: 'quaderno', method: 'GET', kind: 'status', status: 503, times: 1 }]);
		const change = afterReads(2, () => quaderno_().setStatus(1, 'completed'));
		const result = await waitFor({});
		await change;
		expect(outcome(result)).toEqual({ error: undefined, outputs: [[[1, 'completed', 'number', { item: 0 }]]], reads: 3 });
		expect(reads().map((r) => r.status)).toEqual([503, 200, 200]);
	});

	test('a cancelled execution stops waiting at once instead of reading until the timeout', async () => {
		quaderno_().seed(1, { status: 'pending' });
		const result = await waitFor({ timeout: 3600 }, { cancelWhen: afterReads(2, () => undefined) });
		expect(result.error?.message).toMatch(/cancelled while 1 item\(s\) waited/);
		expect(reads()).toHaveLength(2);
	});

	test.each([
		{ behaviour: 'no status chosen', parameters: { statuses: '={{ $itemIndex === 1 ? [] : ["completed"] }}' }, message: '"Statuses" must name at least one status [item 1]' },
		{ behaviour: 'a status the resource does not have', parameters: { statuses: '={{ $itemIndex === 1 ? ["paid"] : ["completed"] }}' }, message: '"Statuses" has "paid", which is not a status here [item 1]' },
		{ behaviour: 'a timeout of 0', parameters: { timeout: '={{ $itemIndex === 1 ? 0 : 60 }}' }, message: '"Timeout (Seconds)" must be more than 0 and at most 3600, got 0 [item 1]' },
		{ behaviour: 'a timeout above n8n\'s execution limit', parameters: { timeout: '={{ $itemIndex === 1 ? 3601 : 60 }}' }, message: '"Timeout (Seconds)" must be more than 0 and at most 3600, got 3601 [item 1]' },
		{
			behaviour: "a timeout above the workflow's own timeout",
			parameters: { timeout: '={{ $itemIndex === 1 ? 120 : 60 }}' },
			settings: { executionTimeout: 90 },
			message: '"Timeout (Seconds)" must be more than 0 and at most 90, got 120 [item 1]',
		},
		{ behaviour: 'an ID that would address another endpoint', parameters: { checkoutSessionId: rl('={{ $itemIndex === 1 ? ".." : "1" }}') }, message: '"Session ID" cannot be ".."' },
	])('refuses $behaviour, naming the field and the item, before anything is read for any item', async ({ parameters, settings, message }) => {
		quaderno_().seed(1, { status: 'completed' });
		const result = await waitFor(parameters as INodeParameters, { items: 2, workflowSettings: settings as IWorkflowSettings | undefined });
		expect(result.error?.message).toContain(message);
		expect(result.error?.description).toContain('Nothing was sent');
		expect(reads()).toHaveLength(0);
	});

	test("in n8n 1.x, whose execute context has no workflow settings, the wait runs within n8n's maximum", async () => {
		// n8n-core 1.119's ExecuteContext lacks getWorkflowSettings; hidden here the same way.
		const proto = ExecuteContext.prototype as unknown as { getWorkflowSettings?: unknown };
		proto.getWorkflowSettings = undefined;
		try {
			quaderno_().seed(1, { status: 'completed' });
			expect(outcome(await waitFor({ timeout: 3600 }))).toEqual({ error: undefined, outputs: [[[1, 'completed', 'number', { item: 0 }]]], reads: 1 });
		} finally {
			delete proto.getWorkflowSettings;
		}
		expect(typeof (ExecuteContext.prototype as unknown as { getWorkflowSettings?: unknown }).getWorkflowSettings).toBe('function');
	});

	test.each([
		{ behaviour: 'a paid session is found by the status read from its own field', statuses: ['paid'] },
		{ behaviour: 'a paid session still has the completed status of the list field', statuses: ['complete'] },
	])('Stripe: $behaviour', async ({ statuses }) => {
		const [session] = sandbox.provider('stripe').seed(1, { status: 'complete', payment_status: 'paid' });
		const result = await runNode({
			node: stripe.node,
			typeName: stripe.typeName,
			credentials: stripe.credentials(sandbox.url),
			parameters: { resource: 'checkoutSession', operation: 'waitForStatus', checkoutSessionId: rl(session.id), statuses, timeout: 5, options: { requestsPerSecond: 0 } },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.id, i.json.payment_status])).toEqual([[session.id, 'paid']]);
		expect(reads('stripe')).toHaveLength(1);
	});

	test.each([
		{ behaviour: 'an open setup-mode session, which already says no_payment_required, is not done', status: 'open', done: false },
		{ behaviour: 'a completed session with no_payment_required is done', status: 'complete', done: true },
	])('Stripe, waiting for No Payment Required: $behaviour', async ({ status, done }) => {
		const [session] = sandbox.provider('stripe').seed(1, { status, mode: 'setup', payment_status: 'no_payment_required' });
		const result = await runNode({
			node: stripe.node,
			typeName: stripe.typeName,
			credentials: stripe.credentials(sandbox.url),
			parameters: { resource: 'checkoutSession', operation: 'waitForStatus', checkoutSessionId: rl(session.id), statuses: ['no_payment_required'], timeout: 1, onTimeout: 'timedOutOutput', options: { requestsPerSecond: 0, pollInterval: 1 } },
		});
		expect(result.error).toBeUndefined();
		expect(result.outputs[done ? 0 : 1].map((i) => [i.json.id, i.json.status])).toEqual([[session.id, status]]);
	});

	test.each([
		{ behaviour: 'a reached status is output in the common session view, with the time waited', onTimeout: 'error', statuses: ['paid'], output: 0 },
		{ behaviour: 'a timed-out item goes to the Timed Out output in the common session view too', onTimeout: 'timedOutOutput', statuses: ['expired'], output: 1 },
	])('Simplify: $behaviour', async ({ onTimeout, statuses, output }) => {
		const [session] = sandbox.provider('stripe').seed(1, { status: 'complete', payment_status: 'paid' });
		const result = await runNode({
			node: stripe.node,
			typeName: stripe.typeName,
			credentials: stripe.credentials(sandbox.url),
			parameters: { resource: 'checkoutSession', operation: 'waitForStatus', checkoutSessionId: rl(session.id), statuses, timeout: 1, onTimeout, simplify: true, options: { requestsPerSecond: 0, pollInterval: 1 } },
		});
		expect(result.error).toBeUndefined();
		const item = result.outputs[output][0].json;
		expect([item.platform, item.resource, item.id, item.status, item.state, typeof item.waitedSeconds]).toEqual(['stripe', 'checkoutSession', session.id, 'paid', 'paid', 'number']);
		expect(item).not.toHaveProperty('payment_status');
	});
});

describe('Wait for Status on every resource that has one', () => {
	const dr = () => sandbox.provider('digitalriver');
	// Each row: how the emulator makes the item and later moves it, and where its status is read.
	const rows = [
		{
			resource: 'quaderno checkoutSession', node: quaderno, provider: 'quaderno', credentials: () => quaderno.credentials(sandbox.url),
			parameters: { resource: 'checkoutSession', statuses: ['completed'] }, param: 'checkoutSessionId',
			make: () => String(sandbox.provider('quaderno').seed(1)[0].id), move: (id: string) => sandbox.provider('quaderno').setStatus(Number(id), 'completed'),
			status: (json: IDataObject) => json.status, want: 'completed',
		},
		{
			resource: 'stripe checkoutSession', node: stripe, provider: 'stripe', credentials: () => stripe.credentials(sandbox.url),
			parameters: { resource: 'checkoutSession', statuses: ['paid'] }, param: 'checkoutSessionId',
			make: () => String(sandbox.provider('stripe').seed(1, { status: 'open' })[0].id), move: (id: string) => sandbox.provider('stripe').setStatus(id, { status: 'complete', payment_status: 'paid' }),
			status: (json: IDataObject) => json.payment_status, want: 'paid',
		},
		{
			resource: 'primer payment', node: primer, provider: 'primer', credentials: () => primer.credentials(sandbox.url),
			parameters: { resource: 'payment', statuses: ['SETTLED'] }, param: 'paymentId',
			make: () => String(sandbox.provider('primer').createPayment({ orderId: 'w', status: 'PENDING' }).id), move: (id: string) => sandbox.provider('primer').setStatus(id, 'SETTLED'),
			status: (json: IDataObject) => json.status, want: 'SETTLED',
		},
		{
			resource: 'gr4vy transaction', node: gr4vy, provider: 'gr4vy', credentials: () => gr4vy.credentials(sandbox.url),
			parameters: { resource: 'transaction', statuses: ['capture_succeeded'] }, param: 'transactionId',
			make: () => String(sandbox.provider('gr4vy').createTransaction({ status: 'processing' }).id), move: (id: string) => sandbox.provider('gr4vy').setStatus(id, 'capture_succeeded'),
			status: (json: IDataObject) => json.status, want: 'capture_succeeded',
		},
		{
			resource: 'digitalriver order', node: digitalriver, provider: 'digitalriver', credentials: () => digitalriver.credentials(sandbox.url),
			parameters: { resource: 'order', statuses: ['accepted'] }, param: 'orderId',
			make: () => String(dr().seed({ orders: 1, state: 'in_review' })[0].id), move: (id: string) => dr().setState(id, 'accepted'),
			status: (json: IDataObject) => json.state, want: 'accepted',
		},
		{
			resource: 'digitalriver checkout (its payment session state)', node: digitalriver, provider: 'digitalriver', credentials: () => digitalriver.credentials(sandbox.url),
			parameters: { resource: 'checkout', statuses: ['complete'] }, param: 'checkoutId',
			make: () => String(dr().seed({ checkouts: 1 })[0].id), move: (id: string) => dr().placeOrder(id),
			status: (json: IDataObject) => ((json.payment as IDataObject | undefined)?.session as IDataObject | undefined)?.state, want: 'complete',
		},
	];

	test.each(rows)('$resource: output once it reaches the chosen status, after one read before and one after the change', async (row) => {
		const id = row.make();
		const change = afterReads(1, () => row.move(id), row.provider);
		const result = await runNode({
			node: row.node.node,
			typeName: row.node.typeName,
			credentials: row.credentials(),
			parameters: { ...row.parameters, operation: 'waitForStatus', [row.param]: rl(id), timeout: 60, options: { requestsPerSecond: 0, pollInterval: 1 } },
		});
		await change;
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [String(i.json.id), row.status(i.json), typeof i.json.waitedSeconds])).toEqual([[id, row.want, 'number']]);
		expect(reads(row.provider)).toHaveLength(2);
	});

	test.each([
		['DigitalRiverSessions', digitalriverProperties],
		['Gr4vySessions', gr4vyProperties],
		['PrimerSessions', primerProperties],
		['QuadernoSessions', quadernoProperties],
		['StripeSessions', stripeProperties],
	])('%s shows the timeout the runtime allows: default and maximum', (_folder, properties) => {
		const timeouts = properties.filter((p) => p.name === 'timeout');
		expect(timeouts.length).toBeGreaterThan(0);
		for (const t of timeouts) expect([t.default, t.typeOptions?.maxValue]).toEqual([WAIT_POLL.defaultTimeoutSeconds, WAIT_POLL.maxTimeoutSeconds]);
	});
});

describe('the Timed Out output', () => {
	const outputsOf = (parameters: INodeParameters) => {
		const node = { id: 'n', name: 'Quaderno Sessions', type: quaderno.typeName, typeVersion: 1, position: [0, 0] as [number, number], parameters };
		const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: { getByName: () => quaderno.node, getByNameAndVersion: () => quaderno.node, getKnownTypes: () => ({}) } });
		return NodeHelpers.getNodeOutputs(workflow, node, quaderno.node.description).map((o) => (typeof o === 'string' ? o : o.displayName));
	};

	test.each([
		{ given: { operation: 'waitForStatus', onTimeout: 'timedOutOutput' }, want: ['Status Reached', 'Timed Out'] },
		{ given: { operation: 'waitForStatus', onTimeout: 'error' }, want: ['main'] },
		{ given: { operation: 'get', onTimeout: 'timedOutOutput' }, want: ['main'] },
		{ given: { operation: 'get' }, want: ['main'] },
	])('n8n gives the node $want.length output(s) for $given', ({ given, want }) => {
		expect(outputsOf({ resource: 'checkoutSession', ...given })).toEqual(want);
	});
});

describe('the poll interval', () => {
	// Stripe's published limit: 25 per second, of which the limiter uses 90%.
	const limited = { limiter: new TokenBucket({ requests: 25, perSeconds: 1 }) };
	test.each([
		{ behaviour: 'without a rate limit it is the default', conn: {}, count: 1000, poll: 0, want: WAIT_POLL.defaultSeconds * 1000 },
		{ behaviour: 'few items under a limit wait the default', conn: limited, count: 10, poll: 0, want: WAIT_POLL.defaultSeconds * 1000 },
		{ behaviour: 'many items take at most half of the limit', conn: limited, count: 225, poll: 0, want: 20_000 },
		{ behaviour: 'a chosen interval is kept when the limit allows it', conn: limited, count: 10, poll: 2, want: 2000 },
		{ behaviour: 'a chosen interval is never shorter than the limit allows', conn: limited, count: 225, poll: 2, want: 10_000 },
	])('$behaviour', ({ conn, count, poll, want }) => {
		expect(intervalMs(conn, count, poll)).toBeCloseTo(want, 6);
	});
});

function quaderno_() {
	return sandbox.provider('quaderno');
}

describe('the wait between rounds of reads', () => {
	/** Listeners added to the signal and not removed since. */
	const liveListeners = (signal: AbortSignal) => {
		const added = jest.spyOn(signal, 'addEventListener');
		const removed = jest.spyOn(signal, 'removeEventListener');
		return () => added.mock.calls.length - removed.mock.calls.length;
	};

	test('leaves no listener on the execution signal, however many rounds a wait has', async () => {
		const controller = new AbortController();
		const live = liveListeners(controller.signal);
		for (let round = 0; round < 15; round++) await sleepUntil(Date.now() + 2, controller.signal);
		expect(live()).toBe(0);
	});

	test('ends at once when the execution is cancelled', async () => {
		const controller = new AbortController();
		const live = liveListeners(controller.signal);
		const waiting = sleepUntil(Date.now() + 3_600_000, controller.signal);
		controller.abort();
		await expect(waiting).resolves.toBeUndefined();
		expect(live()).toBe(0);
	});
});
