import { decodeForm, encodeForm } from '../../nodes/shared/form';
import { RUN_OPTION_DEFAULTS } from '../../nodes/shared/run-options';
import { DEFAULT_RETRY } from '../../nodes/shared/transport';
import type { Json, Validate } from './conductor-export.cjs';
import { description, evaluateCondition, exportAsTypeScript, platforms, task, taskDefinitions, taskFiles, typeErrors, validators, workflow } from './conductor-export.cjs';

/*
 * The Conductor export (export/conductor, `npm run export`): its JSON type-checks against
 * Conductor's published TypeScript types (@io-orkes/conductor-javascript), every task body is a
 * valid request of its operation, and the tasks keep to what the nodes do (retries, rate limits,
 * idempotency keys, secrets).
 */

const PLATFORMS = platforms();
const operations = (platform: string): Array<{ resource: string; op: Json; file: string }> =>
	description(platform).resources.flatMap((r: Json) => r.operations.map((op: Json) => ({ resource: r.name as string, op, file: `${r.name}.${op.name}.json` })));

/**
 * A decoded form has only text; the platform types each value by its schema. This gives every
 * value the validator complains about its number or true/false reading, until it stops complaining.
 */
function typedLikeSchema(decoded: Json, validate: Validate): Json {
	const value = structuredClone(decoded);
	for (let round = 0; round < 50 && !validate(value); round++) {
		const paths = [...new Set((validate.errors ?? []).map((e) => e.instancePath))];
		let changed = false;
		for (const path of paths) {
			const keys = path.split('/').slice(1);
			const parent = keys.slice(0, -1).reduce((node: Json | undefined, k) => node?.[k], value);
			const key = keys[keys.length - 1];
			const current = parent?.[key];
			if (!parent || typeof current !== 'string') continue;
			if (current === 'true' || current === 'false') parent[key] = current === 'true';
			else if (/^-?\d+(\.\d+)?$/.test(current)) parent[key] = Number(current);
			else continue;
			changed = true;
		}
		if (!changed) break;
	}
	return value;
}

const PRELUDE = `import type { HttpInputParameters, HttpPollInputParameters, TaskDef, TaskType, WorkflowDef, WorkflowTask } from '@io-orkes/conductor-javascript';
// Orkes documents PATCH for HTTP tasks; the published type does not list it yet (Primer's update is a PATCH).
type HttpRequest = Omit<HttpInputParameters, 'method'> & { method: HttpInputParameters['method'] | 'PATCH' };
type HttpTask = WorkflowTask & { type: \`\${TaskType.HTTP}\`; inputParameters: { http_request: HttpRequest } };
type HttpPollTask = WorkflowTask & { type: \`\${TaskType.HTTP_POLL}\`; inputParameters: HttpPollInputParameters };
type Workflow = WorkflowDef & { tasks: Array<HttpTask | HttpPollTask> };
`;

describe('Conductor export against Conductor’s published TypeScript types', () => {
	test('every task definition, HTTP task and example workflow type-checks', () => {
		expect(typeErrors(exportAsTypeScript(PRELUDE))).toEqual([]);
	});

	test.each([
		['a task definition with a retry logic Conductor does not have', `export const d: TaskDef = { name: 'x', timeoutSeconds: 1, totalTimeoutSeconds: 1, retryLogic: 'SOMETIMES' };`],
		['an HTTP task whose readTimeOut is a number', `export const t: HttpTask = { name: 'x', taskReferenceName: 'x', type: 'HTTP', inputParameters: { http_request: { uri: 'u', method: 'GET', readTimeOut: 1 } } };`],
		['an HTTP task with a method Conductor does not send', `export const t: HttpTask = { name: 'x', taskReferenceName: 'x', type: 'HTTP', inputParameters: { http_request: { uri: 'u', method: 'FETCH' } } };`],
		['a poll task with an unknown polling strategy', `export const t: HttpPollTask = { name: 'x', taskReferenceName: 'x', type: 'HTTP_POLL', inputParameters: { http_request: { uri: 'u', method: 'GET' }, pollingStrategy: 'RANDOM' } };`],
	])('the same check refuses %s', (_name, source) => {
		expect(typeErrors(`${PRELUDE}\n${source}`).length).toBeGreaterThan(0);
	});
});

