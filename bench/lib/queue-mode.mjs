// @ts-check
/*
 * Part 1b: the bulk create of part 1 in n8n's queue mode, with the infrastructure of the scale run
 * (scale/lib: PostgreSQL, Redis, one main process and workers sharing one user folder, executions
 * started by production webhooks). A main process with one worker, then the same with a second
 * worker started beside it, each against fixed and jittered latency: how many checkouts per
 * second the cluster makes and how much CPU its n8n processes spend per item.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

import { REPO_ROOT, ensureRuntime } from '../../e2e/lib/install.mjs';
import { installPackage } from '../../e2e/lib/n8n.mjs';
import { startSandbox } from '../../sandbox/server.mjs';
import { importAll, queueEnv, setPublished, startMain, startWorker } from '../../scale/lib/queue.mjs';
import { startPostgres, startRedis } from '../../scale/lib/services.mjs';
import { BENCH_CACHE, latencyLabel, peakInFlight } from './in-n8n.mjs';
import { median, readProcCpuMs, waitForIdle } from './stats.mjs';

const WORKFLOW_ID = 'benchQueueBulk';
const WEBHOOK_PATH = 'bench-queue-bulk';
/** Executions per run and items per execution: 1,000 checkouts, as in part 1. */
const EXECUTIONS = 20;
const ITEMS_PER_EXECUTION = 50;
/** As the scale run: each worker runs five executions at once. */
const WORKER_CONCURRENCY = 5;
const PARALLEL_REQUESTS = 10;

/**
 * @typedef {object} QueueResult
 * @property {number} workers
 * @property {import('./in-n8n.mjs').LatencyKind} latencyKind
 * @property {string} latency          as the tables print it
 * @property {number[]} wallMsRuns     first webhook call to the last execution's end, every repetition
 * @property {number} wallMs           median of wallMsRuns
 * @property {number} sessionsPerSec
 * @property {number} cpuPerItemMs     CPU of main and workers over the run / items (median)
 * @property {number} concurrency      requests the settings allow in flight: workers × concurrency × Parallel Requests
 * @property {number} latencyLimitMs   sampled delays / concurrency
 * @property {number} ratioToLimit
 * @property {number} peakInFlight
 * @property {string} executionsPerWorker  last repetition
 * @property {boolean} countsOk        every repetition: all executions succeeded, exactly the expected checkouts, none twice
 * @property {string} [problem]
 */

/** The credential and the bulk workflow: a production webhook, its items split out, one create per item. */
function definitions(/** @type {string} */ secretKey) {
	const credentials = [
		{ id: 'benchQueueDr', name: 'Digital River (bench, queue)', type: 'digitalRiverSessionsApi', data: { secretKey, baseUrl: '__E2E_SANDBOX_URL__/digitalriver' } },
	];
	const workflow = {
		id: WORKFLOW_ID,
		name: 'Bench: queue mode, Digital River checkouts',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: `${WORKFLOW_ID}-hook`,
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: 'be7c4000-0000-4000-8000-000000000001',
				parameters: { httpMethod: 'POST', path: WEBHOOK_PATH, responseMode: 'onReceived', options: {} },
			},
			{
				id: `${WORKFLOW_ID}-split`,
				name: 'Items',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [220, 0],
				parameters: { fieldToSplitOut: 'body.items', include: 'noOtherFields', options: {} },
			},
			{
				id: `${WORKFLOW_ID}-create`,
				name: 'Create',
				type: '__E2E_PACKAGE__.digitalRiverSessions',
				typeVersion: 1,
				position: [440, 0],
				credentials: { digitalRiverSessionsApi: { id: 'benchQueueDr', name: 'Digital River (bench, queue)' } },
				parameters: {
					resource: 'checkout',
					operation: 'create',
					currency: 'USD',
					items: { item: [{ skuId: 'sku-bench', price: 9.99, quantity: 1 }] },
					// The worker that ran the item, read back from the emulator.
					additionalFields: { upstreamId: '={{ $json.tag }}', metadata: { entry: [{ key: 'worker', value: '={{ $env.SCALE_WORKER }}' }] } },
					// No client-side limit, as in part 1's "no limit" rows: what the cluster's CPU allows.
					options: { parallelRequests: PARALLEL_REQUESTS, requestsPerSecond: 0 },
				},
			},
		],
		connections: {
			Webhook: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: { main: [[{ node: 'Create', type: 'main', index: 0 }]] },
		},
	};
	return { credentials, workflows: [workflow] };
}

