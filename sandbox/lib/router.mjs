// @ts-check

/**
 * @template T
 * @typedef {object} Route
 * @property {string} method
 * @property {string} template
 * @property {RegExp} pattern
 * @property {string[]} names
 * @property {T} data
 */

/**
 * @template T
 * @typedef {{ data: T, template: string, params: Record<string, string> }} RouteMatch
 */

/**
 * Compiles a path template such as `/checkout/sessions/{id}` into an anchored expression.
 * @param {string} template
 * @returns {{ pattern: RegExp, names: string[] }}
 */
export function compileTemplate(template) {
	/** @type {string[]} */
	const names = [];
	const source = template
		.split(/(\{[^}/]+\})/)
		.map((part) => {
			const param = /^\{([^}/]+)\}$/.exec(part);
			if (param) {
				names.push(param[1]);
				return '([^/]+)';
			}
			return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('');
	return { pattern: new RegExp(`^${source}/?$`), names };
}

/**
 * A method + path-template router.
 * @template T
 */
export class Router {
	constructor() {
		/** @type {Route<T>[]} */
		this.routes = [];
	}

	/**
	 * Registers a route; templates with fewer parameters win so that literal segments beat `{id}`.
	 * @param {string} method
	 * @param {string} template
	 * @param {T} data
	 */
	add(method, template, data) {
		const { pattern, names } = compileTemplate(template);
		this.routes.push({ method: method.toUpperCase(), template, pattern, names, data });
		this.routes.sort((a, b) => a.names.length - b.names.length);
	}

	/**
	 * Finds the route for `method` and `path`, with decoded path parameters.
	 * @param {string} method
	 * @param {string} path
	 * @returns {RouteMatch<T> | null}
	 */
	match(method, path) {
		const upper = method.toUpperCase();
		for (const route of this.routes) {
			if (route.method !== upper) continue;
			const found = route.pattern.exec(path);
			if (!found) continue;
			/** @type {Record<string, string>} */
			const params = {};
			try {
				route.names.forEach((name, i) => {
					params[name] = decodeURIComponent(found[i + 1]);
				});
			} catch {
				// A malformed escape cannot name any resource; treat it like an unknown route.
				return null;
			}
			return { data: route.data, template: route.template, params };
		}
		return null;
	}
}
