import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import { provider as digitalriver } from '../../nodes/DigitalRiverSessions/generated/provider';
import { provider as gr4vy } from '../../nodes/Gr4vySessions/generated/provider';
import { provider as primer } from '../../nodes/PrimerSessions/generated/provider';
import { provider as quaderno } from '../../nodes/QuadernoSessions/generated/provider';
import { provider as stripe } from '../../nodes/StripeSessions/generated/provider';
import type { OperationSpec, PathParamSpec, ProviderSpec } from '../../nodes/shared/types';
import { runNode } from '../harness/engine';
import type { LocalServer } from '../harness/local-server.cjs';
import { startLocalServer } from '../harness/local-server.cjs';
import { profiles } from '../reliability/profiles';

/*
 * Every operation with an ID in its URL path, from the generated tables, with IDs that would
 * take the request, and the credential, to another endpoint ("." and ".." pass encodeURIComponent
 * unchanged and URL parsing resolves them) or that are not an ID at all (an expression that
 * yields an object, a list or true). Each is refused before anything is sent, naming the field
 * and the item.
 */

const tables: Record<string, ProviderSpec> = { quaderno, stripe, primer, digitalriver, gr4vy };

const BAD_IDS: Array<[string, string, string]> = [
	['"."', '.', 'cannot be ".": in a URL path it would address another endpoint'],
	['".."', '..', 'cannot be "..": in a URL path it would address another endpoint'],
	['an expression that yields an object', '={{ { "id": 1 } }}', 'must be text or a number, got an object'],
	['an expression that yields a list', '={{ ["x", "y"] }}', 'must be text or a number, got a list (["x","y"])'],
	['an expression that yields true', '={{ true }}', 'must be text or a number, got true'],
];

/** The node property that holds `param` for this operation. */
function propertyOf(properties: INodeProperties[], op: OperationSpec, param: string): INodeProperties | undefined {
	return properties.find((p) => {
		const show = p.displayOptions?.show ?? {};
		return p.name === param && (show.resource ?? [op.resource]).includes(op.resource) && (show.operation ?? [op.name]).includes(op.name);
	});
}

const rows = profiles.flatMap((profile) =>
	Object.values(tables[profile.provider].operations)
		.filter((op) => op.pathParams.some((p) => (p.in ?? 'path') === 'path'))
		.flatMap((op) =>
			op.pathParams
				.filter((p) => (p.in ?? 'path') === 'path')
				.flatMap((p) => BAD_IDS.map(([label, value, want]) => [`${profile.provider} ${op.resource}.${op.name}`, p.displayName, label, { profile, op, p, value, want }] as const)),
		),
);

let api: LocalServer;
beforeAll(async () => {
	api = await startLocalServer(() => ({ status: 200, body: {} }));
});
afterAll(async () => await api.close());
beforeEach(() => {
	api.requests.length = 0;
});

test('the table covers an operation with a path ID on every platform', () => {
	expect(new Set(rows.map(([name]) => name.split(' ')[0]))).toEqual(new Set(Object.keys(tables)));
});

test.each(rows)('%s refuses "%s" given %s, naming the field and the item, and sends nothing', async (_op, _field, _label, c) => {
	const { profile, op, p, value, want } = c as { profile: (typeof profiles)[number]; op: OperationSpec; p: PathParamSpec; value: string; want: string };
	const property = propertyOf(profile.node.description.properties, op, p.param);
	expect(property).toBeDefined();
	const given = property?.type === 'resourceLocator' ? { __rl: true, mode: 'id', value } : value;
	// A wait also needs its required statuses; any one will do, since nothing may be read.
	const statuses = op.wait ? { statuses: [tables[profile.provider].statuses?.[op.resource]?.values[0].value] } : {};
	const parameters: INodeParameters = { resource: op.resource, operation: op.name, [p.param]: given, ...statuses };
	const credentials = profile.credentials(api.url);
	credentials.data = { ...credentials.data, baseUrl: api.url };
	const { error } = await runNode({ node: profile.node, typeName: profile.typeName, parameters, credentials });
	expect(error?.message).toBe(`"${p.displayName}" ${want} [item 0]`);
	expect(api.requests).toEqual([]);
});
