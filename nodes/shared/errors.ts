import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import type { ErrorFormat } from './types';

/*
 * Each vendor wraps errors differently; this reads the five envelopes into one message and a
 * description a workflow builder can act on. Secret values are cut out of everything that leaves
 * the node, because n8n shows error texts in the UI, in execution logs and to AI agents.
 */

export interface MappedError {
	message: string;
	description?: string;
}

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string | undefined =>
	typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : undefined;

const lines = (list: Array<string | undefined>): string | undefined => {
	const kept = list.filter((x): x is string => Boolean(x));
	return kept.length ? kept.join('\n') : undefined;
};

type Mapper = (body: unknown) => MappedError | undefined;

const mappers: Record<ErrorFormat, Mapper> = {
	quaderno(body) {
		if (!isObject(body)) return undefined;
		if (str(body.error)) return { message: str(body.error)! };
		if (isObject(body.errors)) {
			const details = Object.entries(body.errors).map(
				([field, messages]) => `${field}: ${Array.isArray(messages) ? messages.join(', ') : String(messages)}`,
			);
			return { message: `Quaderno rejected the request: ${details[0] ?? 'validation failed'}`, description: lines(details) };
		}
		return undefined;
	},
	stripe(body) {
		if (!isObject(body) || !isObject(body.error)) return undefined;
		const e = body.error;
		return {
			message: str(e.message) ?? `Stripe error ${str(e.type) ?? ''}`.trim(),
			description: lines([
				str(e.type) && `Type: ${e.type as string}`,
				str(e.code) && `Code: ${e.code as string}`,
				str(e.decline_code) && `Decline code: ${e.decline_code as string}`,
				str(e.param) && `Parameter: ${e.param as string}`,
				str(e.doc_url) && `See ${e.doc_url as string}`,
			]),
		};
	},
	primer(body) {
		if (!isObject(body) || !isObject(body.error)) return undefined;
		const e = body.error;
		const validation = Array.isArray(e.validationErrors)
			? e.validationErrors.map((v) => (isObject(v) ? `${str(v.path) ?? str(v.model) ?? ''}: ${str(v.description) ?? JSON.stringify(v.errors ?? v)}` : String(v)))
			: [];
		return {
			message: str(e.description) ?? str(e.errorId) ?? 'Primer rejected the request',
			description: lines([
				str(e.errorId) && `Error: ${e.errorId as string}`,
				str(e.recoverySuggestion),
				...validation,
				str(e.diagnosticsId) && `Diagnostics ID: ${e.diagnosticsId as string}`,
			]),
		};
	},
	gr4vy(body) {
		if (!isObject(body)) return undefined;
		if (Array.isArray(body.detail)) {
			const details = body.detail.map((d) =>
				isObject(d) ? `${Array.isArray(d.loc) ? d.loc.join('.') : ''}: ${str(d.msg) ?? ''}` : String(d),
			);
			return { message: `Gr4vy rejected the request: ${details[0] ?? 'validation failed'}`, description: lines(details) };
		}
		if (!str(body.message) && !str(body.code)) return undefined;
		const details = Array.isArray(body.details)
			? body.details.map((d) => (isObject(d) ? `${str(d.location) ?? ''} ${str(d.pointer) ?? ''}: ${str(d.message) ?? ''}`.trim() : String(d)))
			: [];
		return { message: str(body.message) ?? str(body.code)!, description: lines([str(body.code) && `Code: ${body.code as string}`, ...details]) };
	},
	digitalriver(body) {
		if (!isObject(body) || !Array.isArray(body.errors)) return undefined;
		const details = body.errors.map((e) =>
			isObject(e) ? `${str(e.code) ?? ''}${str(e.parameter) ? ` (${e.parameter as string})` : ''}: ${str(e.message) ?? ''}` : String(e),
		);
		const first = isObject(body.errors[0]) ? str(body.errors[0].message) : undefined;
		return { message: first ?? `Digital River error ${str(body.type) ?? ''}`.trim(), description: lines([str(body.type) && `Type: ${body.type as string}`, ...details]) };
	},
};

/** Reads a vendor's error body into a message and description; undefined when it has no known shape. */
export function mapVendorError(format: ErrorFormat, body: unknown): MappedError | undefined {
	let parsed = body;
	if (typeof body === 'string') {
		try {
			parsed = JSON.parse(body);
		} catch {
			return undefined;
		}
	}
	return mappers[format](parsed);
}

// Three base64url parts starting with an encoded JSON header: a signed token, never shown.
const JWT = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g;

/**
 * Replaces every occurrence of the given secrets, of Basic-auth and Bearer values and of
 * anything shaped like a signed token (JWT) in text.
 */
export function redact(text: string, secrets: string[]): string {
	let out = text;
	for (const secret of secrets) {
		if (!secret || secret.length < 4) continue;
		out = out.split(secret).join('[redacted]');
	}
	return out.replace(JWT, '[redacted]').replace(/(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, '$1 [redacted]');
}

/** Longest vendor message shown as an error's message; the description may be longer. */
export const MAX_MESSAGE_LENGTH = 300;
/** Longest vendor text shown as an error's description. */
export const MAX_DESCRIPTION_LENGTH = 2000;

// C0 and C1 controls, and the bidirectional overrides that can make text read differently.
const isControl = (code: number) =>
	code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);

/**
 * Text from an API made fit to show: control characters become spaces (line breaks are kept
 * only where `lines` allows them) and it is cut to `max` characters. Redact before cutting, so
 * a cut never splits a secret that redaction would have found.
 */
export function cleanText(text: string, max = MAX_MESSAGE_LENGTH, lines = false): string {
	let out = '';
	for (const char of text.replace(/\r\n?/g, '\n')) out += isControl(char.charCodeAt(0)) && !(lines && char === '\n') ? ' ' : char;
	out = out.trim();
	if (out.length <= max) return out;
	let cut = out.slice(0, max - 1);
	// Never leave half of a surrogate pair at the end.
	if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
	return `${cut}…`;
}

/** Deep-redacts every string inside a JSON value. */
export function redactValue<T>(value: T, secrets: string[]): T {
	if (typeof value === 'string') return redact(value, secrets) as T;
	if (Array.isArray(value)) return value.map((v) => redactValue(v, secrets)) as T;
	if (isObject(value)) {
		const out: IDataObject = {};
		for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, secrets);
		return out as T;
	}
	return value;
}

/** Builds the NodeApiError for a failed HTTP response, with the vendor's own message and no secrets. */
export function apiError(
	node: INode,
	format: ErrorFormat,
	status: number,
	body: unknown,
	secrets: string[],
	itemIndex: number | undefined,
	vendor: string,
): NodeApiError {
	const mapped = mapVendorError(format, body);
	const safeBody = redactValue(body, secrets);
	const message = cleanText(redact(mapped?.message ?? `${vendor} answered with HTTP ${status}`, secrets));
	const description = mapped?.description ? cleanText(redact(mapped.description, secrets), MAX_DESCRIPTION_LENGTH, true) : undefined;
	// Only the status and the redacted body go in: never the request options, which hold auth.
	const response: JsonObject = { httpCode: String(status), body: safeBody as JsonObject };
	return new NodeApiError(node, response, {
		message: `${vendor}: ${message}`,
		description: description ?? `HTTP ${status}`,
		httpCode: String(status),
		itemIndex,
	});
}
