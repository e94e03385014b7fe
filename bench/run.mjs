// @ts-check
/**
 * Performance benchmark: prints figures, never asserts on a time.
 *
 *   npm run bench [-- --items=1000 --latency=50 --p99=400 --repeat=3 --load-runs=5 --only=n8n,queue,runtime,load,trigger
 *                    --variants=ours,oursJitter,... --wait-idle=0.8 --wait-idle-max=120 --nice=-10 --tarball=<file>]
 *
 * --wait-idle: before each n8n run, wait until that share of the machine's CPU is idle (at most
 * --wait-idle-max seconds): on a shared machine the latency-bound figures depend on it.
 * --tarball: install this package tarball into n8n instead of packing the working tree (the n8n
 * and queue parts only): an earlier version, say, measured by the same harness and emulator.
 * --nice: run the benchmark, and so every process it starts (n8n, PostgreSQL, Redis; the emulator
 * runs inside it), at this scheduling priority (negative: ahead of other work, which needs root),
 * so that other work on a shared machine takes less from the measured processes.
 *
 * 1. n8n:     in the pinned real n8n, create N Digital River checkouts with this package's node
 *             (10 and 50 parallel) and with n8n's HTTP Request node (defaults), against the local emulator with a fixed latency on every
 *             request, and with a jittered one (log-normal: --latency is its median, --p99 its
 *             99th percentile). --variants= picks runs by key, also two left out by default
 *             (httpBatched: batching 10 / 0 ms; oursWide: 50 parallel with the 250/s limit).
 *    queue:   the same 1,000 checkouts in queue mode (main + 1 worker, main + 2 workers), 20
 *             executions started by production webhooks, fixed and jittered latency.
 * 2. runtime: this package's per-item runtime work (build, validate, encode, map) without n8n.
 *    load:    require + description of every node module, each in fresh processes.
 * 3. trigger: API requests per poll as a function of new items, for 100 and 10,000 existing.
 * 4. Targets, each with whether it holds, and one summary table at the end. Everything is also
 *    written to .cache/bench/last.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { PINS, REPO_ROOT } from '../e2e/lib/install.mjs';
import { killAllChildren } from '../e2e/lib/n8n.mjs';
import { lognormalMean } from '../sandbox/lib/faults.mjs';
import { killServices } from '../scale/lib/services.mjs';
import { BENCH_CACHE, VARIANT_KEYS, benchInN8n, latencyLabel, packForBench } from './lib/in-n8n.mjs';
import { benchQueueMode } from './lib/queue-mode.mjs';
import { benchLoad, benchOverhead } from './lib/in-process.mjs';
import { round, table } from './lib/stats.mjs';
import { NEW_COUNTS, benchTriggerCost } from './lib/trigger-cost.mjs';

/** The targets of the performance issue; printed with the measured value, never enforced. */
const TARGETS = Object.freeze({
	ratioToLatencyLimit: 0.9,
	vsHttpDefault: 1.5,
	cpuShareOfHttp: 0.5,
	overheadUsPerItem: 1000,
	loadMsPerNode: 150,
});

/** @param {string} line */
function say(line) {
	process.stdout.write(`${line}\n`);
}

/** @param {number | undefined} value @param {number} [digits] */
const fmt = (value, digits = 2) => (value === undefined || !Number.isFinite(value) ? '-' : String(round(value, digits)));
/** @param {boolean | undefined} ok */
const holds = (ok) => (ok === undefined ? 'n/a' : ok ? 'yes' : 'NO');

/** @param {string} title */
function heading(title) {
	say('');
	say(title);
	say('='.repeat(title.length));
}

