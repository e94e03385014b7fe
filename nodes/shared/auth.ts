import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';
import type { BaseUrlSpec } from './types';

/*
 * The `authenticate` functions of the generated credential types. They run inside n8n's request
 * helper for every request, so what they build is never stored and never appears in node output.
 * Functions rather than n8n's declarative form: that form evaluates an expression per header
 * for every request, the largest cost n8n adds to a request after the node's own expressions,
 * and it cannot leave out a header whose credential field is empty.
 */

/** One header a credential adds to every request; {field} placeholders come from the credential. */
export interface CredentialHeader {
	name: string;
	value: string;
	/** Sent only when this credential field is set (otherwise `otherwise`, when given). */
	when?: string;
	otherwise?: string;
}

/** How a credential authenticates, as the generator writes it from the provider description. */
export interface CredentialAuthSpec {
	/** HTTP Basic user and password templates. */
	basic?: { username: string; password: string };
	headers?: CredentialHeader[];
	/** Credential fields that become part of the API's host name; see HOST_LABEL. */
	hostFields?: string[];
}

/** A credential's `authenticate`: adds what the credential contributes to one request. */
export type Authenticate = (credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

/**
 * What a credential field that becomes part of a host name may hold: one DNS label. Anything
 * else (a dot, a colon, a slash, a "#") could move the request, and the key, to another host.
 * n8n 2.41 has no way to constrain a credential's string field in its form, so the credential
 * enforces this in its own code: in `authenticate`, in its Test button and in the nodes.
 */
export const HOST_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** Why a host field's value is refused, or undefined when it is a valid host name part. */
export function hostFieldProblem(field: string, value: string): string | undefined {
	if (HOST_LABEL.test(value)) return undefined;
	const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
	// Quoted with JSON.stringify, so control characters in the value are shown escaped.
	return `Credential field "${field}" must be a host name part (letters, digits and dashes), got ${JSON.stringify(shown)}`;
}

/** Throws a CredentialError when a set host field holds anything but a host name part. */
export function checkHostFields(fields: string[] | undefined, credentials: ICredentialDataDecryptedObject): void {
	for (const field of fields ?? []) {
		const value = String(credentials[field] ?? '').trim();
		const problem = value === '' ? undefined : hostFieldProblem(field, value);
		if (problem) throw new CredentialError(problem);
	}
}

/** Fills {field} placeholders from the credential's values (trimmed: pasted keys often carry spaces). */
export function fillTemplate(template: string, credentials: ICredentialDataDecryptedObject): string {
	return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_, field: string) => String(credentials[field] ?? '').trim());
}

/** The headers of `spec` for these credential values, leaving out optional ones that are not set. */
export function credentialHeaders(spec: CredentialAuthSpec, credentials: ICredentialDataDecryptedObject): Record<string, string> {
	const out: Record<string, string> = {};
	for (const h of spec.headers ?? []) {
		const set = h.when === undefined || String(credentials[h.when] ?? '').trim() !== '';
		if (set) out[h.name] = fillTemplate(h.value, credentials);
		else if (h.otherwise !== undefined) out[h.name] = h.otherwise;
	}
	return out;
}

/**
 * A credential's `authenticate` from its table: Basic user and password and headers filled from
 * the credential, then `sign` (a request signer from the platform's hooks) when there is one.
 */
export function templateAuthentication(spec: CredentialAuthSpec, sign?: Authenticate): Authenticate {
	return async (credentials, requestOptions) => {
		checkHostFields(spec.hostFields, credentials);
		const options: IHttpRequestOptions = { ...requestOptions, headers: { ...(requestOptions.headers ?? {}), ...credentialHeaders(spec, credentials) } };
		if (spec.basic) options.auth = { username: fillTemplate(spec.basic.username, credentials), password: fillTemplate(spec.basic.password, credentials) };
		return sign ? await sign(credentials, options) : options;
	};
}

/**
 * The credential's data cannot be used to authenticate (e.g. a malformed key). Thrown before
 * anything is sent; the message names the credential field and never contains its value.
 */
export class CredentialError extends Error {
	/** Lets the transport tell this apart from a network failure after n8n wrapped it. */
	readonly code = 'CREDENTIAL_INVALID';

	constructor(
		message: string,
		readonly description?: string,
	) {
		super(message);
		this.name = 'CredentialError';
	}
}

/**
 * The API base URL for these credential values, from the credential's host table: the one
 * definition the nodes and the credential's Test button share. Throws a CredentialError.
 */
