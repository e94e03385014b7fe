// @ts-check
/*
 * Part 2: what this package's own runtime costs, without n8n around it.
 *
 * - Per item: build the body from the node's parameter values, validate it with the generated
 *   validator, form-encode it (Stripe only; JSON bodies are serialised by n8n's HTTP client) and
 *   turn the answer into an output item; each step timed on its own, then the node's whole
 *   execute() over many items with a stub transport that answers at once. Parameter values are
 *   handed over as n8n would after resolving expressions, so n8n's expression cost is not in here
 *   (part 1 shows it).
 * - Load: a fresh Node process per node module requires it and builds its description.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { REPO_ROOT } from '../../e2e/lib/install.mjs';
import { startSandbox } from '../../sandbox/server.mjs';
import { median } from './stats.mjs';

const require = createRequire(import.meta.url);
const DIST = path.join(REPO_ROOT, 'dist');
const LOAD_CHILD = fileURLToPath(new URL('./load-node.mjs', import.meta.url));

/**
 * Realistic parameter sets (as in the operation tests), one per body encoding and shape.
 * @typedef {{provider: string, label: string, dir: string, node: string, op: string, parameters: Record<string, any>,
 *   request: {path: string, form?: boolean}}} Scenario
 * @type {Scenario[]}
 */
const SCENARIOS = [
	{
		provider: 'digitalriver',
		label: 'Digital River checkout create (JSON)',
		dir: 'DigitalRiverSessions',
		node: 'DigitalRiverSessions',
		op: 'checkout.create',
		parameters: {
			resource: 'checkout',
			operation: 'create',
			currency: 'USD',
			items: { item: [{ skuId: 'sku-a', price: 9.99, quantity: 3 }, { skuId: 'sku-b', price: 25, quantity: 1 }] },
			additionalFields: {
				customerId: 'cus-1',
				email: 'bo@example.com',
				taxInclusive: true,
				upstreamId: 'cart-0001',
				shipTo: { name: 'Bo', address: { line1: '10380 Bren Rd W', city: 'Minnetonka', country: 'US', state: 'MN', postalCode: '55129' } },
				metadata: { entry: [{ key: 'cart', value: 'A-1' }] },
			},
		},
		request: { path: '/digitalriver/checkouts' },
	},
	{
		provider: 'stripe',
		label: 'Stripe checkout session create (form)',
		dir: 'StripeSessions',
		node: 'StripeSessions',
		op: 'checkoutSession.create',
		parameters: {
			resource: 'checkoutSession',
			operation: 'create',
			mode: 'payment',
			additionalFields: {
				success_url: 'https://shop.example/ok?session={CHECKOUT_SESSION_ID}',
				cancel_url: 'https://shop.example/cart',
				line_items: {
					lineItem: [
						{ price: 'price_123', quantity: 2 },
						{ price_data: { currency: 'eur', unit_amount: 1500, product_data: { name: 'T-shirt & cap' } }, quantity: 1 },
					],
				},
				metadata: { entry: [{ key: 'order_id', value: 'A-1001' }, { key: 'note', value: '50% off = ok' }] },
				client_reference_id: 'cart_42',
				customer_email: 'ann@example.com',
				allowed_payment_method_types: 'card, link',
				allow_promotion_codes: true,
			},
		},
		request: { path: '/stripe/v1/checkout/sessions', form: true },
	},
	{
		provider: 'quaderno',
		label: 'Quaderno checkout session create (JSON)',
		dir: 'QuadernoSessions',
		node: 'QuadernoSessions',
		op: 'checkoutSession.create',
		parameters: {
			resource: 'checkoutSession',
			operation: 'create',
			items: { item: [{ product: 'sku_book', quantity: 2, currency: 'EUR' }] },
			success_url: 'https://shop.example/thanks',
			cancel_url: 'https://shop.example/cart',
			additionalFields: { locale: 'es', metadata: { entry: [{ key: 'order', value: 'A-1' }] }, customer: { email: 'ana@example.com' } },
		},
		request: { path: '/quaderno/api/checkout/sessions' },
	},
];

/**
 * A stand-in for n8n's execute context: parameters as n8n hands them over after resolving
 * expressions, and a transport that answers every request at once with a recorded response.
 * @param {Record<string, any>} parameters
 * @param {{items: number, credentials: Record<string, any>, credentialType: string, response: unknown}} opts
 */
function stubContext(parameters, opts) {
	const node = { id: 'bench', name: 'Bench', type: 'bench', typeVersion: 1, position: [0, 0], parameters, credentials: { [opts.credentialType]: { id: 'bench', name: 'bench' } } };
	const input = Array.from({ length: opts.items }, (_, i) => ({ json: { i } }));
	const reply = { statusCode: 201, headers: { 'content-type': 'application/json' }, body: opts.response };
	return {
		getInputData: () => input,
		getNode: () => node,
		continueOnFail: () => false,
		getCredentials: async () => opts.credentials,
		/** @param {string} name @param {number} _i @param {unknown} [fallback] */
		getNodeParameter: (name, _i, fallback) => (name in parameters ? parameters[name] : fallback),
		helpers: { httpRequestWithAuthentication: async () => reply },
	};
}

