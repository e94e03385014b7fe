// @ts-check
/*
 * Part 1: the same job — create N Digital River checkouts, one per input item — done by this
 * package's node and by n8n's HTTP Request node, in the same pinned n8n (`n8n execute`), against
 * the same local emulator with a fixed latency injected into every request. Each node is timed
 * from its own run data (startTime / executionTime), so n8n's start-up and the item generator
 * stay outside the figure; the emulator's request log shows how many requests were in flight.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { REPO_ROOT, ensureRuntime } from '../../e2e/lib/install.mjs';
import { executeWorkflow, nodeOutput, prepareUserFolder, runError } from '../../e2e/lib/n8n.mjs';
import { packRepository } from '../../e2e/lib/pack.mjs';
import { chain, manualStart } from '../../e2e/lib/workflow.mjs';
import { startSandbox } from '../../sandbox/server.mjs';
import { median, processSampler, waitForIdle } from './stats.mjs';

/** Where the benchmark keeps its own tarball and n8n user folder (next to the e2e cache). */
export const BENCH_CACHE = path.join(REPO_ROOT, '.cache', 'bench');

/**
 * @typedef {object} Variant
 * @property {string} key
 * @property {string} label
 * @property {string} workflowId
 * @property {boolean} latency  whether the injected latency is on for this run
 * @property {number | undefined} concurrency  requests the variant keeps in flight by its settings
 *   (undefined where no latency limit applies)
 * @property {string} concurrencyNote  where that number comes from
 */

/**
 * @typedef {object} VariantResult
 * @property {string} key
 * @property {string} label
 * @property {number} latencyMs     injected latency of this run
 * @property {number | undefined} concurrency
 * @property {string} concurrencyNote
 * @property {string} status        the run's status ("success" or "error")
 * @property {string | undefined} error
 * @property {number[]} wallMsRuns  the create node's executionTime of every repetition
 * @property {number} wallMs        median of wallMsRuns
 * @property {number} cpuMs         CPU time of the n8n process while the create node ran (median)
 * @property {number} cpuPerItemMs  cpuMs / N
 * @property {number} loadAverage   the machine's 1-minute load average after the run (highest of the repetitions)
 * @property {number} idleBefore    share of the machine's CPU idle in the second before the run (lowest of the repetitions)
 * @property {number} generatorMs   the item generator's executionTime (outside the timed window)
 * @property {number} processMs     the whole `n8n execute` process, start-up included (context only)
 * @property {number} sessionsPerSec
 * @property {number | undefined} latencyLimitMs  N × latency / concurrency
 * @property {number | undefined} ratioToLimit    latencyLimitMs / wallMs (1.0 = as fast as latency allows)
 * @property {number} peakHwmMiB    VmHWM of the `n8n execute` process (max over repetitions)
 * @property {number} peakRssMiB    largest VmRSS sampled
 * @property {number} requests      create requests the emulator received (last repetition)
 * @property {number} created       checkouts the emulator holds after the run (last repetition)
 * @property {number} outputItems   items the create node emitted (last repetition)
 * @property {number} distinctIds   distinct checkout ids among them
 * @property {boolean} countsOk     requests, created, outputItems and distinctIds all equal N
 * @property {number} peakInFlight  most create requests that arrived within one latency window
 */

/**
 * Pages through the emulator's public checkout list (no latency fault active) and returns how
 * many checkouts it holds.
 * @param {string} baseUrl  emulator URL
 * @param {string} key
 */
