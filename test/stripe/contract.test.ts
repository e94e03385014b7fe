import Ajv from 'ajv';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { decodeForm } from '../../nodes/shared/form';
import { runNode, runPoll } from '../harness/engine';
import type { LocalServer, RecordedRequest } from '../harness/local-server.cjs';
import { startLocalServer } from '../harness/local-server.cjs';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import { startSandbox } from '../harness/sandbox.cjs';
import cases from './operations.cases.json';
import { credentials, fill, node, providers, sandboxOptions, trigger, triggerTypeName, typeName } from './fixtures';
import { loadStripeSpec } from './vendor-spec.cjs';

/*
 * Contract check: every request the nodes build, decoded from the wire with decodeForm, must
 * satisfy the matching operation of Stripe's official OpenAPI document. The requests go through a
 * recording proxy in front of the emulator, so what is checked is exactly what was sent.
 */

type Json = Record<string, unknown>;

/** Reads a nested value of a parsed JSON document. */
const at = (value: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), value);

/** OpenAPI 3.0 -> JSON Schema: `nullable: true` becomes a null alternative; vendor extensions go. */
function toJsonSchema(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(toJsonSchema);
	if (!value || typeof value !== 'object') return value;
	const out: Json = {};
	for (const [k, v] of Object.entries(value as Json)) {
		if (k.startsWith('x-') || k === 'nullable' || k === 'example') continue;
		out[k] = toJsonSchema(v);
	}
	if ((value as Json).nullable === true) return { anyOf: [out, { type: 'null' }] };
	return out;
}

const spec = loadStripeSpec();
const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: true, validateFormats: false });
ajv.addSchema({ $id: 'stripe-spec', components: toJsonSchema(spec.components) as Json });

/** Rewrites the document-local refs of an operation schema to the registered components. */
function rooted(schema: unknown): unknown {
	return JSON.parse(JSON.stringify(toJsonSchema(schema)).replace(/"#\/components\//g, '"stripe-spec#/components/'));
}

function findOperation(method: string, path: string): { template: string; op: Json; params: Record<string, string> } {
	for (const [template, item] of Object.entries(spec.paths as Json)) {
		const names: string[] = [];
		const pattern = new RegExp(`^${template.replace(/\{([^}]+)\}/g, (_, n: string) => (names.push(n), '([^/]+)'))}$`);
		const m = pattern.exec(path);
		const op = (item as Json)[method.toLowerCase()] as Json | undefined;
		if (m && op) return { template, op, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
	}
	throw new Error(`No operation ${method} ${path} in Stripe's spec`);
}

/** Checks one recorded request against the spec; returns the problems found. */
function check(request: RecordedRequest): string[] {
	const url = new URL(request.path, 'http://x');
	const method = request.method;
	const { template, op, params } = findOperation(method, url.pathname.replace(/^\/stripe/, ''));
	const problems: string[] = [];
	const validate = (schema: unknown, data: unknown, what: string) => {
		const fn = ajv.compile(schema as Json);
		if (!fn(data)) problems.push(`${method} ${template} ${what}: ${ajv.errorsText(fn.errors)}`);
	};
	const query = decodeForm(url.search.slice(1));
	const declared = (op.parameters ?? []) as Json[];
	const inQuery = declared.filter((p) => p.in === 'query');
	validate(
		rooted({ type: 'object', additionalProperties: false, properties: Object.fromEntries(inQuery.map((p) => [String(p.name), p.schema])), required: inQuery.filter((p) => p.required).map((p) => String(p.name)) }),
		query,
		'query',
	);
	for (const p of declared.filter((x) => x.in === 'path')) validate(rooted(p.schema), params[String(p.name)], `path parameter ${String(p.name)}`);
	const bodySchema = at(op, 'requestBody', 'content', 'application/x-www-form-urlencoded', 'schema') as Json | undefined;
	const body = decodeForm(request.body);
	if (request.body) {
		expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
		validate(rooted(bodySchema ?? {}), body, 'body');
	} else if ((at(bodySchema, 'required') as string[] | undefined)?.length) {
		problems.push(`${method} ${template}: body is required`);
	}
	return problems;
}

let sandbox: SandboxHandle;
let proxy: LocalServer;
beforeAll(async () => {
	sandbox = await startSandbox({ providers, options: sandboxOptions });
	// Forwards to the emulator and records the raw request on the way.
	proxy = await startLocalServer(async (request) => {
		const headers = Object.fromEntries(Object.entries(request.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
		const response = await fetch(`${sandbox.url}${request.path}`, { method: request.method, headers, body: request.body || undefined });
		return { status: response.status, body: await response.json() };
	});
});
afterAll(async () => {
	await proxy.close();
	await sandbox.close();
});
beforeEach(() => {
	sandbox.reset();
	proxy.requests.length = 0;
});

describe("requests match Stripe's OpenAPI description", () => {
	test.each((cases as Array<{ behaviour: string; seed?: { count: number; created?: number }; parameters: INodeParameters }>).map((c) => [c.behaviour, c] as const))(
		'%s',
		async (_name, raw) => {
			let vars: Record<string, string> = {};
			if (raw.seed) {
				sandbox.provider('stripe').seed(raw.seed.count, { created: raw.seed.created });
				vars = { newest: String((sandbox.provider('stripe').all() as IDataObject[]).at(-1)!.id) };
			}
			const c = fill(raw, vars);
			const result = await runNode({ node, typeName, parameters: c.parameters, credentials: credentials(proxy.url) });
			expect(result.error).toBeUndefined();
			expect(proxy.requests.length).toBeGreaterThan(0);
			expect(proxy.requests.flatMap(check)).toEqual([]);
		},
	);

	test("the trigger's list requests, first page and later pages", async () => {
		sandbox.provider('stripe').seed(3, { created: 1_760_000_000 });
		const staticData: IDataObject = {};
		const poll = async () => await runPoll({ node: trigger, typeName: triggerTypeName, parameters: { event: 'statusChanged', statuses: ['paid'] }, credentials: credentials(proxy.url), staticData });
		await poll();
		sandbox.provider('stripe').seed(120, { created: 1_760_000_100 });
		await poll();
		expect(proxy.requests.some((r) => r.path.includes('starting_after='))).toBe(true);
		expect(proxy.requests.flatMap(check)).toEqual([]);
	});

	test('a request outside the description is reported (the check is not vacuous)', () => {
		const bad: RecordedRequest = { method: 'POST', path: '/stripe/v1/customer_sessions', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'customer=cus_1&components[buy_button][colour]=red' };
		expect(check(bad).join('\n')).toMatch(/body/);
	});
});
