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
import { bucketFor, shareOf } from './ratelimit';
import { RUN_OPTION_DEFAULTS } from './run-options';
import type { CredentialRef, HttpMethod, ProviderSpec, RetryHint } from './types';

/** Why a request's deadline timer is stopped early: its request ended first. */
const TIMER_RELEASED = new Error('the request ended before its deadline');

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

/** Retries when the node sets none (the generated options default to the same values). */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: RUN_OPTION_DEFAULTS.maxAttempts, maxWaitMs: RUN_OPTION_DEFAULTS.maxRetryWait * 1000, baseDelayMs: 500 };

/** Bounds on one request's time and answer, whatever the server does. */
export interface TransportLimits {
	/** Total time of one request, all attempts and the waits between them included, in milliseconds. */
	requestTimeoutMs: number;
	/** Largest response body accepted, in bytes. */
	maxResponseBytes: number;
}

/** Limits when the node sets none (the generated options default to the same values). */
export const DEFAULT_LIMITS: TransportLimits = {
	requestTimeoutMs: RUN_OPTION_DEFAULTS.requestTimeout * 1000,
	maxResponseBytes: RUN_OPTION_DEFAULTS.maxResponseSize * 1024 * 1024,
};

// One attempt never waits longer than this for an answer (Primer's own server timeout is 90 s),
// so a hung attempt leaves time for another within the request's deadline.
const ATTEMPT_TIMEOUT_MS = 90_000;

/** What one node run needs to talk to the API: resolved once, used for every item. */
export interface Connection {
	fn: AnyFunctions;
	provider: ProviderSpec;
	credential: CredentialRef;
	baseUrl: string;
	secrets: string[];
	retry: RetryPolicy;
	limits: TransportLimits;
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
	limits?: TransportLimits;
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
	/** What a successful answer must hold; by default a JSON object. */
	expect?: ExpectedBody;
	/** When the whole operation must end; the request's own timeout applies too. */
	deadline?: Deadline;
}

/** A point in time work must end by, and the limit that set it, as a timeout error names it. */
export interface Deadline {
	/** Epoch milliseconds. */
	at: number;
	/** E.g. "Operation Timeout (600 s)". */
	label: string;
}

/** The part of a successful answer the caller reads, and its JSON type. */
export interface ExpectedBody {
	/** Dot path in the body; '' for the body itself. */
	path: string;
	kind: 'object' | 'array';
	/** An empty body is a complete answer (e.g. 204 on delete). */
	emptyAllowed?: boolean;
}

const EXPECT_OBJECT: ExpectedBody = { path: '', kind: 'object' };

export interface ApiResponse {
	status: number;
	headers: Record<string, string>;
	body: unknown;
}

/** Reads a dot path ("data", "a.b"); '' is the value itself. */
export function getPath(value: unknown, path: string): unknown {
	if (!path) return value;
	let current = value;
	for (const part of path.split('.')) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as IDataObject)[part];
	}
	return current;
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

/** Credential field naming how many n8n processes share the account's rate limit. */
export const PROCESSES_FIELD = 'processesSharingLimit';

/** Reads "Processes Sharing This Limit" from the credential: empty means 1; anything but a whole number of at least 1 is refused. */
export function processesSharing(fn: AnyFunctions, value: unknown): number {
	if (value === undefined || value === null || value === '') return 1;
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 1000) {
		throw new NodeOperationError(
			fn.getNode(),
			`Credential field "${PROCESSES_FIELD}" (Processes Sharing This Limit) must be a whole number from 1 to 1000, got ${JSON.stringify(value)}`,
			{ description: 'Set it to the number of n8n processes that send requests with this credential at the same time (in queue mode: the workers, plus the main process when a trigger polls with it).' },
		);
	}
	return n;
}