async function countCheckouts(baseUrl, key) {
	let count = 0;
	/** @type {string | undefined} */
	let after;
	// Bounded: 1,000 pages of 100 is far beyond any run of this benchmark.
	for (let page = 0; page < 1000; page++) {
		const url = new URL(`${baseUrl}/digitalriver/checkouts`);
		url.searchParams.set('limit', '100');
		if (after) url.searchParams.set('startingAfter', after);
		const response = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
		if (!response.ok) throw new Error(`listing checkouts failed: ${response.status} ${await response.text()}`);
		/** @type {{hasMore: boolean, data: Array<{id: string}>}} */
		const body = /** @type {any} */ (await response.json());
		count += body.data.length;
		if (!body.hasMore || body.data.length === 0) return count;
		after = body.data[body.data.length - 1].id;
	}
	throw new Error('checkout list did not end within 1,000 pages');
}

/**
 * Most requests whose arrival times fall within one window: with a fixed injected latency and a
 * fast handler, that is how many were in flight at once.
 * @param {number[]} arrivals  epoch milliseconds
 * @param {number} windowMs
 */
export function peakWithin(arrivals, windowMs) {
	const t = [...arrivals].sort((a, b) => a - b);
	let best = 0;
	for (let lo = 0, hi = 0; hi < t.length; hi++) {
		while (t[hi] - t[lo] >= windowMs) lo++;
		best = Math.max(best, hi - lo + 1);
	}
	return best;
}

/**
 * The workflows: a generator of N items, then the create step of each variant.
 * @param {number} items
 */
function workflows(items) {
	const credential = { digitalRiverSessionsApi: { id: 'benchDigitalRiver', name: 'Digital River (bench)' } };
	const headerAuth = { httpHeaderAuth: { id: 'benchBearer', name: 'Bearer header (bench)' } };
	// A built-in node that makes N items in-process (the Code node would add a task-runner process).
	const makeItems = {
		name: 'Make Items',
		type: 'n8n-nodes-base.debugHelper',
		parameters: { category: 'randomData', randomDataType: 'uuid', randomDataCount: items, randomDataSeed: 'bench' },
	};
	// The same body for both nodes; one expression per item in each (the shopper's cart id).
	const line = { skuId: 'sku-bench', price: 9.99, quantity: 1 };
	const ours = (/** @type {number} */ parallelRequests, /** @type {number} */ requestsPerSecond) => ({
		name: 'Create',
		type: 'pkg:digitalRiverSessions',
		credentials: credential,
		parameters: {
			resource: 'checkout',
			operation: 'create',
			currency: 'USD',
			items: { item: [line] },
			additionalFields: { upstreamId: '={{ $json.uuid }}' },
			// 250 requests/s is Digital River's published live limit: the limiter runs but, at 10 in
			// flight and 50 ms each (200/s at most), does not hold requests back. 0 turns it off, as
			// for the vendors that publish no limit (Primer, Gr4vy).
			options: { parallelRequests, requestsPerSecond },
		},
	});
	/** @param {Record<string, unknown>} options */
	const http = (options) => ({
		name: 'Create',
		type: 'n8n-nodes-base.httpRequest',
		credentials: headerAuth,
		parameters: {
			method: 'POST',
			url: '__E2E_SANDBOX_URL__/digitalriver/checkouts',
			authentication: 'genericCredentialType',
			genericAuthType: 'httpHeaderAuth',
			sendBody: true,
			contentType: 'json',
			specifyBody: 'json',
			jsonBody: `={"currency":"USD","items":[${JSON.stringify(line)}],"upstreamId":"{{ $json.uuid }}"}`,
			options,
		},
	});
	const withHttpVersion = (/** @type {ReturnType<typeof chain>} */ wf) => ({
		...wf,
		nodes: wf.nodes.map((n) => (n.type === 'n8n-nodes-base.httpRequest' ? { ...n, typeVersion: 4.2 } : n)),
	});
	return [
		chain('benchBaseline', 'Bench: items only', [manualStart, makeItems]),
		chain('benchOurs', 'Bench: Digital River Sessions', [manualStart, makeItems, ours(10, 250)]),
		chain('benchOursWide', 'Bench: Digital River Sessions, 50 parallel', [manualStart, makeItems, ours(50, 250)]),
		chain('benchOursUnlimited', 'Bench: Digital River Sessions, 50 parallel, no rate limit', [manualStart, makeItems, ours(50, 0)]),
		withHttpVersion(chain('benchHttpDefault', 'Bench: HTTP Request, defaults', [manualStart, makeItems, http({})])),
		withHttpVersion(
			chain('benchHttpBatched', 'Bench: HTTP Request, batching 10 / 0 ms', [
				manualStart,
				makeItems,
				http({ batching: { batch: { batchSize: 10, batchInterval: 0 } } }),
			]),
		),
	];
}

