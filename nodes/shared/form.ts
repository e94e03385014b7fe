/*
 * application/x-www-form-urlencoded with bracket notation, the way Stripe's official clients send
 * nested data: objects as parent[child], arrays with explicit indices list[0][field], brackets
 * left unescaped, null and '' as an empty value (Stripe's way to unset a field).
 */

function encodeComponent(value: string): string {
	return encodeURIComponent(value).replace(/%5B/g, '[').replace(/%5D/g, ']').replace(/%20/g, '+');
}

function flatten(prefix: string, value: unknown, out: string[]): void {
	if (value === undefined) return;
	if (value === null) {
		out.push(`${encodeComponent(prefix)}=`);
	} else if (Array.isArray(value)) {
		value.forEach((v, i) => flatten(`${prefix}[${i}]`, v, out));
	} else if (value instanceof Date) {
		out.push(`${encodeComponent(prefix)}=${Math.floor(value.getTime() / 1000)}`);
	} else if (typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>);
		// An empty object still has to reach the API when it means "clear this map".
		if (entries.length === 0 && prefix) out.push(`${encodeComponent(prefix)}=`);
		for (const [k, v] of entries) flatten(prefix ? `${prefix}[${k}]` : k, v, out);
	} else {
		out.push(`${encodeComponent(prefix)}=${encodeComponent(String(value))}`);
	}
}

/** Encodes a JSON body as a bracket-notation form string. */
export function encodeForm(body: Record<string, unknown>): string {
	const out: string[] = [];
	for (const [k, v] of Object.entries(body)) flatten(k, v, out);
	return out.join('&');
}

/** Decodes a bracket-notation form string back into nested objects and arrays (for tests and the emulator). */
export function decodeForm(text: string): Record<string, unknown> {
	const root: Record<string, unknown> = {};
	for (const pair of text.split('&')) {
		if (!pair) continue;
		const eq = pair.indexOf('=');
		const rawKey = decodeURIComponent((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '));
		const value = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
		const path = rawKey.split(/\[|\]\[|\]/).filter((p, i) => p !== '' || i === 0);
		let node: Record<string, unknown> | unknown[] = root;
		path.forEach((part, i) => {
			const last = i === path.length - 1;
			const nextIsIndex = !last && /^\d+$/.test(path[i + 1]);
			const container = node as Record<string, unknown>;
			if (last) container[part] = value;
			else {
				container[part] ??= nextIsIndex ? [] : {};
				node = container[part] as Record<string, unknown>;
			}
		});
	}
	return root;
}

/**
 * Flattens nested plain objects of a query into bracket keys (created[gte]); arrays and scalars
 * are left to the HTTP client's own array format.
 */
export function bracketQuery(qs: Record<string, unknown>): Record<string, unknown> {
	// n8n's HTTP client writes nested query objects differently across versions and contexts;
	// bracket keys that are already flat come out the same everywhere.
	const out: Record<string, unknown> = {};
	const walk = (prefix: string, value: unknown): void => {
		if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
			for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(prefix ? `${prefix}[${k}]` : k, v);
		} else if (value !== undefined) {
			out[prefix] = value;
		}
	};
	walk('', qs);
	return out;
}