/** Opens a connection for this node run: reads the credential once and resolves the host. */
export async function connect(fn: AnyFunctions, provider: ProviderSpec, options: ConnectOptions = {}): Promise<Connection> {
	const retry = options.retry ?? DEFAULT_RETRY;
	const limits = options.limits ?? DEFAULT_LIMITS;
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
	const accountLimit =
		options.requestsPerSecond !== undefined
			? options.requestsPerSecond > 0
				? { requests: options.requestsPerSecond, perSeconds: 1 }
				: undefined
			: provider.transport.rateLimit;
	const processes = processesSharing(fn, data[PROCESSES_FIELD]);
	const limit = accountLimit && shareOf(accountLimit, processes);
	// One bucket per account: the key holds the base URL and a hash of the credential's secrets, never the secrets.
	const account = createHash('sha256').update(secrets.join('\n')).digest('hex').slice(0, 16);
	const limiter = limit ? bucketFor(`${provider.id}|${baseUrl}|${account}|${limit.requests}/${limit.perSeconds}`, limit) : undefined;
	// The helper reads the same credential the same way (no item index), so every request of this
	// run authenticates with exactly what baseUrl and secrets above came from.
	const ref = fn.getNode().credentials?.[credential.name];
	const credentialsDecrypted: ICredentialsDecrypted = { id: ref?.id ?? '', name: ref?.name ?? credential.name, type: credential.name, data: decrypted };
	return { fn, provider, credential, baseUrl, secrets, retry, limits, limiter, credentialsDecrypted };
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
 * Milliseconds the API asked us to wait: Retry-After (seconds or HTTP date), else the wait the
 * platform's retry hint read from its own headers.
 */
export function requestedWaitMs(headers: Record<string, string>, now = Date.now(), hint?: RetryHint): number | undefined {
	const retryAfter = header(headers, 'retry-after');
	if (retryAfter !== undefined) {
		const seconds = Number(retryAfter);
		if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
		const date = Date.parse(retryAfter);
		if (!Number.isNaN(date)) return Math.max(0, date - now);
	}
	return hint?.waitMs;
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

/** Seconds for a message: "2.5 s", "90 s", "5 min". */
function seconds(ms: number): string {
	const s = ms / 1000;
	if (s >= 120 && Number.isInteger(s / 60)) return `${s / 60} min`;
	return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
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
		// The body is read here, so its size and its time are bounded however slowly it arrives.
		encoding: 'stream',
		disableFollowRedirect: true,
	};
	// Some vendors only read repeated (a=x&a=y) or comma-separated array parameters.
	if (provider.transport.queryArrayFormat) options.arrayFormat = provider.transport.queryArrayFormat;
	if (req.encoding === 'form') options.json = false;
	const own: Deadline = { at: Date.now() + conn.limits.requestTimeoutMs, label: `Request Timeout (${seconds(conn.limits.requestTimeoutMs)})` };
	const { at: deadline, label: limitName } = req.deadline && req.deadline.at < own.at ? req.deadline : own;
	const expect = req.expect ?? EXPECT_OBJECT;
	let waited = 0;
	for (let attempt = 1; ; attempt++) {
		if (conn.limiter) await conn.limiter.take();
		const remaining = deadline - Date.now();
		if (remaining <= 0) throw timeoutError(conn, req, limitName, safeToRepeat, attempt - 1);
		// n8n's own per-attempt timeout also ends a request that never gets an answer; it comes
		// just after the deadline so that the deadline, not it, names the cause.
		const outcome = await exchange(conn, { ...options, timeout: Math.min(ATTEMPT_TIMEOUT_MS, remaining + 1000) }, remaining);
		if (outcome.timedOut) throw timeoutError(conn, req, limitName, safeToRepeat, attempt);
		if (outcome.tooLarge) throw tooLargeError(conn, req, safeToRepeat);
		const response = outcome.response;
		let unusable: string | undefined;
		if (response && response.status < 300) {
			unusable = unusableAnswer(response.body, expect, conn.secrets);
			if (!unusable) return { ...response, body: response.body === EMPTY ? undefined : response.body };
		}

		const canRetry = attempt < conn.retry.maxAttempts;
		let retry = false;
		let wait = backoffMs(attempt, conn.retry);
		let asked: number | undefined;
		if (unusable) {
			// A success whose body cannot be read is an uncertain outcome, like a body cut off.
			retry = safeToRepeat;
		} else if (response) {
			const hint = provider.hooks?.retryHint?.(response, Date.now());
			if (response.status === 429) retry = true;
			else if (RETRYABLE_STATUS.has(response.status)) retry = safeToRepeat;
			if (hint?.retry === false) retry = false;
			if (hint?.retry === true && safeToRepeat) retry = true;
			asked = requestedWaitMs(response.headers, Date.now(), hint);
			if (asked !== undefined) wait = Math.max(wait, asked);
			// The limit is the account's: every request of this process waits, not only this one.
			if (response.status === 429) conn.limiter?.slowDown(wait);
		} else {
			const code = errorCode(outcome.failure);
			if (code && NEVER_SENT_CODES.has(code)) retry = true;
			else if (code && TRANSIENT_CODES.has(code)) retry = safeToRepeat;
		}
		const withinWait = waited + wait <= conn.retry.maxWaitMs;
		const withinDeadline = Date.now() + wait < deadline;
		if (retry && canRetry && withinWait && withinDeadline) {
			waited += wait;
			await sleep(wait);
			continue;
		}
		// Why a retryable failure was not retried, when the reason is a bound rather than the attempt count.
		const notRetried =
			retry && canRetry
				? !withinWait
					? asked !== undefined && asked === wait
						? `The API asked to wait ${seconds(asked)} before trying again, more than Max Retry Wait allows (${seconds(conn.retry.maxWaitMs)} in all, ${seconds(waited)} used).`
						: `Not retried: waiting ${seconds(wait)} more would pass Max Retry Wait (${seconds(conn.retry.maxWaitMs)}).`
					: `Not retried: waiting ${seconds(wait)} would pass the ${limitName} of this request.`
				: undefined;
		if (unusable) throw unusableError(conn, req, response!.status, unusable, safeToRepeat, attempt, notRetried);
		// Redirects are not followed (no vendor API answers with one, and following would carry
		// the credential to another address); they are reported like any other unexpected answer.
		if (response && response.status < 400) throw redirectError(conn, response, req);
		if (response) {
			const error = apiError(fn.getNode(), provider.hooks, response.status, response.body, conn.secrets, req.itemIndex, provider.displayName);
			if (notRetried) error.description = `${notRetried}\n${error.description ?? ''}`.trim();
			throw error;
		}
		const refused = credentialErrorOf(outcome.failure);
		if (refused) throw credentialRefused(conn, refused, req);
		throw networkError(conn, outcome.failure, req, safeToRepeat, attempt, notRetried);
	}
}

/** The body was empty (or only white space). */
const EMPTY = Symbol('empty body');
/** The body was text that is not JSON; the text is kept for error messages. */
class NotJson {
	constructor(readonly text: string) {}
}

interface Exchange {
	response?: ApiResponse;
	failure?: unknown;
	timedOut?: boolean;
	tooLarge?: boolean;
}

class TooLarge extends Error {}

/** A response body as n8n's helper hands it over: a stream here, text or bytes from other callers. */
interface BodyStream {
	[Symbol.asyncIterator](): AsyncIterator<unknown>;
	destroy?: () => void;
}

const isStream = (value: unknown): value is BodyStream =>
	typeof value === 'object' && value !== null && typeof (value as BodyStream)[Symbol.asyncIterator] === 'function';

/**
 * One attempt: the request and its whole body within `ms`. n8n's timeout only bounds the wait
 * for the headers and silences between bytes, so a body that trickles in is bounded here.
 */
async function exchange(conn: Connection, options: IHttpRequestOptions, ms: number): Promise<Exchange> {
	const { fn } = conn;
	let late = false;
	let stream: BodyStream | undefined;
	const work = (async (): Promise<Exchange> => {
		const additional = conn.credentialsDecrypted ? { credentialsDecrypted: conn.credentialsDecrypted } : undefined;
		const raw = (await fn.helpers.httpRequestWithAuthentication.call(fn, conn.credential.name, options, additional)) as {
			statusCode: number;
			headers: unknown;
			body: unknown;
		};
		if (isStream(raw.body)) stream = raw.body;
		if (late) {
			stream?.destroy?.();
			return { timedOut: true };
		}
		const body = await readBody(raw.body, conn.limits.maxResponseBytes, () => late);
		return { response: { status: raw.statusCode, headers: lowerHeaders(raw.headers), body } };
	})().catch((error: unknown): Exchange => {
		if (error instanceof TooLarge) {
			stream?.destroy?.();
			return { tooLarge: true };
		}
		return { failure: error };
	});
	const stop = new AbortController();
	const timer = sleep(ms, stop.signal).then(
		(): Exchange => ({ timedOut: true }),
		(): Exchange => ({}),
	);
	const outcome = await Promise.race([work, timer]);
	// With a reason made once: abort() without one builds a DOMException, and the timer's rejection
	// would wrap it in a new error, for every request.
	stop.abort(TIMER_RELEASED);
	if (outcome.timedOut) {
		late = true;
		stream?.destroy?.();
	}
	return outcome;
}

/** Reads a body into JSON, EMPTY or NotJson; throws TooLarge beyond `limit` bytes. */
async function readBody(body: unknown, limit: number, cancelled: () => boolean): Promise<unknown> {
	let text: string;
	if (typeof body === 'string') {
		text = body;
	} else if (body instanceof Uint8Array || body instanceof ArrayBuffer) {
		text = new TextDecoder().decode(body);
	} else if (isStream(body)) {
		const chunks: Uint8Array[] = [];
		let size = 0;
		for await (const chunk of body as AsyncIterable<unknown>) {
			if (cancelled()) return EMPTY;
			const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
			size += bytes.byteLength;
			if (size > limit) throw new TooLarge();
			chunks.push(bytes);
		}
		const all = new Uint8Array(size);
		let at = 0;
		for (const c of chunks) {
			all.set(c, at);
			at += c.byteLength;
		}
		text = new TextDecoder().decode(all);
	} else {
		// Already parsed by whoever called the helper (JSON object, array or scalar).
		return body === undefined || body === null ? EMPTY : body;
	}
	if (text.length > limit) throw new TooLarge();
	if (text.trim() === '') return EMPTY;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return new NotJson(text);
	}
}

