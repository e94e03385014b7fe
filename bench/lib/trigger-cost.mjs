// @ts-check
/*
 * Part 3: what one poll of a trigger costs in API requests, as a function of how many items are
 * new since the last poll and of how many already exist. The compiled trigger's poll() runs with
 * a small hand-made poll context whose request helper performs real HTTP against the local
 * emulator; the emulator's request log is the count. Only requests are counted here, so a stand-in
 * for n8n's context is enough (the engine tests run the same poll() through n8n-core).
 */
import { createRequire } from 'node:module';
import path from 'node:path';

import { REPO_ROOT } from '../../e2e/lib/install.mjs';
import { startSandbox } from '../../sandbox/server.mjs';

const require = createRequire(import.meta.url);
const DIST = path.join(REPO_ROOT, 'dist');

/**
 * New items per poll that the figures are taken for, in this order, on the same state; the
 * last 0 is the quiet poll after the burst of 1,000 (its cost is what the trigger settles at).
 */
export const NEW_COUNTS = [0, 1, 100, 1000, 0];
/** Items that exist before the trigger's first poll. */
export const EXISTING_COUNTS = [100, 10_000];
/** A poll that leaves unread items behind is followed by at most this many catch-up polls. */
const MAX_CATCH_UP = 10;

/**
 * How each credential type authenticates; what n8n's request helper would add from the
 * credential class, reduced to the two schemes measured here.
 * @type {Record<string, (data: Record<string, any>) => Record<string, string>>}
 */
const AUTH = {
	quadernoSessionsApi: (d) => ({ authorization: `Basic ${Buffer.from(`${d.apiKey}:x`).toString('base64')}`, accept: 'application/json' }),
	digitalRiverSessionsApi: (d) => ({ authorization: `Bearer ${d.secretKey}` }),
};

/**
 * A minimal IPollFunctions: parameters, persistent static data, the credential and a request
 * helper that sends the request for real (no retries of its own; the runtime's retry loop runs).
 * @param {{type: string, parameters: Record<string, any>, credentialType: string, credentials: Record<string, any>}} opts
 */
function pollContext(opts) {
	/** @type {Record<string, any>} */
	const staticData = {};
	const node = {
		id: 'bench',
		name: 'Bench Trigger',
		type: opts.type,
		typeVersion: 1,
		position: [0, 0],
		parameters: opts.parameters,
		credentials: { [opts.credentialType]: { id: 'bench', name: 'bench' } },
	};
	return {
		getNode: () => node,
		// The poll lifecycle keys its "still running" guard by workflow and node.
		getWorkflow: () => ({ id: 'bench', name: 'Bench', active: true }),
		getMode: () => 'trigger',
		/** @param {string} name @param {unknown} [fallback] */
		getNodeParameter: (name, fallback) => (name in opts.parameters ? opts.parameters[name] : fallback),
		getWorkflowStaticData: () => staticData,
		getCredentials: async () => opts.credentials,
		helpers: {
			/**
			 * @param {string} credentialType
			 * @param {{method?: string, url: string, qs?: Record<string, unknown>, headers?: Record<string, unknown>}} options
			 */
			httpRequestWithAuthentication: async (credentialType, options) => {
				const url = new URL(options.url);
				for (const [key, value] of Object.entries(options.qs ?? {})) {
					if (value === undefined) continue;
					for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(v));
				}
				/** @type {Record<string, string>} */
				const headers = {};
				for (const [k, v] of Object.entries(options.headers ?? {})) headers[k.toLowerCase()] = String(v);
				const response = await fetch(url, { method: options.method ?? 'GET', headers: { ...headers, ...AUTH[credentialType](opts.credentials) } });
				/** @type {Record<string, string>} */
				const answer = {};
				response.headers.forEach((value, key) => {
					answer[key] = value;
				});
				return { statusCode: response.status, headers: answer, body: await response.text() };
			},
		},
	};
}

/**
 * Whether the stored state still holds work for later polls: unread ranges (snapshot strategy)
 * or an interrupted read (updatedSince strategy). Those polls belong to the same batch of items.
 * @param {Record<string, any>} staticData
 */
function unfinished(staticData) {
	const state = staticData.state;
	return Boolean(state && ((Array.isArray(state.gaps) && state.gaps.length > 0) || state.resume));
}

/**
 * @typedef {object} TriggerSpecForBench
 * @property {string} key
 * @property {string} label
 * @property {string} provider   emulator provider id
 * @property {string} strategy
 * @property {string} dir        dist/nodes/<dir>
 * @property {string} module     trigger module file name without .js
 * @property {Record<string, any>} parameters
 * @property {(sandbox: any, count: number, fresh?: boolean) => void} seed  adds `count` items that are events for this trigger (fresh: new since the last poll, not history)
 */

/**
 * @typedef {object} PollFigure
 * @property {number} newItems
 * @property {number} requests   requests of this poll
 * @property {number} emitted    items emitted for this batch (this poll and its catch-up polls)
 * @property {number} distinct   distinct ids among them
 * @property {boolean} exact     every new item emitted exactly once
 * @property {number} catchUpPolls     further polls needed to read everything (0 when none)
 * @property {number} catchUpRequests  requests of those polls
 */

/**
 * @typedef {object} TriggerCostResult
 * @property {string} key
 * @property {string} label
 * @property {string} strategy
 * @property {number} existing
 * @property {number} firstPollRequests  the first poll, which only records what exists
 * @property {PollFigure[]} polls
 */

/**
 * Runs part 3.
 * @param {{say: (line: string) => void}} opts
 * @returns {Promise<TriggerCostResult[]>}
 */