/**
 * The timed runs. The last two repeat two of them without injected latency: what is left then is
 * the time n8n and the node need per item, the floor under any latency figure.
 * @type {Variant[]}
 */
const VARIANTS = [
	{ key: 'ours', label: 'Digital River Sessions (ours)', workflowId: 'benchOurs', latency: true, concurrency: 10, concurrencyNote: 'Options > Parallel Requests' },
	// Nominal concurrency as the node's settings read (one request per item; ten items per batch).
	{ key: 'httpDefault', label: 'HTTP Request 4.2, defaults', workflowId: 'benchHttpDefault', latency: true, concurrency: 1, concurrencyNote: 'nominal: one request per item' },
	{ key: 'httpBatched', label: 'HTTP Request 4.2, batching 10 / 0 ms', workflowId: 'benchHttpBatched', latency: true, concurrency: 10, concurrencyNote: 'nominal: items per batch' },
	// The node's most parallel setting, with the same 250/s limit: the limiter then allows 225/s,
	// which is what the node may send to Digital River in live mode.
	{ key: 'oursWide', label: 'Digital River Sessions (ours), 50 parallel', workflowId: 'benchOursWide', latency: true, concurrency: 50, concurrencyNote: 'Options > Parallel Requests (maximum)' },
	// The same without a rate limit, as the HTTP Request node runs: what n8n's one thread allows.
	{ key: 'oursUnlimited', label: 'Digital River Sessions (ours), 50 parallel, no rate limit', workflowId: 'benchOursUnlimited', latency: true, concurrency: 50, concurrencyNote: 'Parallel Requests 50, Requests Per Second 0 (off)' },
	{ key: 'oursNoLatency', label: 'Digital River Sessions (ours), no latency', workflowId: 'benchOursUnlimited', latency: false, concurrency: undefined, concurrencyNote: 'floor: n8n and node work only' },
	{ key: 'httpDefaultNoLatency', label: 'HTTP Request 4.2 defaults, no latency', workflowId: 'benchHttpDefault', latency: false, concurrency: undefined, concurrencyNote: 'floor: n8n and node work only' },
];

/** Builds and packs the repository into the benchmark's own folder; returns the tarball. */
export async function packForBench() {
	await mkdir(BENCH_CACHE, { recursive: true });
	return await packRepository(path.join(BENCH_CACHE, 'package'));
}

/**
 * Runs part 1 and returns one result per variant plus the baseline.
 * @param {{tarball: string, items: number, latencyMs: number, repeat: number, waitIdle: number, waitIdleMaxMs: number,
 *   say: (line: string) => void}} opts  waitIdle: share of the machine's CPU that must be idle before each run starts
 *   (0: do not wait), waiting at most waitIdleMaxMs
 */
