import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	JsonObject,
} from 'n8n-workflow';
import { createHash } from 'crypto';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';
import type { CredentialError } from './auth';
import { collectDerivedSecrets, credentialBaseUrl, credentialErrorOf, credentialSecrets } from './auth';
import { apiError, cleanText, redact } from './errors';
import { bracketQuery, encodeForm } from './form';
import type { TokenBucket } from './ratelimit';
import { bucketFor } from './ratelimit';
import type { CredentialRef, HttpMethod, ProviderSpec } from './types';

/*
 * Every request of every provider goes through `send`: base URL from the credential, n8n's own
 * authentication helper, bounded retries that never repeat a request the vendor could have acted
 * on unless it carries an idempotency key, and vendor error mapping.
 */

export type AnyFunctions = IExecuteFunctions | IPollFunctions | ILoadOptionsFunctions;

export interface RetryPolicy {
	/** Attempts in all, the first one included. */
	maxAttempts: number;
	/** Upper bound of all waiting between attempts, in milliseconds. */
	maxWaitMs: number;
	/** Base of the exponential backoff, in milliseconds. */
	baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, maxWaitMs: 30_000, baseDelayMs: 500 };

/** What one node run needs to talk to the API: resolved once, used for every item. */
export interface Connection {
	fn: AnyFunctions;
	provider: ProviderSpec;
	credential: CredentialRef;
	baseUrl: string;
	secrets: string[];
	retry: RetryPolicy;
	/** Keeps this process under the vendor's rate limit for this account. */
	limiter?: TokenBucket;
	/**
	 * The credential as read once in connect(), handed to n8n's request helper with every request:
	 * without it the helper reads the credential again per request (a database query and a
	 * decryption in n8n), the largest per-item cost after expressions in a run of many items.
	 */
	credentialsDecrypted?: ICredentialsDecrypted;
}

/** Reads the "Requests Per Second" option: undefined (not set) keeps the vendor's published limit. */
export function rateOption(value: unknown): number | undefined {
	return value === undefined || value === '' ? undefined : Math.max(0, Number(value));
}

export interface ConnectOptions {
	retry?: RetryPolicy;
	/** Overrides the vendor's published rate limit (e.g. live-mode limits); 0 turns the limiter off. */
	requestsPerSecond?: number;
}

export interface ApiRequest {
	method: HttpMethod;
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	encoding?: 'json' | 'form';
	headers?: IDataObject;
	/** Sent in the vendor's idempotency header; makes a POST safe to retry. */
	idempotencyKey?: string;
	/** Safe to repeat after a network error or 5xx (GET, PUT, DELETE). */
	idempotent: boolean;
	itemIndex?: number;
}

export interface ApiResponse {
	status: number;
	headers: Record<string, string>;
	body: unknown;
}

/** Resolves the API base URL from the credential's values and the provider's host table. */
export function resolveBaseUrl(fn: AnyFunctions, ref: CredentialRef, data: IDataObject): string {
	try {
		return credentialBaseUrl(ref.baseUrl, data as ICredentialDataDecryptedObject);
	} catch (error) {
		const refused = error as Partial<CredentialError>;
		throw new NodeOperationError(fn.getNode(), String(refused.message), { description: refused.description });
	}
}