/**
 * Median time per call of `fn`, in microseconds: `samples` batches of `batch` calls after a
 * warm-up, so the clock's own cost is spread over a batch.
 * @param {() => unknown} fn
 * @param {{batch?: number, samples?: number, warmup?: number}} [opts]
 */
export function microsPerCall(fn, opts = {}) {
	const batch = opts.batch ?? 200;
	const samples = opts.samples ?? 101;
	for (let i = 0; i < (opts.warmup ?? 2000); i++) fn();
	/** @type {number[]} */
	const per = [];
	for (let s = 0; s < samples; s++) {
		const t0 = process.hrtime.bigint();
		for (let i = 0; i < batch; i++) fn();
		per.push(Number(process.hrtime.bigint() - t0) / 1000 / batch);
	}
	return median(per);
}

/**
 * One real response per scenario from the emulator, so output mapping works on the real shape.
 * @param {string} baseUrl
 * @param {Scenario} s
 * @param {Record<string, any>} body
 * @param {Record<string, string>} auth  headers
 */
async function recordResponse(baseUrl, s, body, auth) {
	const { encodeForm } = require(path.join(DIST, 'nodes/shared/form.js'));
	const response = await fetch(`${baseUrl}${s.request.path}`, {
		method: 'POST',
		headers: { ...auth, 'content-type': s.request.form ? 'application/x-www-form-urlencoded' : 'application/json' },
		body: s.request.form ? encodeForm(body) : JSON.stringify(body),
	});
	if (response.status >= 300) throw new Error(`${s.label}: emulator answered ${response.status} ${await response.text()}`);
	return await response.json();
}

/**
 * @typedef {object} OverheadResult
 * @property {string} provider
 * @property {string} label
 * @property {number} buildUs
 * @property {number} validateUs
 * @property {number | undefined} encodeUs  form encoding; undefined for JSON bodies
 * @property {number} mapUs
 * @property {number} stepsUs   sum of the steps
 * @property {number} executeUs the node's whole execute() per item, stub transport, limiter off
 * @property {number} bodyBytes
 */

/**
 * Per-item runtime overhead of every scenario.
 * @param {{say: (line: string) => void, items?: number}} opts
 * @returns {Promise<OverheadResult[]>}
 */
export async function benchOverhead(opts) {
	const items = opts.items ?? 1000;
	const { buildBody } = require(path.join(DIST, 'nodes/shared/body.js'));
	const { assertValid } = require(path.join(DIST, 'nodes/shared/validate.js'));
	const { encodeForm } = require(path.join(DIST, 'nodes/shared/form.js'));
	const { getPath } = require(path.join(DIST, 'nodes/shared/pagination.js'));
	const keys = { digitalriver: 'bench-dr-key-0001', stripe: 'sk_test_bench0001', quaderno: 'sk_bench_0001' };
	const sandbox = await startSandbox({
		port: 0,
		host: '127.0.0.1',
		providers: ['digitalriver', 'stripe', 'quaderno'],
		options: /** @type {any} */ ({ digitalriver: { secretKey: keys.digitalriver }, stripe: { secretKey: keys.stripe }, quaderno: { apiKey: keys.quaderno } }),
	});
	/** @type {OverheadResult[]} */
	const results = [];
	try {
		for (const s of SCENARIOS) {
			const { provider } = require(path.join(DIST, `nodes/${s.dir}/generated/provider.js`));
			const nodeModule = require(path.join(DIST, `nodes/${s.dir}/${s.node}.node.js`));
			const op = provider.operations[s.op];
			const credentialType = provider.credentials[0].name;
			const credentials =
				s.provider === 'quaderno'
					? { accountName: 'bench', environment: 'sandbox', apiKey: keys.quaderno, baseUrl: `${sandbox.url}/quaderno/api` }
					: { secretKey: keys[/** @type {'digitalriver' | 'stripe'} */ (s.provider)], baseUrl: `${sandbox.url}/${s.provider}` };
			const fn = stubContext(s.parameters, { items: 1, credentials, credentialType, response: undefined });
			const fields = [...op.body.required, ...op.body.optional];

			// Read per item, as for parameters with expressions (the node reads the others once).
			/** @type {(name: string, i: number, fallback?: unknown) => unknown} */
			const read = (name, i, fallback) => fn.getNodeParameter(name, i, fallback);
			const body = buildBody(read, op.body, 0);
			assertValid(provider.validators, op.body.validator, body, fields, 'request body');
			const auth =
				s.provider === 'quaderno'
					? { authorization: `Basic ${Buffer.from(`${keys.quaderno}:x`).toString('base64')}` }
					: { authorization: `Bearer ${keys[/** @type {'digitalriver' | 'stripe'} */ (s.provider)]}` };
			const response = await recordResponse(sandbox.url, s, body, auth);

			const buildUs = microsPerCall(() => buildBody(read, op.body, 0));
			const validateUs = microsPerCall(() => assertValid(provider.validators, op.body.validator, body, fields, 'request body'));
			const encodeUs = op.body.encoding === 'form' ? microsPerCall(() => encodeForm(body)) : undefined;
			// What execute does with an answer: take the result path and pair it with its input item.
			const mapUs = microsPerCall(() => {
				const result = getPath(response, op.resultPath ?? '');
				const list = Array.isArray(result) ? result : [result];
				return list.map((json) => ({ json, pairedItem: { item: 0 } }));
			});

			// The whole node: parameters, body, validation, transport loop, output. Limiter off and
			// one request at a time, so only work is timed, not waiting: parallel items take turns
			// on timer passes, which the stub's instant answers would turn into pure waiting.
			const Node = Object.values(nodeModule).find((v) => typeof v === 'function');
			const instance = new Node();
			const parameters = { ...s.parameters, options: { ...(s.parameters.options ?? {}), requestsPerSecond: 0, parallelRequests: 1 } };
			const ctx = stubContext(parameters, { items, credentials, credentialType, response });
			/** @type {number[]} */
			const perItem = [];
			for (let r = 0; r < 9; r++) {
				const t0 = process.hrtime.bigint();
				const out = await instance.execute.call(ctx);
				const us = Number(process.hrtime.bigint() - t0) / 1000;
				if (out[0].length !== items) throw new Error(`${s.label}: execute returned ${out[0].length} items, expected ${items}`);
				// The first run pays for compiling and warming up; it is not a per-item cost.
				if (r > 0) perItem.push(us / items);
			}
			const result = {
				provider: s.provider,
				label: s.label,
				buildUs,
				validateUs,
				encodeUs,
				mapUs,
				stepsUs: buildUs + validateUs + (encodeUs ?? 0) + mapUs,
				executeUs: median(perItem),
				bodyBytes: Buffer.byteLength(JSON.stringify(body)),
			};
			opts.say(`[bench] ${s.label}: steps ${result.stepsUs.toFixed(1)} µs, whole execute ${result.executeUs.toFixed(1)} µs per item`);
			results.push(result);
		}
	} finally {
		await sandbox.close();
	}
	return results;
}