async function main() {
	const { values } = parseArgs({
		options: {
			items: { type: 'string', default: '1000' },
			latency: { type: 'string', default: '50' },
			p99: { type: 'string', default: '400' },
			variants: { type: 'string' },
			repeat: { type: 'string', default: '3' },
			'load-runs': { type: 'string', default: '5' },
			only: { type: 'string', default: 'n8n,queue,runtime,load,trigger' },
			// On a shared machine: wait (bounded) before each n8n run until this share of CPU is idle.
			'wait-idle': { type: 'string', default: '0' },
			'wait-idle-max': { type: 'string', default: '120' },
			nice: { type: 'string', default: '0' },
			tarball: { type: 'string' },
		},
	});
	const items = Number(values.items);
	const latencyMs = Number(values.latency);
	const p99Ms = Number(values.p99);
	const variants = values.variants?.split(',').map((v) => v.trim());
	const unknown = variants?.filter((v) => !VARIANT_KEYS.includes(v)) ?? [];
	if (unknown.length > 0) throw new Error(`unknown --variants ${unknown.join(', ')}; known: ${VARIANT_KEYS.join(', ')}`);
	const repeat = Math.max(1, Number(values.repeat));
	const loadRuns = Math.max(1, Number(values['load-runs']));
	const parts = new Set(values.only.split(',').map((s) => s.trim()));
	const nice = Number(values.nice);
	// Children inherit the priority when they are started, so setting it here covers them all.
	if (nice !== 0) os.setPriority(nice);
	if (!(items > 0 && latencyMs > 0)) throw new Error('--items and --latency must be positive numbers');
	if (!(p99Ms >= latencyMs)) throw new Error('--p99 must be at least --latency (the median)');

	/** @type {Record<string, any>} */
	const machine = {
		cpus: os.cpus().length,
		cpuModel: os.cpus()[0]?.model ?? 'unknown',
		memoryGiB: round(os.totalmem() / 2 ** 30, 1),
		platform: `${os.platform()} ${os.release()}`,
		benchNode: process.version,
		n8nNode: PINS.node,
		n8n: PINS.n8n,
		loadAverageAtStart: os.loadavg().map((l) => round(l, 2)),
		startedAt: new Date().toISOString(),
	};
	say(`[bench] ${machine.cpus} cores (${machine.cpuModel}), load average ${machine.loadAverageAtStart.join(' / ')}; n8n ${machine.n8n} on Node ${machine.n8nNode}, in-process parts on Node ${machine.benchNode}${nice !== 0 ? `; running at priority ${os.getPriority()}` : ''}`);

	// One build serves every part: the tarball n8n installs, and dist/ the in-process parts load.
	// A given tarball replaces only what n8n installs, so the in-process parts cannot run with it.
	if (values.tarball && [...parts].some((p) => p !== 'n8n' && p !== 'queue')) throw new Error('--tarball measures the n8n and queue parts only: add --only=n8n,queue');
	const tarball = values.tarball ? path.resolve(values.tarball) : await packForBench();
	if (values.tarball) say(`[bench] installing ${tarball} into n8n instead of the working tree`);

	/** @type {Record<string, any>} */
	const report = { machine, targets: TARGETS, options: { items, latencyMs, p99Ms, repeat, loadRuns, waitIdle: Number(values['wait-idle']), nice, variants, tarball: values.tarball } };
	const jitterNote = `jittered = log-normal, median ${latencyMs} ms, 99th percentile ${p99Ms} ms (expected value ${fmt(lognormalMean(latencyMs, p99Ms), 1)} ms), drawn from the emulator's seeded generator: every jittered run gets the same delays`;

	if (parts.has('n8n')) {
		heading(`1. ${items} checkouts in n8n ${PINS.n8n}: ${latencyMs} ms fixed latency per request, and jittered (median ${latencyMs} ms, p99 ${p99Ms} ms)`);
		const n8n = await benchInN8n({
			tarball,
			items,
			latencyMs,
			p99Ms,
			repeat,
			variants,
			waitIdle: Number(values['wait-idle']),
			waitIdleMaxMs: Number(values['wait-idle-max']) * 1000,
			say,
		});
		report.n8n = n8n;
		/** @type {import('./lib/in-n8n.mjs').VariantResult[]} */
		const results = n8n.variants;
		/** @param {import('./lib/in-n8n.mjs').LatencyKind} kind */
		const httpAt = (kind) => results.find((v) => v.label.startsWith('HTTP Request 4.2, defaults') && v.latencyKind === kind);
		say('');
		say(
			table(
				['variant', 'latency', 'create node', 'n8n CPU/item', 'n8n busy', 'sessions/s', 'latency limit', 'ratio', 'ideal pool', 'vs HTTP default', 'CPU vs HTTP', 'peak in flight', 'peak memory', 'counts', 'idle before'],
				results.map((v) => {
					const http = httpAt(v.latencyKind);
					const ours = v.key.startsWith('ours');
					return [
						v.label,
						latencyLabel(v.latencyKind, latencyMs, p99Ms),
						`${fmt(v.wallMs / 1000)} s`,
						`${fmt(v.cpuPerItemMs)} ms`,
						`${fmt((v.cpuMs / v.wallMs) * 100, 0)}%`,
						fmt(v.sessionsPerSec, 1),
						v.latencyLimitMs === undefined ? '-' : `${fmt(v.latencyLimitMs / 1000)} s (${v.concurrency})`,
						fmt(v.ratioToLimit),
						fmt(v.ratioToIdeal),
						ours && http ? `${fmt(v.sessionsPerSec / http.sessionsPerSec)}×` : '-',
						ours && http ? `${fmt(v.cpuPerItemMs / http.cpuPerItemMs)}×` : '-',
						Number.isFinite(v.peakInFlight) ? String(v.peakInFlight) : '-',
						`${fmt(v.peakHwmMiB, 0)} MiB`,
						v.countsOk ? `ok (${v.created})` : `MISMATCH req ${v.requests} / held ${v.created} / out ${v.outputItems} / ids ${v.distinctIds}`,
						`${fmt(v.idleBefore * 100, 0)}%`,
					];
				}),
			),
		);
		say(
			`baseline (item generator only, no requests): peak memory ${fmt(n8n.baseline.peakHwmMiB, 0)} MiB; generator ${n8n.baseline.generatorMs} ms, outside the timed window.`,
		);
		say(jitterNote);
		say('idle before = share of both cores idle in the second before the run started (lowest of the repetitions); other work on the machine slows the latency-bound runs most.');
		say(
			'n8n CPU/item = CPU time of the `n8n execute` process while the create node ran, divided by N: n8n runs a node on one JavaScript thread, so when this approaches create-node time / N the run is CPU-bound, not latency-bound. n8n busy = that CPU time / create-node time: near 100 % n8n\'s thread is the limit; well below it, each answer wakes n8n on its own and pays the event loop\'s per-wake work alone, so CPU per item is higher than in a run that handles many answers per wake (the CPU target is therefore judged at 50 parallel, where both nodes are CPU-bound).',
		);
		say(
			'latency limit = the sum of the delays the emulator added to the run\'s requests / the concurrency in brackets (N × latency / concurrency when fixed; with jitter the sampled delays, not their expected value); ratio = latency limit / create-node time (1.0 = as fast as the latency allows). ' +
				'ideal pool = the same delays, in arrival order, through that many slots with no other cost, / create-node time: with jitter the slowest of the last requests keep a few slots busy after the rest, so even the ideal stays below the limit. ' +
				'HTTP Request 4.2 does not wait for one item before the next: its item loop starts every request and awaits them together, and batching only pauses when the interval is above 0 ms. ' +
				'Its nominal limit therefore does not bind it; the emulator saw the peak in flight shown. vs HTTP default and CPU vs HTTP compare with the HTTP Request node\'s defaults at the same latency.',
		);
	}

	if (parts.has('queue')) {
		heading(`1b. ${1000} checkouts in queue mode (n8n ${PINS.n8n}, PostgreSQL, Redis, production webhooks)`);
		const queue = await benchQueueMode({
			tarball,
			latencyMs,
			p99Ms,
			repeat,
			waitIdle: Number(values['wait-idle']),
			waitIdleMaxMs: Number(values['wait-idle-max']) * 1000,
			say,
		});
		report.queue = queue;
		say('');
		say(
			table(
				['setup', 'latency', 'bulk create', 'sessions/s', 'n8n CPU/item', 'latency limit', 'ratio', 'peak in flight', 'executions per worker', 'counts'],
				queue.results.map((q) => [
					`main + ${q.workers} worker${q.workers > 1 ? 's' : ''}`,
					q.latency,
					`${fmt(q.wallMs / 1000)} s`,
					fmt(q.sessionsPerSec, 1),
					`${fmt(q.cpuPerItemMs)} ms`,
					`${fmt(q.latencyLimitMs / 1000)} s (${q.concurrency})`,
					fmt(q.ratioToLimit),
					String(q.peakInFlight),
					q.executionsPerWorker,
					q.countsOk ? 'ok (1000)' : `WRONG: ${q.problem}`,
				]),
			),
		);
		say(
			`${queue.executions} executions × ${queue.itemsPerExecution} items, started by ${queue.executions} production webhook calls at once; each worker runs ${queue.workerConcurrency} executions at once, Parallel Requests ${queue.parallelRequests}, no rate limit. ` +
				'bulk create = first webhook call to the end of the last execution (median of the repetitions); n8n CPU/item = CPU of the main process and the workers over that time / 1,000 (PostgreSQL and Redis not counted). ' +
				'All processes share the machine\'s cores with PostgreSQL, Redis and the emulator.',
		);
		say(jitterNote);
	}

	if (parts.has('runtime')) {
		heading('2a. Runtime work per item, without n8n (median)');
		const overhead = await benchOverhead({ say, items });
		report.overhead = overhead;
		say('');
		say(
			table(
				['operation', 'build body', 'validate', 'form-encode', 'map output', 'steps', 'whole execute()', 'body'],
				overhead.map((o) => [
					o.label,
					`${fmt(o.buildUs, 1)} µs`,
					`${fmt(o.validateUs, 1)} µs`,
					o.encodeUs === undefined ? '-' : `${fmt(o.encodeUs, 1)} µs`,
					`${fmt(o.mapUs, 2)} µs`,
					`${fmt(o.stepsUs, 1)} µs`,
					`${fmt(o.executeUs, 1)} µs`,
					`${o.bodyBytes} B`,
				]),
			),
		);
		say(`whole execute() = the node's execute over ${items} items with a transport stub that answers at once (limiter off, one request at a time); parameter values as n8n hands them over after expressions, constant ones read once per run as the node does.`);
	}

	if (parts.has('load')) {
		heading(`2b. require + description per node module (fresh process each, median of ${loadRuns})`);
		const load = await benchLoad({ runs: loadRuns, say });
		report.load = load;
		say('');
		say(
			table(
				['module', 'require + description', 'of which description', 'cold (loads n8n-workflow too)', 'parameters'],
				load.modules.map((m) => [m.module, `${fmt(m.warmMs, 1)} ms`, `${fmt(m.describeMs, 2)} ms`, `${fmt(m.coldMs, 0)} ms`, m.properties]),
			),
		);
		say(
			`n8n-workflow alone takes ${fmt(load.n8nWorkflowMs, 0)} ms to load on Node ${load.nodeVersion}; n8n has it loaded before any community node, so the figure for the target is the first column.`,
		);
	}

	if (parts.has('trigger')) {
		heading('3. Trigger cost: API requests per poll');
		const trigger = await benchTriggerCost({ say });
		report.trigger = trigger;
		say('');
		const newHeader = NEW_COUNTS.map((n, i) => (i === NEW_COUNTS.length - 1 && n === 0 ? '0 new (after)' : `${n.toLocaleString('en-US')} new`));
		say(
			table(
				['trigger', 'strategy', 'existing', 'first poll', ...newHeader],
				trigger.map((t) => [
					t.label,
					t.strategy,
					t.existing.toLocaleString('en-US'),
					t.firstPollRequests,
					...t.polls.map((p) => `${p.catchUpPolls ? `${p.requests} +${p.catchUpRequests} next` : String(p.requests)}${p.exact ? '' : ` (EMITTED ${p.emitted}, ${p.distinct} distinct)`}`),
				]),
			),
		);
		const inexact = trigger.flatMap((t) => t.polls.filter((p) => !p.exact).map((p) => `${t.label}, ${t.existing} existing, ${p.newItems} new`));
		say(inexact.length ? `NOT EXACTLY ONCE: ${inexact.join('; ')}` : 'Every new item was emitted exactly once.');
		report.triggerExact = inexact.length === 0;
		say(
			'"+k next": requests of the following poll(s) that finish reading the same batch. The first poll only records what exists (at most five pages). ' +
				'Status triggers also re-read watched (open) sessions: up to 20 by id per poll, bounded by the 500 sessions they watch. ' +
				'updatedSince triggers re-read the last 5 minutes before the newest update seen (overlap), so a few pages recur while items keep changing.',
		);
	}

	// -------------------------------------------------------------------------------------------
	// targets and summary
	/** @type {Array<[string, string, string, string]>} */
	const summary = [];
	/** @type {Record<string, {value: number | undefined, target: number, holds: boolean | undefined}>} */
	const targets = {};
	if (report.n8n) {
		/** @type {import('./lib/in-n8n.mjs').VariantResult[]} */
		const variants = report.n8n.variants;
		const byKey = Object.fromEntries(variants.map((v) => [v.key, v]));
		/**
		 * @param {string} key @param {string} measure @param {number | undefined} value @param {number} target
		 * @param {boolean} atMost @param {string} shown
		 */
		const judge = (key, measure, value, target, atMost, shown) => {
			const ok = value === undefined || !Number.isFinite(value) ? undefined : atMost ? value <= target : value >= target;
			targets[key] = { value, target, holds: ok };
			summary.push([measure, shown, `${atMost ? '≤' : '≥'} ${target}${key.startsWith('ratio') ? ' × limit' : '×'}`, holds(ok)]);
		};
		for (const v of variants) {
			summary.push([
				`${v.label}, ${latencyLabel(v.latencyKind, latencyMs, p99Ms)}`,
				`${fmt(v.wallMs / 1000)} s, ${fmt(v.sessionsPerSec, 0)}/s${v.ratioToLimit !== undefined ? `, ${fmt(v.ratioToLimit)} × limit${v.ratioToLimit > 1 ? ' (nominal, does not bind)' : ''}` : ''}, CPU ${fmt(v.cpuPerItemMs)} ms/item, ${fmt(v.peakHwmMiB, 0)} MiB${v.countsOk ? '' : ', COUNTS WRONG'}`,
				'',
				'',
			]);
		}
		for (const [key, kind] of /** @type {const} */ ([
			['', 'fixed'],
			['Jitter', 'jittered'],
		])) {
			const label = latencyLabel(kind, latencyMs, p99Ms);
			const at10 = byKey[`ours${key}`];
			const at50 = byKey[`oursUnlimited${key}`];
			const http = byKey[`httpDefault${key}`];
			if (at10) judge(`ratio10${key}`, `ours at 10 parallel, ${label}: share of the latency limit`, at10.ratioToLimit, TARGETS.ratioToLatencyLimit, false, fmt(at10.ratioToLimit));
			if (at50) judge(`ratio50${key}`, `ours at 50 parallel, no rate limit, ${label}: share of the latency limit`, at50.ratioToLimit, TARGETS.ratioToLatencyLimit, false, fmt(at50.ratioToLimit));
			// The throughput target is judged where the node runs as the HTTP Request node does, with
			// no rate limit: at 10 parallel the latency caps it, and with Digital River's live limit
			// the limiter caps it at 225/s, both below 1.5 × what n8n's CPU allows.
			if (at50 && http) {
				const vs = at50.sessionsPerSec / http.sessionsPerSec;
				judge(`vsHttp${key}`, `ours ÷ HTTP Request defaults (sessions/s), 50 parallel, no rate limit, ${label}`, vs, TARGETS.vsHttpDefault, false, `${fmt(vs)}×`);
				const cpu = at50.cpuPerItemMs / http.cpuPerItemMs;
				judge(`cpu${key}`, `ours ÷ HTTP Request defaults (n8n CPU per item), ${label}`, cpu, TARGETS.cpuShareOfHttp, true, `${fmt(cpu)}× (${fmt(at50.cpuPerItemMs)} / ${fmt(http.cpuPerItemMs)} ms)`);
			}
		}
		const floorOurs = byKey.oursNoLatency;
		const floorHttp = byKey.httpDefaultNoLatency;
		if (floorOurs && floorHttp) {
			const cpu = floorOurs.cpuPerItemMs / floorHttp.cpuPerItemMs;
			judge('cpuNoLatency', 'ours ÷ HTTP Request defaults (n8n CPU per item), no latency', cpu, TARGETS.cpuShareOfHttp, true, `${fmt(cpu)}× (${fmt(floorOurs.cpuPerItemMs)} / ${fmt(floorHttp.cpuPerItemMs)} ms)`);
		}
	}
	if (report.queue) {
		/** @type {import('./lib/queue-mode.mjs').QueueResult[]} */
		const queue = report.queue.results;
		for (const q of queue) {
			summary.push([
				`queue mode, main + ${q.workers} worker${q.workers > 1 ? 's' : ''}, ${q.latency}`,
				`${fmt(q.wallMs / 1000)} s, ${fmt(q.sessionsPerSec, 0)}/s, CPU ${fmt(q.cpuPerItemMs)} ms/item${q.countsOk ? '' : ', COUNTS WRONG'}`,
				'',
				'',
			]);
		}
	}
	if (report.overhead) {
		/** @type {import('./lib/in-process.mjs').OverheadResult[]} */
		const overhead = report.overhead;
		const worst = overhead.reduce((a, b) => (b.executeUs > a.executeUs ? b : a));
		targets.overheadUsPerItem = { value: worst.executeUs, target: TARGETS.overheadUsPerItem, holds: worst.executeUs <= TARGETS.overheadUsPerItem };
		summary.push([
			'runtime work per item (worst: ' + worst.provider + ')',
			`${fmt(worst.executeUs, 1)} µs whole execute, ${fmt(worst.stepsUs, 1)} µs steps`,
			'≤ 1 ms',
			holds(targets.overheadUsPerItem.holds),
		]);
	}
	if (report.load) {
		/** @type {import('./lib/in-process.mjs').LoadResult[]} */
		const modules = report.load.modules;
		const worst = modules.reduce((a, b) => (b.warmMs > a.warmMs ? b : a));
		targets.loadMsPerNode = { value: worst.warmMs, target: TARGETS.loadMsPerNode, holds: worst.warmMs <= TARGETS.loadMsPerNode };
		summary.push([`require + description (worst: ${path.basename(worst.module, '.node.js')})`, `${fmt(worst.warmMs, 1)} ms (cold ${fmt(worst.coldMs, 0)} ms)`, '≤ 150 ms', holds(targets.loadMsPerNode.holds)]);
	}
	if (report.trigger) {
		/** @type {import('./lib/trigger-cost.mjs').TriggerCostResult[]} */
		const trigger = report.trigger;
		for (const t of trigger.filter((x) => x.existing === Math.max(...trigger.map((y) => y.existing)))) {
			summary.push([
				`${t.label}: requests/poll, ${t.existing.toLocaleString('en-US')} existing`,
				t.polls.map((p) => `${p.newItems} new: ${p.requests}${p.catchUpPolls ? `+${p.catchUpRequests}` : ''}${p.exact ? '' : '!'}`).join(', '),
				'',
				'',
			]);
		}
	}
	report.targetResults = targets;
	machine.loadAverageAtEnd = os.loadavg().map((l) => round(l, 2));
	machine.finishedAt = new Date().toISOString();

	await mkdir(BENCH_CACHE, { recursive: true });
	const out = path.join(BENCH_CACHE, 'last.json');
	await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);

	heading('Summary');
	say(table(['measure', 'value', 'target', 'holds'], summary));
	if (report.triggerExact === false) say('! = not every new item was emitted exactly once (section 3 names the cases)');
	say('');
	say(
		`${machine.cpus} cores, load average ${machine.loadAverageAtStart.join(' / ')} at start and ${machine.loadAverageAtEnd.join(' / ')} at the end; figures written to ${path.relative(REPO_ROOT, out)}`,
	);
}

main().catch((error) => {
	killAllChildren();
	killServices();
	process.stderr.write(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}\n`);
	process.exitCode = 1;
});
