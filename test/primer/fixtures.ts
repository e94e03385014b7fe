import { PrimerSessionsApi } from '../../credentials/PrimerSessionsApi.credentials';
import { PrimerSessions } from '../../nodes/PrimerSessions/PrimerSessions.node';
import { PrimerSessionsTrigger } from '../../nodes/PrimerSessions/PrimerSessionsTrigger.node';
import type { CredentialFixture } from '../harness/engine';

/** Made up per run, so no key-like literal lives in the source; the emulator accepts exactly this value. */
export const SANDBOX_KEY = `primer-${Math.random().toString(36).slice(2, 12)}-${Date.now().toString(36)}`;
export const node = new PrimerSessions();
export const trigger = new PrimerSessionsTrigger();
export const typeName = 'n8n-nodes-payment-sessions.primerSessions';
export const triggerTypeName = 'n8n-nodes-payment-sessions.primerSessionsTrigger';

/** The credential as a user would fill it in, pointed at the local emulator. */
export function credentials(sandboxUrl: string, overrides: Record<string, string> = {}): CredentialFixture {
	return {
		credentialType: new PrimerSessionsApi(),
		data: { environment: 'sandbox', apiKey: SANDBOX_KEY, apiVersion: '2.4', baseUrl: `${sandboxUrl}/primer`, ...overrides },
	};
}

export const sandboxOptions = { primer: { apiKey: SANDBOX_KEY } };