export async function benchInN8n(opts) {
	const { tarball, items, latencyMs, repeat, say } = opts;
	await ensureRuntime();
	// Made up per run, so nothing key-like lives in the source; the emulator accepts exactly this.
	const secretKey = `bench-${randomBytes(12).toString('hex')}`;
	const sandbox = await startSandbox({ port: 0, host: '127.0.0.1', providers: ['digitalriver'], options: /** @type {any} */ ({ digitalriver: { secretKey } }) });
	try {
		say(`[bench] preparing an n8n user folder (${path.relative(REPO_ROOT, BENCH_CACHE)}/n8n-home)`);
		const home = await prepareUserFolder({ tarball, userFolder: path.join(BENCH_CACHE, 'n8n-home') });
		const vars = { SANDBOX_URL: sandbox.url, PACKAGE: home.packageName };
		await home.importCredentials(
			[
				{ id: 'benchDigitalRiver', name: 'Digital River (bench)', type: 'digitalRiverSessionsApi', data: { secretKey, baseUrl: '__E2E_SANDBOX_URL__/digitalriver' } },
				{ id: 'benchBearer', name: 'Bearer header (bench)', type: 'httpHeaderAuth', data: { name: 'Authorization', value: `Bearer ${secretKey}` } },
			],
			vars,
		);
		await home.importWorkflow(workflows(items), vars);

		/**
		 * One `n8n execute` of a workflow with a fresh emulator state and the latency fault on.
		 * @param {string} workflowId
		 * @param {number} [latency]
		 */
		const runOnce = async (workflowId, latency = latencyMs) => {
			const { idleShare, waitedMs } = await waitForIdle(opts.waitIdle, opts.waitIdleMaxMs);
			if (waitedMs > 1500) say(`[bench]   waited ${Math.round(waitedMs / 1000)} s for an idle machine (now ${Math.round(idleShare * 100)}% idle)`);
			sandbox.reset();
			sandbox.setFaults(latency > 0 ? [{ provider: 'digitalriver', kind: 'latency', ms: latency, rate: 1 }] : []);
			const memory = processSampler(50);
			const started = Date.now();
			let run;
			try {
				run = await executeWorkflow(home.userFolder, workflowId, { timeoutMs: 10 * 60_000, onSpawn: (pid) => memory.watch(pid) });
			} finally {
				// Stopped however the run ends, so no timer keeps the benchmark alive.
				memory.stop();
			}
			const mem = memory.stop();
			const processMs = Date.now() - started;
			sandbox.setFaults([]);
			const creates = sandbox.requests.filter((r) => r.operation === 'checkout.create');
			const task = run.data.resultData.runData['Create']?.[0];
			// CPU the n8n process spent while the create node ran: near its wall time when n8n's one
			// JavaScript thread is the bottleneck, well below it when the node waits on the network.
			const cpuMs =
				task?.startTime !== undefined && task.executionTime !== undefined
					? memory.cpuBetween(task.startTime, task.startTime + task.executionTime)
					: Number.NaN;
			return { run, mem, processMs, creates, cpuMs, loadAverage: os.loadavg()[0], idleShare };
		};

		say(`[bench] baseline: ${items} items, no requests`);
		const base = await runOnce('benchBaseline');
		const baseTask = base.run.data.resultData.runData['Make Items']?.[0];
		const baseline = {
			status: base.run.status,
			generatorMs: Number(baseTask?.executionTime ?? Number.NaN),
			processMs: base.processMs,
			peakHwmMiB: base.mem.peakHwmMiB,
			peakRssMiB: base.mem.peakRssMiB,
		};

		/**
		 * One accumulator per variant; repetitions go round the variants in turn, so a burst of
		 * load on the machine falls on all of them alike rather than on one.
		 * @type {Map<string, {variant: Variant, wall: number[], cpu: number[], loads: number[], idle: number[], result?: VariantResult, failed: boolean}>}
		 */
		const acc = new Map(VARIANTS.map((v) => [v.key, { variant: v, wall: [], cpu: [], loads: [], idle: [], failed: false }]));
		for (let r = 0; r < repeat; r++) {
			for (const a of acc.values()) {
				if (a.failed) continue;
				const { variant } = a;
				say(`[bench] ${variant.label}: run ${r + 1}/${repeat}`);
				const latency = variant.latency ? latencyMs : 0;
				const { run, mem, processMs, creates, cpuMs, loadAverage, idleShare } = await runOnce(variant.workflowId, latency);
				a.idle.push(idleShare);
				const task = run.data.resultData.runData['Create']?.[0];
				const gen = run.data.resultData.runData['Make Items']?.[0];
				const failed = run.status !== 'success' || !task;
				const error = failed ? JSON.stringify(runError(run) ?? task?.error ?? 'create node did not run').slice(0, 500) : undefined;
				const output = failed ? [] : nodeOutput(run, 'Create');
				const created = await countCheckouts(sandbox.url, secretKey);
				const distinctIds = new Set(output.map((o) => String(o.id))).size;
				const wallMs = Number(task?.executionTime ?? Number.NaN);
				const countsOk = creates.length === items && created === items && output.length === items && distinctIds === items;
				// Read from arrival times, which needs the fixed latency; without it there is no window.
				const peakInFlight = latency > 0 ? peakWithin(creates.map((c) => Date.parse(c.at)), latency) : Number.NaN;
				const prev = a.result;
				a.result = {
					key: variant.key,
					label: variant.label,
					latencyMs: latency,
					concurrency: variant.concurrency,
					concurrencyNote: variant.concurrencyNote,
					status: run.status,
					error,
					wallMsRuns: a.wall,
					wallMs: Number.NaN,
					cpuMs: Number.NaN,
					cpuPerItemMs: Number.NaN,
					loadAverage: Number.NaN,
					idleBefore: Number.NaN,
					generatorMs: Number(gen?.executionTime ?? Number.NaN),
					processMs,
					sessionsPerSec: Number.NaN,
					latencyLimitMs: undefined,
					ratioToLimit: undefined,
					peakHwmMiB: Math.max(prev?.peakHwmMiB ?? 0, mem.peakHwmMiB),
					peakRssMiB: Math.max(prev?.peakRssMiB ?? 0, mem.peakRssMiB),
					requests: creates.length,
					created,
					outputItems: output.length,
					distinctIds,
					// Must hold in every repetition, not only the last.
					countsOk: countsOk && (prev?.countsOk ?? true),
					peakInFlight: Math.max(prev?.peakInFlight ?? 0, peakInFlight),
				};
				a.loads.push(loadAverage);
				if (failed) {
					a.failed = true;
					say(`[bench]   failed: ${error}`);
					continue;
				}
				a.wall.push(wallMs);
				a.cpu.push(cpuMs);
				say(
					`[bench]   create node ${wallMs} ms, n8n CPU ${Math.round(cpuMs)} ms; emulator holds ${created} checkouts${latency > 0 ? `; peak in flight ${peakInFlight}` : ''}; ${Math.round(idleShare * 100)}% idle before, load average ${loadAverage.toFixed(2)} after`,
				);
			}
		}
		/** @type {VariantResult[]} */
		const results = [];
		for (const a of acc.values()) {
			const result = a.result;
			if (!result) continue;
			result.wallMs = median(a.wall);
			result.cpuMs = median(a.cpu);
			result.cpuPerItemMs = result.cpuMs / items;
			result.loadAverage = Math.max(...a.loads);
			result.idleBefore = Math.min(...a.idle);
			result.sessionsPerSec = (items / result.wallMs) * 1000;
			results.push(result);
		}
		addLatencyLimits(results, items, latencyMs);
		return { items, latencyMs, repeat, baseline, variants: results };
	} finally {
		await sandbox.close();
	}
}

/**
 * Adds the latency-limit figures once the concurrency of each variant is settled.
 * @param {VariantResult[]} variants
 * @param {number} items
 * @param {number} latencyMs
 */
export function addLatencyLimits(variants, items, latencyMs) {
	for (const v of variants) {
		if (v.concurrency === undefined || v.latencyMs === 0 || !Number.isFinite(v.wallMs)) continue;
		v.latencyLimitMs = (items * latencyMs) / v.concurrency;
		v.ratioToLimit = v.latencyLimitMs / v.wallMs;
	}
}
