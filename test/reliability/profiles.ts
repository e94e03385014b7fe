import type { IDataObject, INodeParameters, INodeType } from 'n8n-workflow';
import * as digitalriver from '../digitalriver/fixtures';
import * as gr4vy from '../gr4vy/fixtures';
import type { CredentialFixture } from '../harness/engine';
import type { SandboxHandle } from '../harness/sandbox.cjs';
import * as primer from '../primer/fixtures';
import * as quaderno from '../quaderno/fixtures';
import * as stripe from '../stripe/fixtures';

/*
 * What the reliability runs need to know of each platform, as data: how to create a session that
 * carries a tag (so the emulator's state tells which input item made it), and how to drive the
 * resource its trigger watches from an open status to a final one.
 */

export interface Profile {
	provider: string;
	/** The platform takes an idempotency key on create, so creates may be retried. */
	idempotentCreate: boolean;
	node: INodeType;
	typeName: string;
	trigger: INodeType;
	triggerTypeName: string;
	credentials(url: string): CredentialFixture;
	sandboxOptions: IDataObject;
	/** Create parameters; the tag comes from each input item's `tag`. */
	createParameters: INodeParameters;
	/** Operation name of the create in the emulator's log, to aim faults and count attempts. */
	createOperation: string;
	/** Tags of every session the emulator holds. */
	sessionTags(sandbox: SandboxHandle): string[];
	/** Trigger parameters watching the final statuses. */
	triggerParameters: INodeParameters;
	/** Creates one watched item in an open status; returns its id. */
	open(sandbox: SandboxHandle, n: number): string;
	/** Moves an open item to one of the watched final statuses. */
	finish(sandbox: SandboxHandle, id: string, pick: number): void;
	/** Creates many open items at once (fast path for the state-size run); returns their ids. */
	openMany?(sandbox: SandboxHandle, count: number): string[];
	/** Lets the emulator's clock move on between polls, where it has one to move. */
	pass?(sandbox: SandboxHandle, seconds: number): void;
}

const unlimited = { options: { requestsPerSecond: 0, parallelRequests: 10, maxAttempts: 6, maxRetryWait: 10 } };
const tagExpr = '={{ $json.tag }}';
const metadataTag = { entry: [{ key: 'tag', value: tagExpr }] };
const get = (s: SandboxHandle, p: string) => s.provider(p);
const pickOf = <T>(list: T[], pick: number) => list[pick % list.length];

