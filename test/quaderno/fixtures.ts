import { QuadernoSessionsApi } from '../../credentials/QuadernoSessionsApi.credentials';
import { QuadernoSessions } from '../../nodes/QuadernoSessions/QuadernoSessions.node';
import { QuadernoSessionsTrigger } from '../../nodes/QuadernoSessions/QuadernoSessionsTrigger.node';
import type { CredentialFixture } from '../harness/engine';

export const API_KEY = 'sk_test_sandbox_quaderno_key';
export const node = new QuadernoSessions();
export const trigger = new QuadernoSessionsTrigger();
export const typeName = 'n8n-nodes-payment-sessions.quadernoSessions';
export const triggerTypeName = 'n8n-nodes-payment-sessions.quadernoSessionsTrigger';

/** The credential as a user would fill it in, pointed at the local emulator. */
export function credentials(sandboxUrl: string, overrides: Record<string, string> = {}): CredentialFixture {
	return {
		credentialType: new QuadernoSessionsApi(),
		data: { accountName: 'demo', environment: 'sandbox', apiKey: API_KEY, apiVersion: '20220325', baseUrl: `${sandboxUrl}/quaderno/api`, ...overrides },
	};
}

export const sandboxOptions = { quaderno: { apiKey: API_KEY } };