/** Opens a connection for this node run: reads the credential once and resolves the host. */
export async function connect(fn: AnyFunctions, provider: ProviderSpec, options: ConnectOptions = {}): Promise<Connection> {
	const retry = options.retry ?? DEFAULT_RETRY;
	const credential =
		provider.credentials.length === 1
			? provider.credentials[0]
			: (provider.credentials.find((c) => c.name === (fn.getNodeParameter('authentication', 0, '') as string)) ??
				provider.credentials[0]);
	const decrypted = await fn.getCredentials(credential.name);
	const data = decrypted as IDataObject;
	const secrets = credentialSecrets(credential, decrypted);
	// Tokens the credential signs for this run's requests join the list as they are made.
	collectDerivedSecrets(decrypted, secrets);
	const baseUrl = resolveBaseUrl(fn, credential, data);
	const limit =
		options.requestsPerSecond !== undefined
			? options.requestsPerSecond > 0
				? { requests: options.requestsPerSecond, perSeconds: 1 }
				: undefined
			: provider.transport.rateLimit;
	// One bucket per account: the key holds the base URL and a hash of the credential's secrets, never the secrets.
	const account = createHash('sha256').update(secrets.join('\n')).digest('hex').slice(0, 16);
	const limiter = limit ? bucketFor(`${provider.id}|${baseUrl}|${account}|${limit.requests}/${limit.perSeconds}`, limit) : undefined;
	// The helper reads the same credential the same way (no item index), so every request of this
	// run authenticates with exactly what baseUrl and secrets above came from.
	const ref = fn.getNode().credentials?.[credential.name];
	const credentialsDecrypted: ICredentialsDecrypted = { id: ref?.id ?? '', name: ref?.name ?? credential.name, type: credential.name, data: decrypted };
	return { fn, provider, credential, baseUrl, secrets, retry, limiter, credentialsDecrypted };
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
// Failures where the request cannot have reached the vendor's application, so repeating is safe.
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
// Failures after the request may have reached the vendor; ERR_BAD_RESPONSE is a body cut off mid-way.
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', 'ESOCKETTIMEDOUT', 'ERR_SOCKET_CONNECTION_TIMEOUT', 'ERR_BAD_RESPONSE']);

function header(headers: Record<string, string>, name: string): string | undefined {
	return headers[name] ?? headers[name.toLowerCase()];
}

/**
 * Milliseconds the vendor asked us to wait, from Retry-After (seconds or HTTP date) or, for a
 * rate-limit answer only, a reset header (Quaderno sends that on every response).
 */
export function requestedWaitMs(headers: Record<string, string>, now = Date.now(), rateLimited = true): number | undefined {
	const retryAfter = header(headers, 'retry-after');
	if (retryAfter !== undefined) {
		const seconds = Number(retryAfter);
		if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
		const date = Date.parse(retryAfter);
		if (!Number.isNaN(date)) return Math.max(0, date - now);
	}
	const reset = header(headers, 'x-ratelimit-reset');
	if (rateLimited && reset !== undefined && Number.isFinite(Number(reset))) {
		const value = Number(reset);
		// Quaderno sends seconds until reset; some APIs send an epoch time instead.
		return value > 1e9 ? Math.max(0, value * 1000 - now) : Math.max(0, value * 1000);
	}
	return undefined;
}

/** Exponential backoff with full jitter. */
export function backoffMs(attempt: number, policy: RetryPolicy, random = Math.random): number {
	return Math.round(random() * policy.baseDelayMs * 2 ** (attempt - 1));
}

function errorCode(error: unknown): string | undefined {
	const e = error as { code?: unknown; cause?: { code?: unknown } };
	if (typeof e?.code === 'string') return e.code;
	if (typeof e?.cause?.code === 'string') return e.cause.code;
	return undefined;
}

function lowerHeaders(raw: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	if (raw && typeof raw === 'object') {
		for (const [k, v] of Object.entries(raw as Record<string, unknown>)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
	}
	return out;
}

/** Sends one API request with retries; throws NodeApiError with the vendor's message on failure. */
export async function send(conn: Connection, req: ApiRequest): Promise<ApiResponse> {
	const { fn, provider } = conn;
	const headers: IDataObject = { ...(req.headers ?? {}) };
	let body: IHttpRequestOptions['body'];
	if (req.body !== undefined) {
		if (req.encoding === 'form') {
			headers['Content-Type'] = 'application/x-www-form-urlencoded';
			body = encodeForm(req.body);
		} else {
			body = req.body;
		}
	}
	if (req.idempotencyKey && provider.transport.idempotencyHeader) headers[provider.transport.idempotencyHeader] = req.idempotencyKey;
	const safeToRepeat = req.idempotent || Boolean(req.idempotencyKey && provider.transport.idempotencyHeader);
	const options: IHttpRequestOptions = {
		method: req.method as IHttpRequestMethods,
		url: `${conn.baseUrl}${req.path}`,
		qs: req.qs && (bracketQuery(req.qs) as IDataObject),
		body,
		headers,
		json: req.encoding !== 'form',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: 90_000,
		disableFollowRedirect: true,
	};
	// Some vendors only read repeated (a=x&a=y) or comma-separated array parameters.
	if (provider.transport.queryArrayFormat) options.arrayFormat = provider.transport.queryArrayFormat;
	if (req.encoding === 'form') options.json = false;
	let waited = 0;
	for (let attempt = 1; ; attempt++) {
		let response: ApiResponse | undefined;
		let failure: unknown;
		if (conn.limiter) await conn.limiter.take();
		try {
			const additional = conn.credentialsDecrypted ? { credentialsDecrypted: conn.credentialsDecrypted } : undefined;
			const raw = (await fn.helpers.httpRequestWithAuthentication.call(fn, conn.credential.name, options, additional)) as {
				statusCode: number;
				headers: unknown;
				body: unknown;
			};
			response = { status: raw.statusCode, headers: lowerHeaders(raw.headers), body: parseBody(raw.body) };
		} catch (error) {
			failure = error;
		}
		// Redirects are not followed (no vendor API answers with one, and following would carry
		// the credential to another address); they are reported like any other unexpected answer.
		if (response && response.status < 300) return response;

		const canRetry = attempt < conn.retry.maxAttempts;
		let retry = false;
		let wait = backoffMs(attempt, conn.retry);
		if (response) {
			const shouldRetryHeader = header(response.headers, 'stripe-should-retry');
			if (response.status === 429) retry = true;
			else if (RETRYABLE_STATUS.has(response.status)) retry = safeToRepeat;
			if (shouldRetryHeader === 'false') retry = false;
			if (shouldRetryHeader === 'true' && safeToRepeat) retry = true;
			const asked = requestedWaitMs(response.headers, Date.now(), response.status === 429);
			if (asked !== undefined) wait = Math.max(wait, asked);
		} else {
			const code = errorCode(failure);
			if (code && NEVER_SENT_CODES.has(code)) retry = true;
			else if (code && TRANSIENT_CODES.has(code)) retry = safeToRepeat;
		}
		if (retry && canRetry && waited + wait <= conn.retry.maxWaitMs) {
			waited += wait;
			await sleep(wait);
			continue;
		}
		if (response && response.status < 400) throw redirectError(conn, response, req);
		if (response) {
			throw apiError(fn.getNode(), provider.transport.errorFormat, response.status, response.body, conn.secrets, req.itemIndex, provider.displayName);
		}
		const refused = credentialErrorOf(failure);
		if (refused) throw credentialRefused(conn, refused, req);
		throw networkError(conn, failure, req, safeToRepeat, attempt);
	}
}

function redirectError(conn: Connection, response: ApiResponse, req: ApiRequest): NodeApiError {
	const location = cleanText(redact(header(response.headers, 'location') ?? 'no address given', conn.secrets));
	return new NodeApiError(conn.fn.getNode(), { httpCode: String(response.status), location } as JsonObject, {
		message: `${conn.provider.displayName} answered ${req.method} ${req.path} with a redirect (HTTP ${response.status}) to ${location}`,
		description: 'Redirects are not followed, so the credential is never sent to another address. Check the base URL of the credential.',
		httpCode: String(response.status),
		itemIndex: req.itemIndex,
	});
}

// The credential's authenticate function refused its data: nothing was sent, so say so plainly.
function credentialRefused(conn: Connection, error: CredentialError, req: ApiRequest): NodeOperationError {
	const where = req.itemIndex === undefined ? '' : ` [item ${req.itemIndex}]`;
	return new NodeOperationError(conn.fn.getNode(), `${conn.provider.displayName}: ${redact(error.message, conn.secrets)}${where}`, {
		description: 'Nothing was sent to the API. Correct the credential and run the node again.',
		itemIndex: req.itemIndex,
	});
}

function networkError(conn: Connection, failure: unknown, req: ApiRequest, safeToRepeat: boolean, attempts: number): NodeApiError {
	const code = errorCode(failure) ?? 'network error';
	const text = redact(failure instanceof Error ? failure.message : String(failure), conn.secrets);
	const note = safeToRepeat
		? `It was safe to repeat; ${attempts} attempt(s) failed.`
		: 'It was not retried automatically, because the API has no idempotency key for it and it may have been carried out: check before running it again.';
	const response: JsonObject = { code, message: text };
	return new NodeApiError(conn.fn.getNode(), response, {
		message: `${conn.provider.displayName}: could not complete ${req.method} ${req.path} (${code})`,
		description: `${text}\n${note}`,
		itemIndex: req.itemIndex,
	});
}

function parseBody(body: unknown): unknown {
	if (typeof body === 'string' && body.length && /^[[{]/.test(body.trimStart())) {
		try {
			return JSON.parse(body);
		} catch {
			return body;
		}
	}
	if (body instanceof Uint8Array || (body && typeof body === 'object' && 'byteLength' in body)) {
		const text = new TextDecoder().decode(body as Uint8Array);
		return text.length ? parseBody(text) : undefined;
	}
	return body === '' ? undefined : body;
}