export const profiles: Profile[] = [
	{
		provider: 'quaderno',
		idempotentCreate: false,
		...pickNodes(quaderno),
		credentials: (url) => quaderno.credentials(url),
		sandboxOptions: quaderno.sandboxOptions,
		createParameters: {
			resource: 'checkoutSession',
			operation: 'create',
			items: { item: [{ product: 'sku_bulk' }] },
			success_url: 'https://shop.example/ok',
			cancel_url: 'https://shop.example/no',
			additionalFields: { metadata: metadataTag },
			...unlimited,
		},
		createOperation: 'checkoutSession.create',
		sessionTags: (s) => get(s, 'quaderno').all().map((x: IDataObject) => (x.metadata as IDataObject)?.tag),
		triggerParameters: { event: 'statusChanged', statuses: ['completed', 'failed', 'abandoned'], options: { requestsPerSecond: 0 } },
		open: (s) => String(get(s, 'quaderno').seed(1)[0].id),
		finish: (s, id, pick) => get(s, 'quaderno').setStatus(Number(id), pickOf(['completed', 'failed', 'abandoned'], pick)),
		openMany: (s, count) => get(s, 'quaderno').seed(count).map((x: IDataObject) => String(x.id)),
	},
	{
		provider: 'stripe',
		idempotentCreate: true,
		...pickNodes(stripe),
		credentials: (url) => stripe.credentials(url),
		sandboxOptions: stripe.sandboxOptions,
		createParameters: {
			resource: 'checkoutSession',
			operation: 'create',
			mode: 'payment',
			additionalFields: { success_url: 'https://shop.example/ok', line_items: { lineItem: [{ price: 'price_bulk', quantity: 1 }] }, metadata: metadataTag },
			...unlimited,
		},
		createOperation: 'checkoutSession.create',
		sessionTags: (s) => get(s, 'stripe').all().map((x: IDataObject) => (x.metadata as IDataObject)?.tag),
		triggerParameters: { event: 'statusChanged', statuses: ['complete', 'expired'], options: { requestsPerSecond: 0 } },
		open: (s) => String(get(s, 'stripe').seed(1)[0].id),
		finish: (s, id, pick) => get(s, 'stripe').setStatus(id, pickOf([{ status: 'complete', payment_status: 'paid' }, { status: 'expired' }], pick)),
		openMany: (s, count) => get(s, 'stripe').seed(count).map((x: IDataObject) => String(x.id)),
		pass: (s, seconds) => get(s, 'stripe').advance(seconds),
	},
	{
		provider: 'primer',
		idempotentCreate: false,
		...pickNodes(primer),
		credentials: (url) => primer.credentials(url),
		sandboxOptions: primer.sandboxOptions,
		createParameters: { resource: 'clientSession', operation: 'create', additionalFields: { orderId: tagExpr, currencyCode: 'GBP', amount: 1000 }, ...unlimited },
		createOperation: 'clientSession.create',
		sessionTags: (s) => get(s, 'primer').all().map((x: IDataObject) => x.orderId),
		triggerParameters: { statuses: ['SETTLED', 'DECLINED'], options: { requestsPerSecond: 0 } },
		open: (s, n) => String(get(s, 'primer').createPayment({ status: 'PENDING', orderId: `order-${n}` }).id),
		finish: (s, id, pick) => get(s, 'primer').setStatus(id, pickOf(['SETTLED', 'DECLINED'], pick)),
	},
	{
		provider: 'digitalriver',
		idempotentCreate: false,
		...pickNodes(digitalriver),
		credentials: (url) => digitalriver.credentials(url),
		sandboxOptions: digitalriver.sandboxOptions,
		createParameters: {
			resource: 'checkout',
			operation: 'create',
			currency: 'USD',
			items: { item: [{ skuId: 'sku-bulk', price: 10, quantity: 1 }] },
			additionalFields: { upstreamId: tagExpr },
			...unlimited,
		},
		createOperation: 'checkout.create',
		sessionTags: (s) => get(s, 'digitalriver').all().map((x: IDataObject) => x.upstreamId),
		triggerParameters: { statuses: ['complete', 'cancelled'], options: { requestsPerSecond: 0 } },
		open: (s) => String(get(s, 'digitalriver').seed({ checkouts: 1, orders: 1, state: 'pending_payment' })[0].id),
		finish: (s, id, pick) => get(s, 'digitalriver').setState(id, pickOf(['complete', 'cancelled'], pick)),
	},
	{
		provider: 'gr4vy',
		idempotentCreate: false,
		...pickNodes(gr4vy),
		credentials: (url) => gr4vy.credentials(url),
		sandboxOptions: gr4vy.sandboxOptions,
		createParameters: {
			resource: 'checkoutSession',
			operation: 'create',
			additionalFields: { cart_items: { cartItem: [{ name: 'Bulk item', quantity: 1, unit_amount: 1000 }] }, metadata: metadataTag },
			...unlimited,
		},
		createOperation: 'checkoutSession.create',
		sessionTags: (s) => get(s, 'gr4vy').all().map((x: IDataObject) => (x.metadata as IDataObject)?.tag),
		triggerParameters: { statuses: ['capture_succeeded', 'authorization_declined'], options: { requestsPerSecond: 0 } },
		open: (s) => String(get(s, 'gr4vy').createTransaction({ status: 'processing' }).id),
		finish: (s, id, pick) => get(s, 'gr4vy').setStatus(id, pickOf(['capture_succeeded', 'authorization_declined'], pick)),
	},
];

function pickNodes(m: { node: INodeType; typeName: string; trigger: INodeType; triggerTypeName: string }) {
	return { node: m.node, typeName: m.typeName, trigger: m.trigger, triggerTypeName: m.triggerTypeName };
}

/** A small seeded generator, so a run's random choices repeat exactly. */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
