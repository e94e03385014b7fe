import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import type { MappedError, PlatformHooks } from './types';

export type { MappedError } from './types';

/*
 * Every API wraps errors its own way; the platform's hooks read its envelope (errorEnvelope)
 * into one message and a description a workflow builder can act on, with the helpers below.
 * Secret values are cut out of everything that leaves the node, because n8n shows error texts
 * in the UI, in execution logs and to AI agents.
 */

/** Whether a JSON value is an object (not null, not an array). */
export const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string that is not blank, or a number as text; undefined for anything else. */
export const textOf = (value: unknown): string | undefined =>
	typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : undefined;

/** The given lines that are set, joined by line breaks; undefined when none is. */
export const joinLines = (list: Array<string | undefined>): string | undefined => {
	const kept = list.filter((x): x is string => Boolean(x));
	return kept.length ? kept.join('\n') : undefined;
};

/** Reads an API's error body with the platform's hooks; undefined when it has no known shape. */
export function mapVendorError(hooks: PlatformHooks | undefined, body: unknown): MappedError | undefined {
	if (!hooks?.errorEnvelope) return undefined;
	let parsed = body;
	if (typeof body === 'string') {
		try {
			parsed = JSON.parse(body);
		} catch {
			return undefined;
		}
	}
	return hooks.errorEnvelope(parsed);
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
	hooks: PlatformHooks | undefined,
	status: number,
	body: unknown,
	secrets: string[],
	itemIndex: number | undefined,
	vendor: string,
): NodeApiError {
	const mapped = mapVendorError(hooks, body);
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
