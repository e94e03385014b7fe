import { Gr4vyBearerTokenApi } from '../../credentials/Gr4vyBearerTokenApi.credentials';
import { Gr4vySessionsApi } from '../../credentials/Gr4vySessionsApi.credentials';
import { Gr4vySessions } from '../../nodes/Gr4vySessions/Gr4vySessions.node';
import { Gr4vySessionsTrigger } from '../../nodes/Gr4vySessions/Gr4vySessionsTrigger.node';
import type { CredentialFixture } from '../harness/engine';
import { makeKeyPair } from './keys.cjs';

/** Made per run, so no key or token lives in the source; the emulator trusts exactly these. */
export const KEYS = makeKeyPair();
export const READY_TOKEN = `gr4vy-ready-${Math.random().toString(36).slice(2, 12)}-${Date.now().toString(36)}`;

export const node = new Gr4vySessions();
export const trigger = new Gr4vySessionsTrigger();
export const typeName = 'n8n-nodes-payment-sessions.gr4vySessions';
export const triggerTypeName = 'n8n-nodes-payment-sessions.gr4vySessionsTrigger';

/** The two ways to authenticate; tests run their cases with each. */
export const AUTHS = ['gr4vySessionsApi', 'gr4vyBearerTokenApi'] as const;
export type Auth = (typeof AUTHS)[number];

/** The credential as a user would fill it in, pointed at the local emulator. */
export function credentials(sandboxUrl: string, auth: Auth = 'gr4vySessionsApi', overrides: Record<string, string> = {}): CredentialFixture {
	const host = { instanceId: 'example', environment: 'sandbox', merchantAccountId: '', baseUrl: `${sandboxUrl}/gr4vy` };
	if (auth === 'gr4vyBearerTokenApi') {
		return { credentialType: new Gr4vyBearerTokenApi(), data: { ...host, token: READY_TOKEN, ...overrides } };
	}
	return { credentialType: new Gr4vySessionsApi(), data: { ...host, privateKey: KEYS.privatePem, ...overrides } };
}

export const sandboxOptions = { gr4vy: { publicKey: KEYS.publicPem, bearerToken: READY_TOKEN } };