describe('Conductor export: one task per operation, each sending what the node sends', () => {
	const cases = PLATFORMS.flatMap((platform) => operations(platform).map((o: Json) => [`${platform} ${o.resource}.${o.op.name}`, platform, o] as const));

	test.each(PLATFORMS)('%s: the task definitions are exactly the operations of the description', (platform) => {
		const names = taskDefinitions(platform).map((d: Json) => d.name);
		expect(names).toEqual(operations(platform).map((o: Json) => `${platform}_${o.resource}_${o.op.name}`));
		expect(taskFiles(platform)).toEqual(operations(platform).map((o: Json) => o.file).sort());
	});

	test.each(cases)('%s: its body is a valid request body of the operation', (_name, platform, { resource, op, file }) => {
		const request = task(platform, file).inputParameters.http_request;
		if (!op.body) {
			expect(request.body).toBeUndefined();
			return;
		}
		const validate = validators(platform)[`${resource}_${op.name}_body`];
		if (op.body.encoding === 'form') {
			expect(request.contentType).toBe('application/x-www-form-urlencoded');
			expect(typeof request.body).toBe('string');
			// The form, decoded and typed as the platform reads it, is a valid body, and the runtime's encoder turns it back into the same string.
			const decoded = typedLikeSchema(decodeForm(request.body), validate);
			expect(validate(decoded) ? [] : validate.errors).toEqual([]);
			expect(encodeForm(decoded)).toBe(request.body);
		} else {
			expect(request.contentType).toBe('application/json');
			expect(validate(request.body) ? [] : validate.errors).toEqual([]);
		}
	});

	test.each(cases)('%s: method, path, retries, rate limit and idempotency key follow the description and the runtime', (_name, platform, { resource, op, file }) => {
		const d = description(platform);
		const t = task(platform, file);
		const def: Json = taskDefinitions(platform).find((x: Json) => x.name === t.name) ?? {};
		const request = t.inputParameters.http_request;
		expect(t.type).toBe('HTTP');
		expect(request.method).toBe(op.method);
		const path = op.path.replace(/\{(\w+)\}/g, (_: string, p: string) => `\${workflow.input.${p}}`);
		expect(new URL(request.uri.replace(/\$\{workflow\.input\.(\w+)\}/g, 'input-$1')).pathname).toContain(path.replace(/\$\{workflow\.input\.(\w+)\}/g, 'input-$1').replace(/^.*?(?=\/)/, ''));
		expect([request.connectionTimeOut, Number(request.readTimeOut)]).toEqual([90_000, 90_000]);
		const keyed = op.method === 'POST' && Boolean(d.transport.idempotencyHeader);
		const safe = (op.idempotent ?? op.method !== 'POST') || keyed;
		expect(def.retryCount).toBe(safe ? RUN_OPTION_DEFAULTS.maxAttempts - 1 : 0);
		expect(def.retryDelaySeconds).toBe(Math.ceil(DEFAULT_RETRY.baseDelayMs / 1000));
		expect(def.timeoutSeconds).toBe(RUN_OPTION_DEFAULTS.requestTimeout);
		expect(def.totalTimeoutSeconds).toBe(RUN_OPTION_DEFAULTS.operationTimeout);
		expect([def.rateLimitPerFrequency, def.rateLimitFrequencyInSeconds]).toEqual(d.transport.rateLimit ? [d.transport.rateLimit.requests, Math.ceil(d.transport.rateLimit.perSeconds)] : [undefined, undefined]);
		expect(request.headers[d.transport.idempotencyHeader ?? 'Idempotency-Key']).toBe(keyed ? `\${workflow.workflowId}-${resource}_${op.name}` : undefined);
	});

	test.each(cases)('%s: credentials appear only as workflow secrets', (_name, platform, { file }) => {
		const request = task(platform, file).inputParameters.http_request;
		const auth = Object.entries(request.headers as Record<string, string>).filter(([k]) => /^(authorization|x-api-key)$/i.test(k));
		expect(auth).toHaveLength(1);
		expect(auth[0][1]).toMatch(new RegExp(`^(Bearer |Basic )?\\$\\{workflow\\.secrets\\.${platform}_[A-Za-z]+\\}$`));
	});

	test('Gr4vy’s tasks say that its signed token cannot be a fixed header and send a bearer token from a secret', () => {
		for (const def of taskDefinitions('gr4vy')) expect(def.description).toMatch(/fixed header.*bearer token from the secret gr4vy_token/);
		expect(task('gr4vy', 'checkoutSession.create.json').inputParameters.http_request.headers.Authorization).toBe('Bearer ${workflow.secrets.gr4vy_token}');
	});
});

describe('Conductor example workflows: create a session, then HTTP_POLL until its status is final', () => {
	test.each(PLATFORMS)('%s: polls until a final status of the status list its trigger watches', (platform) => {
		const d = description(platform);
		const [create, poll] = workflow(platform).tasks;
		expect(create.type).toBe('HTTP');
		expect(create.name).toMatch(/_create$/);
		expect(poll.type).toBe('HTTP_POLL');
		expect(poll.inputParameters.http_request.uri).toContain(`\${${create.taskReferenceName}.output.response.body.`);
		const condition: string = poll.inputParameters.terminationCondition;
		const list = d.resources.find((r: Json) => r.name === d.trigger.resource).status;
		const final = (value: string) => list.values.some((s: Json) => s.value === value && s.final === true);
		for (const s of list.values.filter((x: Json) => x.final)) expect(condition).toContain(JSON.stringify(s.value));
		// The condition, run on answers shaped like the platform's: true only once a final status is there.
		const statusOf = (value: string) => {
			const s = list.values.find((x: Json) => x.value === value);
			// A status with `when` is only there while the list's own field has that value too.
			return { [s.field ?? list.field]: value, ...(s.when ? { [list.field]: s.when } : {}) };
		};
		const itemsPath = d.resources.find((r: Json) => r.name === d.trigger.resource).operations.find((o: Json) => o.name === d.trigger.list).pagination?.itemsPath;
		const answer = (value: string) => (d.trigger.get ? statusOf(value) : { [itemsPath]: [{ id: 'x' }, statusOf(value)] });
		const evaluate = (body: Json) => evaluateCondition(condition, body);
		for (const s of list.values) expect([s.value, evaluate(answer(s.value))]).toEqual([s.value, final(s.value)]);
		for (const s of list.values.filter((x: Json) => x.when)) {
			const early = { [s.field]: s.value, [list.field]: list.values.find((x: Json) => !x.field && x.value !== s.when).value };
			expect([s.value, evaluate(d.trigger.get ? early : { [itemsPath]: [early] })]).toEqual([s.value, false]);
		}
		if (!d.trigger.get) expect(evaluate({ [itemsPath]: [] })).toBe(false);
	});
});
