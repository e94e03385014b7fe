// @ts-check
/**
 * The services n8n's queue mode needs besides n8n itself: Redis (the queue) and PostgreSQL (the
 * database every n8n process shares). Both are Debian's packages, installed with apt-get when
 * missing, started on 127.0.0.1 on a free port with their data under the gitignored `.cache/`,
 * in their own process group, and stopped by process id.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync } from 'node:fs';
import { chown, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

import { runtimePaths } from '../../e2e/lib/install.mjs';
import { freePort } from '../../e2e/lib/n8n.mjs';

const HOST = '127.0.0.1';

/** @param {string} line */
function say(line) {
	process.stdout.write(`[scale] ${line}\n`);
}

/**
 * @typedef {object} Service
 * @property {number} pid
 * @property {number} port
 * @property {() => Promise<void>} stop  SIGTERM to the process group, SIGKILL after a grace period
 */

/** @type {Set<import('node:child_process').ChildProcess>} */
const started = new Set();

/** Kills every service process this module started (used when the run ends abnormally). */
export function killServices() {
	for (const child of started) {
		if (child.pid !== undefined) {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// already gone
			}
		}
	}
	started.clear();
}
process.on('exit', killServices);

/**
 * Installs Debian packages with apt-get (as root; otherwise says what to install).
 * @param {string[]} packages
 */
function aptInstall(packages) {
	if (process.getuid?.() !== 0) {
		throw new Error(`missing ${packages.join(', ')}: install with \`sudo apt-get install -y ${packages.join(' ')}\` and run again`);
	}
	say(`apt-get install ${packages.join(' ')}`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update'], { stdio: 'ignore', env });
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'ignore', env });
}

/** Path of redis-server, installed from Debian's package when missing. */
export function ensureRedis() {
	const find = () => ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p));
	let bin = find();
	if (!bin) {
		aptInstall(['redis-server']);
		bin = find();
	}
	if (!bin) throw new Error('redis-server is not installed and apt-get did not provide it');
	return bin;
}

/** Folder of PostgreSQL's server binaries (newest version), installed from Debian's package when missing. */
export function ensurePostgres() {
	const find = () => {
		const root = '/usr/lib/postgresql';
		if (!existsSync(root)) return undefined;
		const versions = readdirSync(root)
			.filter((v) => existsSync(path.join(root, v, 'bin', 'postgres')))
			.sort((a, b) => Number(b) - Number(a));
		return versions.length > 0 ? path.join(root, versions[0], 'bin') : undefined;
	};
	let dir = find();
	if (!dir) {
		aptInstall(['postgresql']);
		dir = find();
	}
	if (!dir) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql after installing');
	return dir;
}

/**
 * Starts a service process in its own group, its output appended to a log file.
 * @param {string} command @param {string[]} args
 * @param {{logFile: string, uid?: number, gid?: number, cwd?: string}} opts
 */
function startProcess(command, args, opts) {
	const child = spawn(command, args, {
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		cwd: opts.cwd,
		...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.gid } : {}),
	});
	started.add(child);
	const log = createWriteStream(opts.logFile, { flags: 'a' });
	child.stdout?.pipe(log, { end: false });
	child.stderr?.pipe(log, { end: false });
	const exited = new Promise((resolve) => child.on('exit', () => resolve(undefined)));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				// gone
			}
			const done = await Promise.race([exited.then(() => true), delay(15_000, false, { ref: false })]);
			if (!done) {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {
					// gone
				}
				await exited;
			}
		}
		started.delete(child);
		log.end();
	};
	return { child, stop, exited };
}

/**
 * Starts Redis on 127.0.0.1 with persistence off (the queue only lives for the run).
 * @param {string} dir  working folder (log)
 * @returns {Promise<Service>}
 */
export async function startRedis(dir) {
	const bin = ensureRedis();
	await mkdir(dir, { recursive: true });
	const port = await freePort();
	const { child, stop } = startProcess(bin, ['--bind', HOST, '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes'], {
		logFile: path.join(dir, 'redis.log'),
		cwd: dir,
	});
	await waitForPort(port, 20_000, () => child.exitCode !== null);
	return { pid: /** @type {number} */ (child.pid), port, stop };
}

