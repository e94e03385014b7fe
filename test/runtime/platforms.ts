/*
 * The five action nodes as the hostile-server tests drive them: how to point each at a local
 * server, the parameters of one read, one create and one list, and how each API writes a page.
 * Servers here are not the project's emulator: they answer the way the tests tell them to.
 */
import type { IDataObject, INodeParameters, INodeType } from 'n8n-workflow';
import type { CredentialFixture, RunNodeResult } from '../harness/engine';
import { runNode } from '../harness/engine';
import type { LocalResponse } from '../harness/local-server.cjs';
import * as digitalriver from '../digitalriver/fixtures';
import * as gr4vy from '../gr4vy/fixtures';
import * as primer from '../primer/fixtures';
import * as quaderno from '../quaderno/fixtures';
import * as stripe from '../stripe/fixtures';

export interface ListShape {
	parameters: INodeParameters;
	/** Method and path of the list request, as sent. */
	route: string;
	/** One page as this API writes it: the items, and whether (and from where) there is more. */
	page: (items: unknown[], more: boolean, nextCursor: string) => LocalResponse;
}

export interface Platform {
	name: string;
	/** The platform's display name, which starts its error messages. */
	displayName: string;
	node: INodeType;
	typeName: string;
	credentials: (url: string) => CredentialFixture;
	get: { parameters: INodeParameters; route: string };
	create: { parameters: INodeParameters; route: string };
	list: ListShape;
}

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

export const stripeLineItems: ListShape = {
	parameters: { resource: 'checkoutSession', operation: 'getLineItems', checkoutSessionId: rl('cs_test_1') },
	route: 'GET /stripe/v1/checkout/sessions/cs_test_1/line_items',
	page: (data, more) => ({ body: { object: 'list', data, has_more: more } }),
};

export const platforms: Platform[] = [
	{
		name: 'quaderno',
		displayName: 'Quaderno',
		node: quaderno.node,
		typeName: quaderno.typeName,
		credentials: (url) => quaderno.credentials(url),
		get: { parameters: { resource: 'checkoutSession', operation: 'get', checkoutSessionId: rl('7') }, route: 'GET /quaderno/api/checkout/sessions/7' },
		create: {
			parameters: { resource: 'checkoutSession', operation: 'create', items: { item: [{ product: 'sku' }] }, success_url: 'https://a.example/ok', cancel_url: 'https://a.example/no' },
			route: 'POST /quaderno/api/checkout/sessions',
		},
		list: {
			parameters: { resource: 'checkoutSession', operation: 'getAll' },
			route: 'GET /quaderno/api/checkout/sessions',
			page: (items, more) => ({ body: items, headers: { 'x-pages-hasmore': String(more) } }),
		},
	},
	{
		name: 'stripe',
		displayName: 'Stripe',
		node: stripe.node,
		typeName: stripe.typeName,
		credentials: (url) => stripe.credentials(url),
		get: { parameters: { resource: 'checkoutSession', operation: 'get', checkoutSessionId: rl('cs_test_1') }, route: 'GET /stripe/v1/checkout/sessions/cs_test_1' },
		create: { parameters: { resource: 'checkoutSession', operation: 'create', mode: 'setup', additionalFields: { currency: 'eur' } }, route: 'POST /stripe/v1/checkout/sessions' },
		list: {
			parameters: { resource: 'checkoutSession', operation: 'getAll' },
			route: 'GET /stripe/v1/checkout/sessions',
			page: (data, more) => ({ body: { object: 'list', data, has_more: more } }),
		},
	},
	{
		name: 'primer',
		displayName: 'Primer',
		node: primer.node,
		typeName: primer.typeName,
		credentials: (url) => primer.credentials(url),
		get: { parameters: { resource: 'payment', operation: 'get', paymentId: rl('pay_1') }, route: 'GET /primer/payments/pay_1' },
		create: { parameters: { resource: 'clientSession', operation: 'create', additionalFields: { orderId: 'o-1' } }, route: 'POST /primer/client-session' },
		list: {
			parameters: { resource: 'payment', operation: 'getAll' },
			route: 'GET /primer/payments',
			page: (data, more, next) => ({ body: { data, nextCursor: more ? next : null } }),
		},
	},
	{
		name: 'digitalriver',
		displayName: 'Digital River',
		node: digitalriver.node,
		typeName: digitalriver.typeName,
		credentials: (url) => digitalriver.credentials(url),
		get: { parameters: { resource: 'checkout', operation: 'get', checkoutId: rl('ck_1') }, route: 'GET /digitalriver/checkouts/ck_1' },
		create: { parameters: { resource: 'checkout', operation: 'create', currency: 'USD', items: { item: [{ skuId: 'sku-a', price: 1, quantity: 1 }] } }, route: 'POST /digitalriver/checkouts' },
		list: {
			parameters: { resource: 'checkout', operation: 'getAll' },
			route: 'GET /digitalriver/checkouts',
			page: (data, more) => ({ body: { data, hasMore: more } }),
		},
	},
	{
		name: 'gr4vy',
		displayName: 'Gr4vy',
		node: gr4vy.node,
		typeName: gr4vy.typeName,
		credentials: (url) => gr4vy.credentials(url),
		get: { parameters: { resource: 'checkoutSession', operation: 'get', checkoutSessionId: '8f2b6b5e-0000-4000-8000-000000000001' }, route: 'GET /gr4vy/checkout/sessions/8f2b6b5e-0000-4000-8000-000000000001' },
		create: { parameters: { resource: 'checkoutSession', operation: 'create', additionalFields: {} }, route: 'POST /gr4vy/checkout/sessions' },
		list: {
			parameters: { resource: 'transaction', operation: 'getAll' },
			route: 'GET /gr4vy/transactions',
			page: (items, more, next) => ({ body: { items, next_cursor: more ? next : null } }),
		},
	},
];

/** The platform named `name`. */
export function platform(name: string): Platform {
	const found = platforms.find((p) => p.name === name);
	if (!found) throw new Error(`no platform ${name}`);
	return found;
}

/** "GET /path" of a recorded request, without its query string. */
export const routeOf = (r: { method: string; path: string }) => `${r.method} ${r.path.split('?')[0]}`;

/** Runs one operation of a platform's node against a server, with run options. */
export async function runAgainst(p: Platform, url: string, parameters: INodeParameters, options: IDataObject = {}): Promise<RunNodeResult> {
	return await runNode({
		node: p.node,
		typeName: p.typeName,
		parameters: { ...parameters, options: { requestsPerSecond: 0, ...options } },
		credentials: p.credentials(url),
	});
}