export function credentialBaseUrl(spec: BaseUrlSpec, data: ICredentialDataDecryptedObject): string {
	const override = spec.override ? String(data[spec.override] ?? '').trim() : '';
	if (spec.override && override) {
		if (!/^https?:\/\/[^\s/]+/i.test(override)) {
			throw new CredentialError(
				`Credential field "${spec.override}" must be an http(s) URL`,
				'The base URL override is for tests against a local emulator; leave it empty for the real API.',
			);
		}
		return override.replace(/\/+$/, '');
	}
	const key = spec.selector ? String(data[spec.selector] ?? '') : Object.keys(spec.values)[0];
	const template = spec.values[key] ?? Object.values(spec.values)[0];
	return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_, field: string) => {
		const value = String(data[field] ?? '').trim();
		const problem = hostFieldProblem(field, value);
		if (problem) throw new CredentialError(problem);
		return value;
	});
}

/** The CredentialError inside an error n8n's request helper may have wrapped, if there is one. */
export function credentialErrorOf(error: unknown): CredentialError | undefined {
	let current: unknown = error;
	// n8n wraps the original error one or two levels deep (NodeApiError -> cause).
	for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
		if (current instanceof CredentialError) return current;
		const candidate = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; httpCode?: unknown };
		if (candidate.code === 'CREDENTIAL_INVALID' && candidate.name === 'CredentialError' && typeof candidate.message === 'string') {
			return new CredentialError(candidate.message);
		}
		// n8n 1.x's NodeApiError keeps no cause: it takes over the message and moves the code to httpCode.
		if (candidate.httpCode === 'CREDENTIAL_INVALID' && candidate.name === 'NodeApiError' && typeof candidate.message === 'string') {
			return new CredentialError(candidate.message);
		}
		current = candidate.cause;
	}
	return undefined;
}

/*
 * Redaction lists. What a request carries is derived from the stored values: keys are trimmed,
 * Basic auth sends base64("user:password"), a signer sends a token signed per request. An API that
 * echoes what it received (a 401 body quoting the key or the token) must find each of these on
 * the run's list, not only the stored value.
 */

/** What the redaction lists need of a credential: its secret fields and how it authenticates. */
export interface SecretSource {
	secrets: string[];
	auth?: CredentialAuthSpec;
}

const MIN_SECRET_LENGTH = 4;
const templateFields = (template: string) => [...template.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]);

/**
 * Every form of the credential's secrets a request can carry: the stored and trimmed values, the
 * lines of a multi-line key, and the Basic-auth token; longest first, so a value that contains
 * another is cut out whole.
 */
export function credentialSecrets(source: SecretSource, credentials: ICredentialDataDecryptedObject): string[] {
	const found = new Set<string>();
	for (const field of source.secrets) {
		const stored = String(credentials[field] ?? '');
		found.add(stored);
		found.add(stored.trim());
		// A PEM's body lines, in case an API or a parser quotes part of the key.
		for (const line of stored.replace(/\\n/g, '\n').split(/\r?\n/)) if (!line.startsWith('-----')) found.add(line.trim());
	}
	const basic = source.auth?.basic;
	if (basic && [basic.username, basic.password].some((t) => templateFields(t).some((f) => source.secrets.includes(f)))) {
		const pair = `${fillTemplate(basic.username, credentials)}:${fillTemplate(basic.password, credentials)}`;
		found.add(Buffer.from(pair).toString('base64'));
	}
	return [...found].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

// Enough for every request a run can have in flight (50) and their retries; a token is valid
// for 30 seconds, and redact() also cuts out anything shaped like a JWT.
const KEPT_TOKENS = 100;
const derivedLists = new WeakMap<object, { list: string[]; tokens: string[] }>();

/**
 * From now on, every secret derived from this credential object while signing a request (such
 * as a signed token) is added to `list`, the redaction list of the run that uses the object.
 */
export function collectDerivedSecrets(credentials: object, list: string[]): void {
	derivedLists.set(credentials, { list, tokens: [] });
}

/** Adds a secret a signer derived from these credentials (a token) to the redaction list of their run. */
export function rememberDerivedSecret(credentials: object, secret: string): void {
	const entry = derivedLists.get(credentials);
	if (!entry) return;
	entry.list.unshift(secret);
	entry.tokens.push(secret);
	if (entry.tokens.length <= KEPT_TOKENS) return;
	const oldest = entry.tokens.shift();
	const at = oldest === undefined ? -1 : entry.list.indexOf(oldest);
	if (at >= 0) entry.list.splice(at, 1);
}