/** Describes a JSON value for an error message without quoting any of its content at length. */
function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a JSON array';
	if (typeof value === 'object') return 'a JSON object';
	return `the JSON ${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}

/** Text with control characters (line breaks, escapes) turned into spaces, safe to quote in a message. */
function printable(text: string): string {
	return Array.from(text, (c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c)).join('');
}

/** Why a successful answer cannot be used, or undefined when it holds what the caller reads. */
function unusableAnswer(body: unknown, expect: ExpectedBody, secrets: string[]): string | undefined {
	const wanted = expect.kind === 'object' ? 'a JSON object' : 'a JSON array';
	const where = expect.path ? ` at "${expect.path}"` : '';
	if (body === EMPTY) return expect.emptyAllowed ? undefined : `an empty body where ${wanted} was expected`;
	if (body instanceof NotJson) {
		const start = printable(redact(body.text.trimStart().slice(0, 60), secrets));
		return `a body that is not JSON (it starts "${start}") where ${wanted} was expected`;
	}
	const part = getPath(body, expect.path);
	const ok = expect.kind === 'array' ? Array.isArray(part) : typeof part === 'object' && part !== null && !Array.isArray(part);
	return ok ? undefined : `${describe(part)}${where} where ${wanted} was expected`;
}

/**
 * NodeApiError replaces a message that mentions a known failure code (even inside an ID in the
 * path) with a generic text; the message built here names the platform and request, so it stays.
 */
function requestFailure(conn: Connection, response: JsonObject, options: { message: string; description: string; httpCode?: string; itemIndex?: number }): NodeApiError {
	const error = new NodeApiError(conn.fn.getNode(), response, options);
	error.message = options.message;
	return error;
}

// Said of a request whose outcome is unknown, for every kind of uncertain failure alike.
const MAY_HAVE_ACTED =
	'It was not retried automatically, because the API has no idempotency key for it and it may have been carried out: check before running it again.';

function unusableError(
	conn: Connection,
	req: ApiRequest,
	status: number,
	problem: string,
	safeToRepeat: boolean,
	attempts: number,
	notRetried?: string,
): NodeApiError {
	const note = safeToRepeat ? (notRetried ?? `It was safe to repeat; ${attempts} attempt(s) gave no usable answer.`) : MAY_HAVE_ACTED;
	return requestFailure(conn, { httpCode: String(status) }, {
		message: `${conn.provider.displayName}: ${req.method} ${req.path} answered HTTP ${status} with ${problem}`,
		description: `The answer was not used, so no item was made from it.\n${note}`,
		httpCode: String(status),
		itemIndex: req.itemIndex,
	});
}

function tooLargeError(conn: Connection, req: ApiRequest, safeToRepeat: boolean): NodeApiError {
	const mb = Math.round((conn.limits.maxResponseBytes / (1024 * 1024)) * 100) / 100;
	return requestFailure(conn, { message: 'response too large' }, {
		message: `${conn.provider.displayName}: the answer to ${req.method} ${req.path} is larger than Max Response Size (${mb} MB)`,
		description: `Reading stopped at the limit and nothing was output. Raise Max Response Size if the answer is expected to be this large, or ask for less (filters, Limit).${safeToRepeat ? '' : `\n${MAY_HAVE_ACTED}`}`,
		itemIndex: req.itemIndex,
	});
}

function timeoutError(conn: Connection, req: ApiRequest, limit: string, safeToRepeat: boolean, attempts: number): NodeApiError {
	const message = `${conn.provider.displayName}: ${req.method} ${req.path} did not finish within ${limit}`;
	const note = safeToRepeat
		? `${attempts} attempt(s) made; it is safe to run again.`
		: `It was sent and no answer came in time: it may have been carried out. Check before running it again.`;
	return requestFailure(conn, { message: 'timed out' }, {
		message,
		description: `${conn.provider.displayName} did not answer ${req.method} ${req.path} completely in time.\n${note}`,
		itemIndex: req.itemIndex,
	});
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

// Plain words for the failure codes, because n8n replaces a message that names a code with a
// generic one that loses the platform and the request.
const CODE_WORDS: Record<string, string> = {
	ECONNREFUSED: 'connection refused',
	ENOTFOUND: 'host not found',
	EAI_AGAIN: 'host name lookup failed',
	EHOSTUNREACH: 'host unreachable',
	ENETUNREACH: 'network unreachable',
	ECONNRESET: 'connection closed before the answer was complete',
	EPIPE: 'connection closed while sending',
	ETIMEDOUT: 'no answer in time',
	ECONNABORTED: 'no answer in time',
	ESOCKETTIMEDOUT: 'no answer in time',
	ERR_SOCKET_CONNECTION_TIMEOUT: 'no answer in time',
	ERR_BAD_RESPONSE: 'answer cut off',
};

function networkError(conn: Connection, failure: unknown, req: ApiRequest, safeToRepeat: boolean, attempts: number, notRetried?: string): NodeApiError {
	const code = errorCode(failure) ?? 'network error';
	const text = redact(failure instanceof Error ? failure.message : String(failure), conn.secrets);
	const note = safeToRepeat ? (notRetried ?? `It was safe to repeat; ${attempts} attempt(s) failed.`) : MAY_HAVE_ACTED;
	const message = `${conn.provider.displayName}: could not complete ${req.method} ${req.path} (${CODE_WORDS[code] ?? 'network error'})`;
	return requestFailure(conn, { code, message: text }, {
		message,
		description: `${req.method} ${req.path} to ${conn.provider.displayName} failed with ${code}: ${text}\n${note}`,
		itemIndex: req.itemIndex,
	});
}
