// @ts-check
/*
 * Part 1: the same job — create N Digital River checkouts, one per input item — done by this
 * package's node and by n8n's HTTP Request node, in the same pinned n8n (`n8n execute`), against
 * the same local emulator with latency injected into every request: fixed, or jittered (log-normal,
 * drawn from the emulator's seeded generator, so every run of a variant gets the same delays).
 * Each node is timed from its own run data (startTime / executionTime), so n8n's start-up and the
 * item generator stay outside the figure; the emulator's request log holds each request's arrival
 * and delay, from which the requests in flight and the latency limit are read.
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
 * The injected latency of a run: none, the same for every request, or log-normal (the latency as
 * its median, `p99` as its 99th percentile).
 * @typedef {'none' | 'fixed' | 'jittered'} LatencyKind
 */

/**
 * @typedef {object} Variant
 * @property {string} key
 * @property {string} label
 * @property {string} workflowId
 * @property {LatencyKind} latency
 * @property {boolean} [extra]  run only when named in --variants (kept short by default)
 * @property {number | undefined} concurrency  requests the variant keeps in flight by its settings
 *   (undefined where no latency limit applies)
 * @property {string} concurrencyNote  where that number comes from
 */

/**
 * @typedef {object} VariantResult
 * @property {string} key
 * @property {string} label
 * @property {LatencyKind} latencyKind
 * @property {number} latencyMs     injected latency of this run (the median when jittered; 0: none)
 * @property {number} sampledLatencyMs  sum of the delays the emulator added to the create requests (last repetition)
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
 * @property {number | undefined} latencyLimitMs  sampledLatencyMs / concurrency (N × latency / concurrency when fixed)
 * @property {number | undefined} ratioToLimit    latencyLimitMs / wallMs (1.0 = as fast as latency allows)
 * @property {number | undefined} idealPoolMs     the same delays, in arrival order, through `concurrency` slots with no
 *   other cost (each request goes to the slot free first): what the tail of the last requests adds to the limit
 * @property {number | undefined} ratioToIdeal    idealPoolMs / wallMs
 * @property {number} peakHwmMiB    VmHWM of the `n8n execute` process (max over repetitions)
 * @property {number} peakRssMiB    largest VmRSS sampled
 * @property {number} requests      create requests the emulator received (last repetition)
 * @property {number} created       checkouts the emulator holds after the run (last repetition)
 * @property {number} outputItems   items the create node emitted (last repetition)
 * @property {number} distinctIds   distinct checkout ids among them
 * @property {boolean} countsOk     requests, created, outputItems and distinctIds all equal N
 * @property {number} peakInFlight  most create requests the emulator held at once (arrival to arrival + delay)
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
 * Most requests held at once, each from its arrival until its delay has passed (the emulator's
 * handler itself takes well under a millisecond).
 * @param {Array<{at: number, delayMs: number}>} requests  arrival in epoch milliseconds
 */
export function peakInFlight(requests) {
	/** @type {Array<[number, number]>} */
	const edges = requests.flatMap((r) => /** @type {Array<[number, number]>} */ ([[r.at, 1], [r.at + r.delayMs, -1]]));
	// An answer at the same millisecond as an arrival leaves first: its slot is what the arrival takes.
	edges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
	let now = 0;
	let best = 0;
	for (const [, step] of edges) best = Math.max(best, (now += step));
	return best;
}

/**
 * The time `delays` take through `slots` parallel slots when each goes, in order, to the slot
 * that is free first and nothing else costs time: with jitter, the last slow requests keep some
 * slots busy after the others have finished, so even this ideal ends after sum / slots.
 * @param {number[]} delays @param {number} slots
 */