/**
 * Runs the load child once.
 * @param {string} file
 * @param {'warm' | 'cold'} mode
 * @returns {Promise<{requireMs: number, describeMs: number, totalMs: number, properties: number, workflowMs: number}>}
 */
async function loadOnce(file, mode) {
	return await new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [LOAD_CHILD, file, mode], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.on('data', (c) => (out += c));
		child.stderr.on('data', (c) => (err += c));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0) return reject(new Error(`loading ${file} failed (exit ${code}): ${err.slice(-1000)}`));
			try {
				resolve(JSON.parse(out.trim().split('\n').pop() ?? ''));
			} catch {
				reject(new Error(`loading ${file} printed no result: ${out.slice(-500)} ${err.slice(-500)}`));
			}
		});
	});
}

/**
 * @typedef {object} LoadResult
 * @property {string} module   path inside the package
 * @property {number} warmMs   require + description with n8n-workflow already loaded (as inside n8n), median
 * @property {number} coldMs   the same in a process that loads n8n-workflow through the module, median
 * @property {number} requireMs  require part of warmMs (median)
 * @property {number} describeMs description part of warmMs (median)
 * @property {number} properties top-level parameters of the description
 */

/**
 * Load time of every node module listed in package.json, each in fresh processes.
 * @param {{runs: number, say: (line: string) => void}} opts
 */
export async function benchLoad(opts) {
	const pkg = require(path.join(REPO_ROOT, 'package.json'));
	/** @type {string[]} */
	const files = pkg.n8n.nodes;
	/** @type {LoadResult[]} */
	const results = [];
	let workflowMs = Number.NaN;
	for (const rel of files) {
		const file = path.join(REPO_ROOT, rel);
		/** @type {Array<Awaited<ReturnType<typeof loadOnce>>>} */
		const warm = [];
		/** @type {number[]} */
		const cold = [];
		// Interleaved, so a burst of load on the machine hits both kinds alike.
		for (let r = 0; r < opts.runs; r++) {
			warm.push(await loadOnce(file, 'warm'));
			cold.push((await loadOnce(file, 'cold')).totalMs);
		}
		workflowMs = median(warm.map((w) => w.workflowMs));
		const result = {
			module: rel.replace(/^dist\//, ''),
			warmMs: median(warm.map((w) => w.totalMs)),
			coldMs: median(cold),
			requireMs: median(warm.map((w) => w.requireMs)),
			describeMs: median(warm.map((w) => w.describeMs)),
			properties: warm[0].properties,
		};
		opts.say(`[bench] load ${result.module}: ${result.warmMs.toFixed(1)} ms (cold ${result.coldMs.toFixed(1)} ms)`);
		results.push(result);
	}
	return { nodeVersion: process.version, runs: opts.runs, n8nWorkflowMs: workflowMs, modules: results };
}
