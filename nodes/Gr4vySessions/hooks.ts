import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';
import type { KeyObject } from 'crypto';
import { createHash, createPrivateKey, createPublicKey, randomUUID, sign } from 'crypto';
import { CredentialError, rememberDerivedSecret } from '../shared/auth';
import { isObject, joinLines, textOf } from '../shared/errors';
import type { PlatformHooks } from '../shared/types';

/*
 * What Gr4vy does that the shared runtime cannot read from the tables: its two error envelopes
 * (its own, and the validation list of the framework its API is built on), and the ES512 token
 * the merchant's private key signs for every request.
 */

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** How long a signed token is valid; a new one is made for every request. */
export const TOKEN_SECONDS = 30;
/** Scopes of the tokens this package signs: read and write on every resource. */
export const SCOPES = ['*.read', '*.write'];
/** The `iss` claim: tells Gr4vy which client made the token. */
export const ISSUER = 'n8n-nodes-payment-sessions';

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
export function signToken(privateKeyPem: unknown, now = Date.now()): string {
	const key = readPrivateKey(privateKeyPem);
	const seconds = Math.floor(now / 1000);
	const header = { alg: 'ES512', typ: 'JWT', kid: jwkThumbprint(key) };
	const claims = {
		scopes: SCOPES,
		iss: ISSUER,
		jti: randomUUID(),
		iat: seconds,
		nbf: seconds,
		exp: seconds + TOKEN_SECONDS,
	};
	const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
	// JOSE wants the raw r||s pair (132 bytes for P-521), not Node's default DER encoding.
	const signature = sign('sha512', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
	return `${input}.${base64url(signature)}`;
}

/** Gr4vy's hooks, attached by the generator to its table and to the credential that signs. */
export const hooks = {
	errorEnvelope(body: unknown) {
		if (!isObject(body)) return undefined;
		if (Array.isArray(body.detail)) {
			const details = body.detail.map((d) =>
				isObject(d) ? `${Array.isArray(d.loc) ? d.loc.join('.') : ''}: ${textOf(d.msg) ?? ''}` : String(d),
			);
			return { message: `Gr4vy rejected the request: ${details[0] ?? 'validation failed'}`, description: joinLines(details) };
		}
		if (!textOf(body.message) && !textOf(body.code)) return undefined;
		const details = Array.isArray(body.details)
			? body.details.map((d) => (isObject(d) ? `${textOf(d.location) ?? ''} ${textOf(d.pointer) ?? ''}: ${textOf(d.message) ?? ''}`.trim() : String(d)))
			: [];
		return { message: textOf(body.message) ?? textOf(body.code)!, description: joinLines([textOf(body.code) && `Code: ${body.code as string}`, ...details]) };
	},
	signers: {
		/** Adds a newly signed bearer token to the request; the token joins the run's redaction list. */
		async gr4vySignedToken(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
			const token = signToken(credentials.privateKey);
			rememberDerivedSecret(credentials, token);
			return { ...requestOptions, headers: { ...(requestOptions.headers ?? {}), Authorization: `Bearer ${token}` } };
		},
	},
} satisfies PlatformHooks;
