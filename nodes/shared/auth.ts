import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';
import type { KeyObject } from 'crypto';
import type { BaseUrlSpec } from './types';
import { createHash, createPrivateKey, createPublicKey, randomUUID, sign } from 'crypto';

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
 * the credential, then `sign` (a request signer such as Gr4vy's token) when there is one.
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
		const candidate = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
		if (candidate.code === 'CREDENTIAL_INVALID' && candidate.name === 'CredentialError' && typeof candidate.message === 'string') {
			return new CredentialError(candidate.message);
		}
		current = candidate.cause;
	}
	return undefined;
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** How long a signed token is valid; a new one is made for every request. */
export const GR4VY_TOKEN_SECONDS = 30;
/** Scopes of the tokens this package signs: read and write on every resource. */
export const GR4VY_SCOPES = ['*.read', '*.write'];
/** The `iss` claim: tells Gr4vy which client made the token. */
export const GR4VY_ISSUER = 'n8n-nodes-payment-sessions';

/**
 * Reads the PEM from the credential. Keys pasted into a one-line field often arrive with literal
 * "\n" sequences instead of line breaks; those are restored.
 */
function readPrivateKey(value: unknown): KeyObject {
	const field = 'Credential field "privateKey" (Private Key)';
	const pem = String(value ?? '')
		.replace(/\\n/g, '\n')
		.trim();
	if (!/^-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
		throw new CredentialError(`${field} must be a PEM private key starting with "-----BEGIN PRIVATE KEY-----"`);
	}
	let key: KeyObject | undefined;
	try {
		key = createPrivateKey({ key: pem, format: 'pem' });
	} catch {
		// The parser's own message may quote parts of the input, so it is dropped (see below).
		key = undefined;
	}
	if (!key) throw new CredentialError(`${field} is not a readable PEM private key; paste the whole PKCS#8 key file from Gr4vy's dashboard`);
	if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'secp521r1') {
		throw new CredentialError(`${field} must be an elliptic-curve P-521 key (ES512), as Gr4vy issues them`);
	}
	return key;
}

/** RFC 7638 thumbprint of an EC public key: SHA-256 over its canonical JWK members, base64url. */
export function jwkThumbprint(key: KeyObject): string {
	const jwk = createPublicKey(key).export({ format: 'jwk' });
	// Canonical form: required members only, in lexicographic order, no whitespace.
	const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
	return base64url(createHash('sha256').update(canonical).digest());
}

/** Signs a fresh ES512 token for one Gr4vy request from a PEM private key. */
export function signGr4vyToken(privateKeyPem: unknown, now = Date.now()): string {
	const key = readPrivateKey(privateKeyPem);
	const seconds = Math.floor(now / 1000);
	const header = { alg: 'ES512', typ: 'JWT', kid: jwkThumbprint(key) };
	const claims = {
		scopes: GR4VY_SCOPES,
		iss: GR4VY_ISSUER,
		jti: randomUUID(),
		iat: seconds,
		nbf: seconds,
		exp: seconds + GR4VY_TOKEN_SECONDS,
	};
	const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
	// JOSE wants the raw r||s pair (132 bytes for P-521), not Node's default DER encoding.
	const signature = sign('sha512', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
	return `${input}.${base64url(signature)}`;
}

/** Credential `authenticate` of Gr4vy: adds a newly signed bearer token to the request. */
export async function gr4vySignedToken(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const token = signGr4vyToken(credentials.privateKey);
	rememberDerivedSecret(credentials, token);
	return { ...requestOptions, headers: { ...(requestOptions.headers ?? {}), Authorization: `Bearer ${token}` } };
}

/*
 * Redaction lists. What a request carries is derived from the stored values: keys are trimmed,
 * Basic auth sends base64("user:password"), Gr4vy sends a token signed per request. An API that
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
 * as a Gr4vy token) is added to `list`, the redaction list of the run that uses the object.
 */
export function collectDerivedSecrets(credentials: object, list: string[]): void {
	derivedLists.set(credentials, { list, tokens: [] });
}

function rememberDerivedSecret(credentials: object, secret: string): void {
	const entry = derivedLists.get(credentials);
	if (!entry) return;
	entry.list.unshift(secret);
	entry.tokens.push(secret);
	if (entry.tokens.length <= KEPT_TOKENS) return;
	const oldest = entry.tokens.shift();
	const at = oldest === undefined ? -1 : entry.list.indexOf(oldest);
	if (at >= 0) entry.list.splice(at, 1);
}