/**
 * Runs part 1b; every process it starts is stopped by its id before it returns.
 * @param {{tarball: string, latencyMs: number, p99Ms: number, repeat: number, waitIdle: number, waitIdleMaxMs: number,
 *   say: (line: string) => void}} opts
 * @returns {Promise<{executions: number, itemsPerExecution: number, workerConcurrency: number, parallelRequests: number, results: QueueResult[]}>}
 */
export async function benchQueueMode(opts) {
	const { latencyMs, p99Ms, repeat, say } = opts;
	const dir = path.join(BENCH_CACHE, 'queue');
	await rm(dir, { recursive: true, force: true });
	await mkdir(path.join(dir, 'logs'), { recursive: true });
	await ensureRuntime();
	/** @type {Array<() => Promise<void>>} */
	const stops = [];
	try {
		const secretKey = `bench-${randomBytes(12).toString('hex')}`;
		const sandbox = await startSandbox({ port: 0, host: '127.0.0.1', providers: ['digitalriver'], options: /** @type {any} */ ({ maxLog: 50_000, digitalriver: { secretKey } }) });
		stops.push(() => sandbox.close());
		const redis = await startRedis(path.join(dir, 'redis'));
		stops.push(redis.stop);
		const postgres = await startPostgres(path.join(dir, 'postgres'));
		stops.push(postgres.stop);
		const userFolder = path.join(dir, 'n8n');
		await mkdir(path.join(userFolder, '.n8n'), { recursive: true });
		const pkg = await installPackage(userFolder, opts.tarball);
		const env = queueEnv({ redisPort: redis.port, postgres });
		await importAll(userFolder, env, { ...definitions(secretKey), vars: { SANDBOX_URL: sandbox.url, PACKAGE: pkg.name } });
		await setPublished(postgres, [WORKFLOW_ID]);
		const main = await startMain(userFolder, env, { logFile: path.join(dir, 'logs', 'main.log'), waitForActivation: [WORKFLOW_ID] });
		stops.push(() => main.stop());
		/** @type {import('../../scale/lib/queue.mjs').Worker[]} */
		const workers = [];
		const addWorker = async () => {
			const name = `worker-${workers.length + 1}`;
			const worker = await startWorker(userFolder, env, { name, concurrency: WORKER_CONCURRENCY, logFile: path.join(dir, 'logs', `${name}.log`) });
			stops.push(worker.stop);
			workers.push(worker);
		};
		say(`[bench] queue mode: emulator ${sandbox.url}, Redis port ${redis.port}, PostgreSQL port ${postgres.port}, main pid ${main.pid}`);

		let lastId = 0;
		/** One bulk run: 20 webhook calls, then wait (reading PostgreSQL, not n8n) until all 20 executions ended. */
		const runOnce = async (/** @type {import('./in-n8n.mjs').LatencyKind} */ latency) => {
			await waitForIdle(opts.waitIdle, opts.waitIdleMaxMs);
			sandbox.reset();
			/** @type {import('../../sandbox/lib/types.mjs').FaultRule} */
			const fault = { provider: 'digitalriver', kind: 'latency', ms: latencyMs, rate: 1 };
			sandbox.setFaults([latency === 'jittered' ? { ...fault, p99: p99Ms } : fault]);
			const pids = [main.pid, ...workers.map((w) => w.pid)];
			const cpuBefore = pids.map((pid) => readProcCpuMs(pid) ?? Number.NaN);
			const started = Date.now();
			const posts = Array.from({ length: EXECUTIONS }, async (_, e) => {
				const items = Array.from({ length: ITEMS_PER_EXECUTION }, (_x, i) => ({ tag: `e${e}-i${i}` }));
				const response = await fetch(`${main.url}/webhook/${WEBHOOK_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ items }) });
				if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${await response.text()}`);
			});
			await Promise.all(posts);
			/** @type {Array<{id: number, status: string, stoppedAt: Date}>} */
			let done = [];
			const deadline = Date.now() + 300_000;
			for (;;) {
				done = await postgres.query(
					`select id, status, "stoppedAt" from execution_entity where "workflowId" = $1 and id > $2 and status not in ('new', 'running', 'waiting', 'unknown')`,
					[WORKFLOW_ID, lastId],
				);
				if (done.length >= EXECUTIONS) break;
				if (Date.now() > deadline) throw new Error(`only ${done.length} of ${EXECUTIONS} executions ended within 300 s`);
				await delay(100);
			}
			const cpuMs = pids.reduce((sum, pid, i) => sum + ((readProcCpuMs(pid) ?? Number.NaN) - cpuBefore[i]), 0);
			sandbox.setFaults([]);
			lastId = Math.max(lastId, ...done.map((d) => Number(d.id)));
			const wallMs = Math.max(...done.map((d) => new Date(d.stoppedAt).getTime())) - started;
			const creates = sandbox.requests.filter((r) => r.operation === 'checkout.create');
			const delays = creates.map((c) => Number(c.delayMs ?? 0));
			/** @type {Array<{upstreamId?: string, metadata?: {worker?: string}}>} */
			const held = sandbox.provider('digitalriver').all();
			const tags = held.map((c) => String(c.upstreamId));
			/** @type {Record<string, Set<string>>} */
			const perWorker = {};
			for (const c of held) (perWorker[String(c.metadata?.worker)] ??= new Set()).add(String(c.upstreamId).split('-')[0]);
			const items = EXECUTIONS * ITEMS_PER_EXECUTION;
			const succeeded = done.filter((d) => d.status === 'success').length;
			const countsOk = succeeded === EXECUTIONS && creates.length === items && tags.length === items && new Set(tags).size === items;
			return {
				wallMs,
				cpuMs,
				delays,
				countsOk,
				problem: countsOk ? undefined : `${succeeded}/${EXECUTIONS} executions succeeded, ${creates.length} requests, ${tags.length} checkouts, ${new Set(tags).size} distinct`,
				inFlight: peakInFlight(creates.map((c, i) => ({ at: Date.parse(c.at), delayMs: delays[i] }))),
				executionsPerWorker: Object.entries(perWorker)
					.sort()
					.map(([w, runs]) => `${w}: ${runs.size}`)
					.join(', '),
			};
		};

		/** @type {QueueResult[]} */
		const results = [];
		for (const count of [1, 2]) {
			while (workers.length < count) await addWorker();
			say(`[bench] queue mode: main + ${count} worker(s) (pids ${workers.map((w) => w.pid).join(', ')}), concurrency ${WORKER_CONCURRENCY} each`);
			// Untimed: a worker loads the package and n8n's nodes with its first executions.
			const warm = await runOnce('fixed');
			say(`[bench]   warm-up run (not counted): ${warm.wallMs} ms; ${warm.executionsPerWorker}${warm.problem ? `; ${warm.problem}` : ''}`);
			for (const latency of /** @type {const} */ (['fixed', 'jittered'])) {
				/** @type {Array<Awaited<ReturnType<typeof runOnce>>>} */
				const runs = [];
				for (let r = 0; r < repeat; r++) {
					const run = await runOnce(latency);
					runs.push(run);
					say(
						`[bench]   ${latencyLabel(latency, latencyMs, p99Ms)}, run ${r + 1}/${repeat}: ${run.wallMs} ms, n8n CPU ${Math.round(run.cpuMs)} ms, peak in flight ${run.inFlight}; ${run.executionsPerWorker}${run.problem ? `; ${run.problem}` : ''}`,
					);
				}
				const items = EXECUTIONS * ITEMS_PER_EXECUTION;
				const wallMs = median(runs.map((r) => r.wallMs));
				const concurrency = count * WORKER_CONCURRENCY * PARALLEL_REQUESTS;
				const last = runs[runs.length - 1];
				const latencyLimitMs = last.delays.reduce((x, y) => x + y, 0) / concurrency;
				results.push({
					workers: count,
					latencyKind: latency,
					latency: latencyLabel(latency, latencyMs, p99Ms),
					wallMsRuns: runs.map((r) => r.wallMs),
					wallMs,
					sessionsPerSec: (items / wallMs) * 1000,
					cpuPerItemMs: median(runs.map((r) => r.cpuMs)) / items,
					concurrency,
					latencyLimitMs,
					ratioToLimit: latencyLimitMs / wallMs,
					peakInFlight: Math.max(...runs.map((r) => r.inFlight)),
					executionsPerWorker: last.executionsPerWorker,
					countsOk: runs.every((r) => r.countsOk),
					problem: runs.find((r) => r.problem)?.problem,
				});
			}
		}
		say(`[bench] queue mode logs: ${path.relative(REPO_ROOT, path.join(dir, 'logs'))}`);
		return { executions: EXECUTIONS, itemsPerExecution: ITEMS_PER_EXECUTION, workerConcurrency: WORKER_CONCURRENCY, parallelRequests: PARALLEL_REQUESTS, results };
	} finally {
		for (const stop of stops.reverse()) {
			try {
				await stop();
			} catch (error) {
				say(`[bench] stopping: ${error instanceof Error ? error.message : String(error)}`);
			}
		}
	}
}