/**
 * The OS user PostgreSQL runs as: itself when not root; as root (which postgres refuses) the
 * `postgres` user the Debian package creates, or `nobody`.
 * @returns {{uid?: number, gid?: number}}
 */
function postgresUser() {
	if (process.getuid?.() !== 0) return {};
	for (const name of ['postgres', 'nobody']) {
		try {
			const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
			const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
			return { uid, gid };
		} catch {
			// no such user
		}
	}
	throw new Error('running as root and found neither a postgres nor a nobody user for PostgreSQL');
}

/**
 * @typedef {Service & {user: string, password: string, database: string, query: (sql: string, params?: unknown[]) => Promise<any[]>}} Postgres
 */

/**
 * Creates a fresh cluster in `dir` (initdb, password auth for TCP) and starts PostgreSQL on
 * 127.0.0.1 with durability settings off (test data only), then creates the `n8n` database.
 * @param {string} dir
 * @returns {Promise<Postgres>}
 */
export async function startPostgres(dir) {
	const bin = ensurePostgres();
	const owner = postgresUser();
	await rm(dir, { recursive: true, force: true });
	const data = path.join(dir, 'data');
	await mkdir(data, { recursive: true });
	if (owner.uid !== undefined) {
		await chown(dir, owner.uid, /** @type {number} */ (owner.gid));
		await chown(data, owner.uid, /** @type {number} */ (owner.gid));
	}
	const user = 'n8n';
	const password = 'scale-test-only';
	const pwfile = path.join(dir, 'pw');
	await writeFile(pwfile, `${password}\n`, { mode: 0o644 });
	execFileSync(path.join(bin, 'initdb'), ['-D', data, '-U', user, '--pwfile', pwfile, '--auth', 'scram-sha-256', '-E', 'UTF8', '--no-sync'], {
		stdio: 'ignore',
		cwd: dir,
		...(owner.uid !== undefined ? { uid: owner.uid, gid: owner.gid } : {}),
	});
	await rm(pwfile, { force: true });
	const port = await freePort();
	const { child, stop } = startProcess(
		path.join(bin, 'postgres'),
		['-D', data, '-h', HOST, '-p', String(port), '-k', dir, '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=100'],
		{ logFile: path.join(dir, 'postgres.log'), cwd: dir, ...owner },
	);
	await waitForPort(port, 30_000, () => child.exitCode !== null);
	// n8n's own PostgreSQL client, so nothing is added to the repository's dependencies.
	const require = createRequire(path.join(runtimePaths().n8nDir, 'node_modules', 'n8n', 'package.json'));
	/** @type {any} */
	const pg = require('pg');
	/** @param {string} database @param {string} sql @param {unknown[]} [params] */
	const run = async (database, sql, params = []) => {
		const client = new pg.Client({ host: HOST, port, user, password, database });
		await client.connect();
		try {
			return (await client.query(sql, params)).rows;
		} finally {
			await client.end();
		}
	};
	for (let attempt = 0; ; attempt++) {
		try {
			await run('postgres', 'create database n8n');
			break;
		} catch (error) {
			// The port opens a moment before the server accepts logins.
			if (attempt > 40) throw error;
			await delay(250);
		}
	}
	return {
		pid: /** @type {number} */ (child.pid),
		port,
		user,
		password,
		database: 'n8n',
		query: (sql, params) => run('n8n', sql, params),
		stop,
	};
}

/**
 * @param {number} port @param {number} timeoutMs @param {() => boolean} failed
 */
async function waitForPort(port, timeoutMs, failed) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (failed()) throw new Error(`service on port ${port} exited during start-up`);
		const open = await new Promise((resolve) => {
			const socket = net.connect(port, HOST);
			socket.once('connect', () => {
				socket.destroy();
				resolve(true);
			});
			socket.once('error', () => resolve(false));
		});
		if (open) return;
		await delay(200);
	}
	throw new Error(`nothing listens on ${HOST}:${port} after ${timeoutMs} ms`);
}