export async function benchTriggerCost(opts) {
	const keys = { quaderno: 'sk_bench_trigger_01', digitalriver: 'bench-trigger-dr-01' };
	const sandbox = await startSandbox({
		port: 0,
		host: '127.0.0.1',
		providers: ['quaderno', 'digitalriver'],
		options: /** @type {any} */ ({ quaderno: { apiKey: keys.quaderno }, digitalriver: { secretKey: keys.digitalriver }, maxLog: 100_000 }),
	});
	// The client-side limiter only spaces requests out in time; it does not change their number.
	const unlimited = { options: { requestsPerSecond: 0 } };
	/** @type {TriggerSpecForBench[]} */
	const triggers = [
		{
			key: 'quadernoCreated',
			label: 'Quaderno, new sessions',
			provider: 'quaderno',
			strategy: 'snapshot',
			dir: 'QuadernoSessions',
			module: 'QuadernoSessionsTrigger.node',
			parameters: { event: 'created', ...unlimited },
			seed: (s, n) => s.provider('quaderno').seed(n),
		},
		{
			key: 'quadernoCompleted',
			label: 'Quaderno, status changed to completed',
			provider: 'quaderno',
			strategy: 'snapshot',
			dir: 'QuadernoSessions',
			module: 'QuadernoSessionsTrigger.node',
			parameters: { event: 'statusChanged', statuses: ['completed'], ...unlimited },
			// Existing sessions stay pending (watched for changes); new ones arrive completed.
			seed: (s, n) => s.provider('quaderno').seed(n, { status: 'completed' }),
		},
		{
			key: 'digitalriverAccepted',
			label: 'Digital River, order accepted',
			provider: 'digitalriver',
			strategy: 'updatedSince',
			dir: 'DigitalRiverSessions',
			module: 'DigitalRiverSessionsTrigger.node',
			parameters: { statuses: ['accepted'], linkIds: '', ...unlimited },
			// Existing orders are history; new ones a burst within the last minute, as between two polls.
			seed: (s, n, fresh) => s.provider('digitalriver').seed(fresh ? { checkouts: n, orders: n, within: 60 } : { checkouts: n, orders: n, past: true }),
		},
	];
	/** @type {TriggerCostResult[]} */
	const results = [];
	try {
		for (const t of triggers) {
			const nodeModule = require(path.join(DIST, 'nodes', t.dir, `${t.module}.js`));
			const Trigger = Object.values(nodeModule).find((v) => typeof v === 'function');
			const instance = new Trigger();
			const credentialType = instance.description.credentials[0].name;
			const credentials =
				t.provider === 'quaderno'
					? { accountName: 'bench', environment: 'sandbox', apiKey: keys.quaderno, baseUrl: `${sandbox.url}/quaderno/api` }
					: { secretKey: keys.digitalriver, baseUrl: `${sandbox.url}/digitalriver` };
			for (const existing of EXISTING_COUNTS) {
				sandbox.reset();
				// Existing items that are not events for the status trigger: pending sessions.
				if (t.key === 'quadernoCompleted') sandbox.provider('quaderno').seed(existing);
				else t.seed(sandbox, existing);
				const ctx = pollContext({ type: t.module, parameters: t.parameters, credentialType, credentials });
				const counted = () => sandbox.requests.filter((r) => r.provider === t.provider).length;
				/** @returns {Promise<{requests: number, emitted: number, ids: string[]}>} */
				const poll = async () => {
					const before = counted();
					/** @type {Array<Array<{json: Record<string, unknown>}>> | null} */
					const out = await instance.poll.call(ctx);
					const ids = (out?.[0] ?? []).map((i) => String(i.json.id));
					return { requests: counted() - before, emitted: ids.length, ids };
				};
				const first = await poll();
				if (first.emitted !== 0) throw new Error(`${t.label}: the first poll emitted ${first.emitted} items; it should only record`);
				/** @type {PollFigure[]} */
				const polls = [];
				for (const n of NEW_COUNTS) {
					t.seed(sandbox, n, true);
					const p = await poll();
					const ids = [...p.ids];
					let catchUpPolls = 0;
					let catchUpRequests = 0;
					// Bounded: a poll reads at most ten pages, so a few follow-ups read any backlog here.
					while ((ids.length < n || unfinished(ctx.getWorkflowStaticData())) && catchUpPolls < MAX_CATCH_UP) {
						const more = await poll();
						catchUpPolls++;
						catchUpRequests += more.requests;
						ids.push(...more.ids);
					}
					// Each new item must come out exactly once; a miss or a repeat is reported, not hidden.
					const distinct = new Set(ids).size;
					const exact = ids.length === n && distinct === n;
					if (!exact) opts.say(`[bench]   ${t.label}, ${existing} existing: ${n} new items came out as ${ids.length} items (${distinct} distinct)`);
					polls.push({ newItems: n, requests: p.requests, emitted: ids.length, distinct, exact, catchUpPolls, catchUpRequests });
				}
				const result = { key: t.key, label: t.label, strategy: t.strategy, existing, firstPollRequests: first.requests, polls };
				opts.say(
					`[bench] ${t.label}, ${existing} existing: requests per poll for ${polls.map((p) => `${p.newItems} new: ${p.requests}${p.catchUpPolls ? ` (+${p.catchUpRequests} in ${p.catchUpPolls} more)` : ''}`).join(', ')}`,
				);
				results.push(result);
			}
		}
	} finally {
		await sandbox.close();
	}
	return results;
}
