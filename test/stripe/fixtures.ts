import { StripeSessionsApi } from '../../credentials/StripeSessionsApi.credentials';
import { StripeSessions } from '../../nodes/StripeSessions/StripeSessions.node';
import { StripeSessionsTrigger } from '../../nodes/StripeSessions/StripeSessionsTrigger.node';
import type { CredentialFixture } from '../harness/engine';
import type { SandboxHandle } from '../harness/sandbox.cjs';

/** A test-mode key the emulator accepts; built from parts because it is not a real secret. */
export const TEST_KEY = ['sk', 'test', 'sandbox', 'stripe', 'key'].join('_');
export const node = new StripeSessions();
export const trigger = new StripeSessionsTrigger();
export const typeName = 'n8n-nodes-payment-sessions.stripeSessions';
export const triggerTypeName = 'n8n-nodes-payment-sessions.stripeSessionsTrigger';
export const sandboxOptions = { stripe: { secretKey: TEST_KEY } };
export const providers = ['quaderno', 'stripe'];

/** The credential as a user would fill it in, pointed at the local emulator. */
export function credentials(sandboxUrl: string, overrides: Record<string, string> = {}): CredentialFixture {
	return {
		credentialType: new StripeSessionsApi(),
		data: { secretKey: TEST_KEY, apiVersion: '', baseUrl: `${sandboxUrl}/stripe`, ...overrides },
	};
}

/** One request as the emulator logged it. */
export interface LoggedRequest {
	provider: string;
	method: string;
	path: string;
	query: Record<string, unknown>;
	headers: Record<string, string | undefined>;
	body: unknown;
	status: number | null;
	idempotencyKey?: string | null;
}

/** API requests the emulator received for Stripe, in order. */
export function stripeRequests(sandbox: SandboxHandle): LoggedRequest[] {
	return sandbox.requests.filter((r) => r.provider === 'stripe') as LoggedRequest[];
}

/** Replaces "{{name}}" placeholders anywhere in a JSON value. */
export function fill<T>(value: T, vars: Record<string, string>): T {
	return JSON.parse(JSON.stringify(value).replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? `{{${k}}}`)) as T;
}
