import { DigitalRiverSessionsApi } from '../../credentials/DigitalRiverSessionsApi.credentials';
import { DigitalRiverSessions } from '../../nodes/DigitalRiverSessions/DigitalRiverSessions.node';
import { DigitalRiverSessionsTrigger } from '../../nodes/DigitalRiverSessions/DigitalRiverSessionsTrigger.node';
import type { CredentialFixture } from '../harness/engine';

/** Made up per run, so no key-like literal lives in the source; the emulator accepts exactly this value. */
export const SANDBOX_KEY = `dr-${Math.random().toString(36).slice(2, 12)}-${Date.now().toString(36)}`;
export const node = new DigitalRiverSessions();
export const trigger = new DigitalRiverSessionsTrigger();
export const typeName = 'n8n-nodes-payment-sessions.digitalRiverSessions';
export const triggerTypeName = 'n8n-nodes-payment-sessions.digitalRiverSessionsTrigger';
/** Where the emulator serves Digital River; logged paths start with it. */
export const MOUNT = '/digitalriver';

/** The credential as a user would fill it in, pointed at the local emulator. */
export function credentials(sandboxUrl: string, overrides: Record<string, string> = {}): CredentialFixture {
	return {
		credentialType: new DigitalRiverSessionsApi(),
		data: { secretKey: SANDBOX_KEY, apiVersion: '2020-09-30', baseUrl: `${sandboxUrl}${MOUNT}`, ...overrides },
	};
}

export const sandboxOptions = { digitalriver: { secretKey: SANDBOX_KEY } };

/** The emulator's n-th id of a checkout or drop-in session (counter-based UUIDs, reset per test). */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
