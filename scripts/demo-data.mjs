// @ts-check
/*
 * Credentials and emulator settings for the local instance `npm start` brings up. Keys are made
 * at every start (the Gr4vy key pair included), so nothing secret-looking lives in the source;
 * the emulator is told to accept exactly these.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';

const made = (/** @type {string} */ prefix) => `${prefix}${randomBytes(12).toString('hex')}`;
const gr4vyKeys = generateKeyPairSync('ec', { namedCurve: 'secp521r1' });

const keys = {
	quaderno: made('sk_local_'),
	stripe: made('sk_test_local'),
	primer: made('local-primer-'),
	digitalriver: made('sk_test_local'),
	gr4vyToken: made('gr4vy-local-'),
	gr4vyPrivate: /** @type {string} */ (gr4vyKeys.privateKey.export({ type: 'pkcs8', format: 'pem' })),
	gr4vyPublic: /** @type {string} */ (gr4vyKeys.publicKey.export({ type: 'spki', format: 'pem' })),
};

/** Options for startSandbox so it accepts the credentials below. */
export function demoSandboxOptions() {
	return {
		quaderno: { apiKey: keys.quaderno },
		stripe: { secretKey: keys.stripe },
		primer: { apiKey: keys.primer },
		digitalriver: { secretKey: keys.digitalriver },
		gr4vy: { publicKey: keys.gr4vyPublic, bearerToken: keys.gr4vyToken },
	};
}

/** One credential per platform (two for Gr4vy), pointing at the emulator's URL placeholder. */
export function demoCredentials() {
	const base = '__E2E_SANDBOX_URL__';
	const cred = (/** @type {string} */ id, /** @type {string} */ type, /** @type {Record<string, string>} */ data) => ({ id, name: `${id} (local emulator)`, type, data });
	return [
		cred('quaderno', 'quadernoSessionsApi', { accountName: 'demo', environment: 'sandbox', apiKey: keys.quaderno, baseUrl: `${base}/quaderno/api` }),
		cred('stripe', 'stripeSessionsApi', { secretKey: keys.stripe, baseUrl: `${base}/stripe` }),
		cred('primer', 'primerSessionsApi', { environment: 'sandbox', apiKey: keys.primer, apiVersion: '2.4', baseUrl: `${base}/primer` }),
		cred('digitalriver', 'digitalRiverSessionsApi', { secretKey: keys.digitalriver, baseUrl: `${base}/digitalriver` }),
		cred('gr4vy', 'gr4vySessionsApi', { instanceId: 'example', environment: 'sandbox', privateKey: keys.gr4vyPrivate, baseUrl: `${base}/gr4vy` }),
		cred('gr4vyToken', 'gr4vyBearerTokenApi', { instanceId: 'example', environment: 'sandbox', token: keys.gr4vyToken, baseUrl: `${base}/gr4vy` }),
	];
}
