// @ts-check
/**
 * n8n in queue mode: one main process (editor, webhooks, triggers and polling) and workers that
 * run the executions, all sharing one user folder (the community package and the encryption key),
 * Redis and PostgreSQL. Every process is its own process group, stopped or killed by its id.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

import { runtimePaths } from '../../e2e/lib/install.mjs';
import { fillPlaceholders, freePort, n8nEnv, parseLogs, runN8n, startN8n } from '../../e2e/lib/n8n.mjs';

/**
 * @typedef {object} QueueServices
 * @property {number} redisPort
 * @property {import('./services.mjs').Postgres} postgres
 */

/**
 * What every n8n process of the cluster shares: queue mode, Redis, PostgreSQL, and `$env` readable
 * in expressions (the workflows record which worker ran them).
 * @param {QueueServices} services
 * @returns {Record<string, string>}
 */
export function queueEnv(services) {
	const { postgres } = services;
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(services.redisPort),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: postgres.password,
		DB_POSTGRESDB_DATABASE: postgres.database,
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
		// The run reads every execution's items back.
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
	};
}

/**
 * Runs an n8n CLI command against the cluster's database; rejects with its error lines.
 * @param {string} userFolder @param {Record<string, string>} env @param {string[]} args
 */
export async function cli(userFolder, env, args) {
	const result = await runN8n(userFolder, args, { env, timeoutMs: 240_000 });
	const errors = result.logs.filter((l) => l.level === 'error');
	if (result.code !== 0 || errors.length > 0) {
		throw new Error(`n8n ${args.join(' ')} failed (exit ${result.code ?? result.signal}): ${errors.map((e) => e.message).join('\n')}\n${result.stderr.slice(-2000)}`);
	}
	return result;
}

/**
 * Imports credentials and workflows (placeholders filled) through the CLI, into PostgreSQL.
 * @param {string} userFolder @param {Record<string, string>} env
 * @param {{credentials: unknown[], workflows: unknown[], vars: Record<string, string>}} data
 */
export async function importAll(userFolder, env, data) {
	const dir = path.join(userFolder, 'imports');
	await mkdir(dir, { recursive: true });
	const credFile = path.join(dir, 'credentials.json');
	const wfFile = path.join(dir, 'workflows.json');
	await writeFile(credFile, JSON.stringify(fillPlaceholders(data.credentials, data.vars)));
	await writeFile(wfFile, JSON.stringify(fillPlaceholders(data.workflows, data.vars)));
	await cli(userFolder, env, ['import:credentials', `--input=${credFile}`]);
	await cli(userFolder, env, ['import:workflow', `--input=${wfFile}`]);
}

/**
 * Publishes workflows for the next start of main, with the same update `n8n publish:workflow`
 * makes (active, and the current version as the published one), in one statement instead of one
 * n8n start-up per workflow.
 * @param {import('./services.mjs').Postgres} postgres @param {string[]} ids @param {boolean} [active]
 */
export async function setPublished(postgres, ids, active = true) {
	await postgres.query(
		active
			? 'update workflow_entity set active = true, "activeVersionId" = "versionId" where id = any($1)'
			: 'update workflow_entity set active = false, "activeVersionId" = null where id = any($1)',
		[ids],
	);
}

/**
 * Starts the main process (`n8n start`) in queue mode; resolves once it is ready and its published
 * workflows are active.
 * @param {string} userFolder @param {Record<string, string>} env
 * @param {{logFile: string, waitForActivation?: string[], port?: number}} opts
 */
export async function startMain(userFolder, env, opts) {
	return await startN8n(userFolder, { env, logFile: opts.logFile, waitForActivation: opts.waitForActivation ?? [], timeoutMs: 180_000, port: opts.port });
}

/**
 * @typedef {object} Worker
 * @property {string} name
 * @property {number} pid
 * @property {() => Promise<void>} stop     SIGTERM (n8n finishes running jobs first), SIGKILL after 30 s
 * @property {() => Promise<void>} kill     SIGKILL to the whole process group, now
 * @property {() => boolean} alive
 */

/**
 * Starts `n8n worker --concurrency=N` with its own task-broker and health-check ports; resolves
 * once it says it is ready.
 * @param {string} userFolder @param {Record<string, string>} env
 * @param {{name: string, concurrency: number, logFile: string}} opts
 * @returns {Promise<Worker>}
 */
export async function startWorker(userFolder, env, opts) {
	const rt = runtimePaths();
	const brokerPort = await freePort();
	let healthPort = await freePort();
	while (healthPort === brokerPort) healthPort = await freePort();
	const child = spawn(rt.nodeBin, [rt.n8nBin, 'worker', `--concurrency=${opts.concurrency}`], {
		cwd: userFolder,
		env: n8nEnv(userFolder, {
			...env,
			N8N_RUNNERS_BROKER_PORT: String(brokerPort),
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			QUEUE_HEALTH_CHECK_PORT: String(healthPort),
			// Workers of one user folder would all write n8nEventLog-worker.log, and a worker that
			// starts marks every execution left unfinished there as crashed, also those another
			// worker is running. Its own log, kept across its restarts, holds only its own.
			N8N_EVENTBUS_LOGWRITER_LOGBASENAME: `n8nEventLog-${opts.name}`,
			SCALE_WORKER: opts.name,
		}),
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	const file = createWriteStream(opts.logFile, { flags: 'a' });
	let text = '';
	/** @param {Buffer} chunk */
	const keep = (chunk) => {
		file.write(chunk);
		text = (text + chunk.toString('utf8')).slice(-200_000);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const exited = new Promise((resolve) => child.on('exit', () => resolve(undefined)));
	const alive = () => child.exitCode === null && child.signalCode === null;
	/** @param {NodeJS.Signals} signal */
	const signal = (signal) => {
		try {
			if (child.pid !== undefined) process.kill(-child.pid, signal);
		} catch {
			// the group is gone
		}
	};
	process.on('exit', () => signal('SIGKILL'));
	const deadline = Date.now() + 120_000;
	while (!parseLogs(text).some((l) => /n8n worker is now ready/.test(l.message))) {
		if (!alive()) throw new Error(`worker ${opts.name} exited during start-up:\n${text.slice(-3000)}`);
		if (Date.now() > deadline) throw new Error(`worker ${opts.name} not ready within 120 s:\n${text.slice(-3000)}`);
		await delay(250);
	}
	return {
		name: opts.name,
		pid: /** @type {number} */ (child.pid),
		alive,
		stop: async () => {
			if (alive()) {
				signal('SIGTERM');
				const done = await Promise.race([exited.then(() => true), delay(30_000, false, { ref: false })]);
				if (!done) signal('SIGKILL');
				await exited;
			}
			signal('SIGKILL');
			file.end();
		},
		kill: async () => {
			signal('SIGKILL');
			await exited;
			file.end();
		},
	};
}
