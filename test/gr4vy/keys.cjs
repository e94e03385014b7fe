// @ts-check
'use strict';

/*
 * Key material and token inspection for the Gr4vy tests. CommonJS because test `.ts` files may
 * not use Node built-ins under the strict n8n lint. The key pair is made fresh on every run, so
 * no key lives in the repository; the thumbprint is computed here on its own, not with the code
 * under test, so a mistake there cannot hide itself.
 */

const { createHash, createPublicKey, generateKeyPairSync, verify } = require('node:crypto');

/**
 * A new P-521 key pair as PKCS#8 / SPKI PEM, like the one Gr4vy's dashboard hands out.
 * @returns {{ privatePem: string, publicPem: string }}
 */
function makeKeyPair() {
	const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp521r1' });
	return {
		privatePem: /** @type {string} */ (privateKey.export({ format: 'pem', type: 'pkcs8' })),
		publicPem: /** @type {string} */ (publicKey.export({ format: 'pem', type: 'spki' })),
	};
}

/**
 * A P-256 key pair: valid PEM, but the wrong curve for ES512.
 * @returns {string}
 */
function makeWrongCurveKey() {
	const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
	return /** @type {string} */ (privateKey.export({ format: 'pem', type: 'pkcs8' }));
}

/**
 * RFC 7638 thumbprint of a public key, written out member by member.
 * @param {string} publicPem
 */
function thumbprint(publicPem) {
	const jwk = createPublicKey(publicPem).export({ format: 'jwk' });
	const canonical = `{"crv":"${jwk.crv}","kty":"${jwk.kty}","x":"${jwk.x}","y":"${jwk.y}"}`;
	return createHash('sha256').update(canonical, 'utf8').digest('base64url');
}

/**
 * Splits a token and checks its signature with the public key.
 * @param {string} token
 * @param {string} publicPem
 * @returns {{ header: Record<string, any>, claims: Record<string, any>, signatureBytes: number, signatureValid: boolean }}
 */
function inspectToken(token, publicPem) {
	const [h, c, s] = token.split('.');
	const signature = Buffer.from(s, 'base64url');
	return {
		header: JSON.parse(Buffer.from(h, 'base64url').toString('utf8')),
		claims: JSON.parse(Buffer.from(c, 'base64url').toString('utf8')),
		signatureBytes: signature.length,
		signatureValid: verify('sha512', Buffer.from(`${h}.${c}`), { key: createPublicKey(publicPem), dsaEncoding: 'ieee-p1363' }, signature),
	};
}

/**
 * The PEM body without its armour and line breaks: what a leak of the key would contain.
 * @param {string} pem
 */
function pemBody(pem) {
	return pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
}

module.exports = { makeKeyPair, makeWrongCurveKey, thumbprint, inspectToken, pemBody };
