// @ts-check
import { HttpError, parseJsonBody } from './http.mjs';

/** @typedef {import('./types.mjs').ApiResult} ApiResult */

/** Path prefix of the test-control surface; it is never logged as API traffic. */
export const CONTROL_PREFIX = '/__control';

/**
 * @typedef {object} ControlDeps
 * @property {() => void} reset
 * @property {import('./log.mjs').RequestLog} log
 * @property {import('./faults.mjs').Faults} faults
 * @property {Map<string, import('./api.mjs').MountedProvider>} providers
 */

/**
 * Creates the handler of `/__control/...`, the HTTP twin of the in-process controllers, for tests
 * that run the sandbox as a separate process.
 * @param {ControlDeps} deps
 * @returns {(method: string, url: URL, raw: Buffer, contentType: string | undefined) => Promise<ApiResult>}
 */
export function createControlHandler(deps) {
	/**
	 * @param {string} method
	 * @param {string} path  relative to the control prefix
	 * @param {URL} url
	 * @param {() => any} body
	 * @returns {Promise<ApiResult>}
	 */
	async function route(method, path, url, body) {
		if (path === '/reset' && method === 'POST') {
			deps.reset();
			return { status: 204 };
		}
		if (path === '/requests') {
			if (method === 'GET') return { status: 200, body: deps.log.list(url.searchParams.get('provider')) };
			if (method === 'DELETE') {
				deps.log.clear();
				return { status: 204 };
			}
		}
		if (path === '/faults') {
			if (method === 'GET') return { status: 200, body: deps.faults.list() };
			if (method === 'POST') {
				const payload = body();
				deps.faults.set(Array.isArray(payload) ? payload : payload?.rules);
				return { status: 200, body: deps.faults.list() };
			}
			if (method === 'DELETE') {
				deps.faults.set([]);
				return { status: 204 };
			}
		}
		const [, id = '', ...rest] = path.split('/');
		const host = deps.providers.get(id);
		const match = host?.control.match(method, `/${rest.join('/')}`);
		if (match) return match.data.handle(match.params, body(), url);
		throw new HttpError(404, 'Not found');
	}

	return async (method, url, raw, contentType) => {
		const path = url.pathname.slice(CONTROL_PREFIX.length) || '/';
		try {
			return await route(method.toUpperCase(), path, url, () => {
				const parsed = parseJsonBody(raw, contentType);
				if (!parsed.ok) throw new HttpError(parsed.status, parsed.message);
				return parsed.value ?? {};
			});
		} catch (err) {
			if (err instanceof HttpError) return { status: err.status, body: { error: err.message } };
			throw err;
		}
	};
}