export function idealPoolMs(delays, slots) {
	const free = new Array(Math.max(1, Math.min(slots, delays.length))).fill(0);
	for (const d of delays) {
		let first = 0;
		for (let i = 1; i < free.length; i++) if (free[i] < free[first]) first = i;
		free[first] += d;
	}
	return Math.max(0, ...free);
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
 * The timed runs, fixed latency first, then jittered, then the floors without latency.
 * @type {Variant[]}
 */
const VARIANTS = [
	{ key: 'ours', label: 'ours, 10 parallel, 250/s', workflowId: 'benchOurs', latency: 'fixed', concurrency: 10, concurrencyNote: 'Options > Parallel Requests' },
	// Nominal concurrency as the node's settings read (one request per item; ten items per batch).
	{ key: 'httpDefault', label: 'HTTP Request 4.2, defaults', workflowId: 'benchHttpDefault', latency: 'fixed', concurrency: 1, concurrencyNote: 'nominal: one request per item' },
	{ key: 'httpBatched', label: 'HTTP Request 4.2, batching 10 / 0 ms', workflowId: 'benchHttpBatched', latency: 'fixed', concurrency: 10, concurrencyNote: 'nominal: items per batch', extra: true },
	// The node's most parallel setting, with the same 250/s limit: the limiter then allows 225/s,
	// which is what the node may send to Digital River in live mode.
	{ key: 'oursWide', label: 'ours, 50 parallel, 250/s', workflowId: 'benchOursWide', latency: 'fixed', concurrency: 50, concurrencyNote: 'Options > Parallel Requests (maximum)', extra: true },
	// The same without a rate limit, as the HTTP Request node runs: what n8n's one thread allows.
	{ key: 'oursUnlimited', label: 'ours, 50 parallel, no limit', workflowId: 'benchOursUnlimited', latency: 'fixed', concurrency: 50, concurrencyNote: 'Parallel Requests 50, Requests Per Second 0 (off)' },
	{ key: 'oursJitter', label: 'ours, 10 parallel, 250/s', workflowId: 'benchOurs', latency: 'jittered', concurrency: 10, concurrencyNote: 'Options > Parallel Requests' },
	{ key: 'httpDefaultJitter', label: 'HTTP Request 4.2, defaults', workflowId: 'benchHttpDefault', latency: 'jittered', concurrency: 1, concurrencyNote: 'nominal: one request per item' },
	{ key: 'oursUnlimitedJitter', label: 'ours, 50 parallel, no limit', workflowId: 'benchOursUnlimited', latency: 'jittered', concurrency: 50, concurrencyNote: 'Parallel Requests 50, Requests Per Second 0 (off)' },
	{ key: 'oursNoLatency', label: 'ours, 50 parallel, no limit', workflowId: 'benchOursUnlimited', latency: 'none', concurrency: undefined, concurrencyNote: 'floor: n8n and node work only' },
	{ key: 'httpDefaultNoLatency', label: 'HTTP Request 4.2, defaults', workflowId: 'benchHttpDefault', latency: 'none', concurrency: undefined, concurrencyNote: 'floor: n8n and node work only' },
];

/** The keys of every variant, for `--variants=`. */
export const VARIANT_KEYS = VARIANTS.map((v) => v.key);

/** Builds and packs the repository into the benchmark's own folder; returns the tarball. */
export async function packForBench() {
	await mkdir(BENCH_CACHE, { recursive: true });
	return await packRepository(path.join(BENCH_CACHE, 'package'));
}

/**
 * Runs part 1 and returns one result per variant plus the baseline.
 * @param {{tarball: string, items: number, latencyMs: number, p99Ms: number, repeat: number, waitIdle: number, waitIdleMaxMs: number,
 *   variants?: string[], say: (line: string) => void}} opts  waitIdle: share of the machine's CPU that must be idle before each
 *   run starts (0: do not wait), waiting at most waitIdleMaxMs; variants: keys of the variants to run (default: all)
 */
export async function benchInN8n(opts) {
	const { tarball, items, latencyMs, p99Ms, repeat, say } = opts;
	const chosen = VARIANTS.filter((v) => (opts.variants ? opts.variants.includes(v.key) : !v.extra));
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
		 * @param {LatencyKind} [latency]
		 */
		const runOnce = async (workflowId, latency = 'none') => {
			const { idleShare, waitedMs } = await waitForIdle(opts.waitIdle, opts.waitIdleMaxMs);
			if (waitedMs > 1500) say(`[bench]   waited ${Math.round(waitedMs / 1000)} s for an idle machine (now ${Math.round(idleShare * 100)}% idle)`);
			// The reset also restarts the emulator's seeded generator: every jittered run gets the same delays.
			sandbox.reset();
			/** @type {import('../../sandbox/lib/types.mjs').FaultRule} */
			const fault = { provider: 'digitalriver', kind: 'latency', ms: latencyMs, rate: 1 };
			sandbox.setFaults(latency === 'none' ? [] : [latency === 'jittered' ? { ...fault, p99: p99Ms } : fault]);
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
		 * @type {Map<string, {variant: Variant, wall: number[], cpu: number[], loads: number[], idle: number[], delays: number[], result?: VariantResult, failed: boolean}>}
		 */
		const acc = new Map(chosen.map((v) => [v.key, { variant: v, wall: [], cpu: [], loads: [], idle: [], delays: [], failed: false }]));
		for (let r = 0; r < repeat; r++) {
			for (const a of acc.values()) {
				if (a.failed) continue;
				const { variant } = a;
				say(`[bench] ${variant.label}, ${latencyLabel(variant.latency, latencyMs, p99Ms)}: run ${r + 1}/${repeat}`);
				const { run, mem, processMs, creates, cpuMs, loadAverage, idleShare } = await runOnce(variant.workflowId, variant.latency);
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
				const delays = creates.map((c) => Number(c.delayMs ?? 0));
				const inFlight = variant.latency === 'none' ? Number.NaN : peakInFlight(creates.map((c, i) => ({ at: Date.parse(c.at), delayMs: delays[i] })));
				a.delays = delays;
				const prev = a.result;
				a.result = {
					key: variant.key,
					label: variant.label,
					latencyKind: variant.latency,
					latencyMs: variant.latency === 'none' ? 0 : latencyMs,
					sampledLatencyMs: delays.reduce((x, y) => x + y, 0),
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
					idealPoolMs: undefined,
					ratioToIdeal: undefined,
					peakHwmMiB: Math.max(prev?.peakHwmMiB ?? 0, mem.peakHwmMiB),
					peakRssMiB: Math.max(prev?.peakRssMiB ?? 0, mem.peakRssMiB),
					requests: creates.length,
					created,
					outputItems: output.length,
					distinctIds,
					// Must hold in every repetition, not only the last.
					countsOk: countsOk && (prev?.countsOk ?? true),
					peakInFlight: Math.max(prev?.peakInFlight ?? 0, inFlight),
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
					`[bench]   create node ${wallMs} ms, n8n CPU ${Math.round(cpuMs)} ms; emulator holds ${created} checkouts${variant.latency !== 'none' ? `; peak in flight ${inFlight}` : ''}; ${Math.round(idleShare * 100)}% idle before, load average ${loadAverage.toFixed(2)} after`,
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
			addLatencyLimits(result, a.delays);
			results.push(result);
		}
		return { items, latencyMs, p99Ms, repeat, baseline, variants: results };
	} finally {
		await sandbox.close();
	}
}

/**
 * How a run's latency reads in the tables.
 * @param {LatencyKind} kind @param {number} latencyMs @param {number} p99Ms
 */
export function latencyLabel(kind, latencyMs, p99Ms) {
	if (kind === 'none') return 'no latency';
	return kind === 'fixed' ? `${latencyMs} ms fixed` : `jittered ${latencyMs}/${p99Ms} ms`;
}

/**
 * Adds the latency-limit figures once the variant's wall time is settled. The limit is the sum of
 * the delays the emulator really added (the same in every repetition: the seeded generator starts
 * afresh) divided by the concurrency: N × latency / concurrency when fixed, and with jitter the
 * sampled delays rather than their expected value, so the luck of one sample does not count.
 * @param {VariantResult} v
 * @param {number[]} delays  the create requests' delays, in arrival order
 */
export function addLatencyLimits(v, delays) {
	if (v.concurrency === undefined || v.latencyKind === 'none' || !Number.isFinite(v.wallMs) || delays.length === 0) return;
	v.latencyLimitMs = delays.reduce((x, y) => x + y, 0) / v.concurrency;
	v.ratioToLimit = v.latencyLimitMs / v.wallMs;
	v.idealPoolMs = idealPoolMs(delays, v.concurrency);
	v.ratioToIdeal = v.idealPoolMs / v.wallMs;
}
