import type { INodeProperties } from 'n8n-workflow';
import type { FieldSpec, OperationSpec, ProviderSpec } from '../../nodes/shared/types';
import { provider as digitalriver } from '../../nodes/DigitalRiverSessions/generated/provider';
import { properties as digitalriverProperties } from '../../nodes/DigitalRiverSessions/generated/properties';
import { provider as gr4vy } from '../../nodes/Gr4vySessions/generated/provider';
import { properties as gr4vyProperties } from '../../nodes/Gr4vySessions/generated/properties';
import { provider as primer } from '../../nodes/PrimerSessions/generated/provider';
import { properties as primerProperties } from '../../nodes/PrimerSessions/generated/properties';
import { provider as stripe } from '../../nodes/StripeSessions/generated/provider';
import { properties as stripeProperties } from '../../nodes/StripeSessions/generated/properties';
import type { Allowed } from './official.cjs';
import { loadOfficial, officialOperation, officialRequest } from './official.cjs';

/*
 * Every official request field (at any depth) and every official query parameter of every
 * operation must be reachable from the node: as a typed field, inside a JSON field the body
 * validator checks, or in the "Using JSON" body; and every option the UI offers must be a value
 * the official schema allows. Reads the committed copies of the official documents and the
 * generated tables, and names each field that is not reachable.
 */

const PLATFORMS: Array<[string, ProviderSpec, INodeProperties[]]> = [
	['stripe', stripe, stripeProperties],
	['primer', primer, primerProperties],
	['gr4vy', gr4vy, gr4vyProperties],
	['digitalriver', digitalriver, digitalriverProperties],
];

/** Paging parameters the runtime drives itself (Return All / Limit), so no field offers them. */
const PAGING: Record<string, Record<string, string>> = {
	stripe: { limit: 'page size', starting_after: 'forward cursor', ending_before: 'backward cursor; the runtime pages forward only' },
	primer: { limit: 'page size', cursor: 'cursor' },
	gr4vy: { limit: 'page size', cursor: 'cursor' },
	digitalriver: { limit: 'page size', startingAfter: 'forward cursor', endingBefore: 'backward cursor; the runtime pages forward only' },
};

/** Official request parts the node deliberately does not offer, with the reason. */
const LEFT_OUT: Record<string, Record<string, string>> = {
	stripe: {
		'checkoutSession.get ?expand': 'expanding changes the shape of the output, which the node describes unexpanded',
		'checkoutSession.getLineItems ?expand': 'expanding changes the shape of the output, which the node describes unexpanded',
		'checkoutSession.expire expand': 'expanding changes the shape of the output, which the node describes unexpanded',
	},
	primer: { 'payment.get ?expand': 'expanding changes the shape of the output, which the node describes unexpanded' },
	gr4vy: {},
	digitalriver: {},
};

/** Fields the vendor accepts only beside another value (a stricter rule of the overlay): sent with it. */
const COMPANIONS: Record<string, Record<string, Record<string, unknown>>> = {
	stripe: { 'checkoutSession.create return_url': { ui_mode: 'embedded_page' } },
};

type Coverage = Map<string, FieldSpec['kind']>;

/** The field paths the typed fields of a table write, with their kind. */
function coverage(fields: FieldSpec[], prefix = '', into: Coverage = new Map()): Coverage {
	for (const f of fields) {
		const p = prefix ? `${prefix}.${f.field}` : f.field;
		into.set(p, f.kind);
		if (f.kind === 'object') coverage(f.fields ?? [], p, into);
		if (f.kind === 'list') coverage(f.fields ?? [], `${p}[]`, into);
	}
	return into;
}

/** Whether a typed field or a JSON / key-value field around it writes the path. */
function typed(cov: Coverage, path: string): boolean {
	if (cov.has(path)) return true;
	if (path.endsWith('[]')) return typed(cov, path.slice(0, -2));
	const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('[]'));
	if (cut <= 0) return false;
	const parent = path.slice(0, cut);
	return cov.get(parent) === 'json' || cov.get(parent) === 'map' || (cov.get(parent) === undefined && typed(cov, parent) && isOpen(cov, parent));
}

/** A JSON or key-value field somewhere above the path takes anything below it. */
function isOpen(cov: Coverage, path: string): boolean {
	for (let p = path; p; p = p.slice(0, Math.max(p.lastIndexOf('.'), p.lastIndexOf('[]'), 0))) {
		const kind = cov.get(p);
		if (kind === 'json' || kind === 'map') return true;
		if (kind) return false;
	}
	return false;
}

/** A sample value of the official kind, so that only "unknown field" errors are about the path. */
function sample(allowed: Allowed | undefined): unknown {
	if (allowed?.values?.length) return allowed.values.find((v) => v !== null && v !== '') ?? allowed.values[0];
	const type = allowed?.types.find((t) => t !== 'null') ?? 'string';
	return { string: 'x', integer: 1, number: 1, boolean: true, object: {}, array: [] }[type] ?? 'x';
}

/** A body holding only the path, built along it. */
function bodyWith(path: string, value: unknown): Record<string, unknown> {
	const keys = path.split('.');
	const root: Record<string, unknown> = {};
	let level: Record<string, unknown> = root;
	keys.forEach((key, i) => {
		const isArray = key.endsWith('[]');
		const name = key.replace(/(\[\])+$/, '');
		const last = i === keys.length - 1;
		const inner: Record<string, unknown> = {};
		const leaf = last ? value : inner;
		level[name] = isArray ? (last && key.endsWith('[][]') ? [[leaf]] : [leaf]) : leaf;
		level = inner;
	});
	return root;
}

/** Whether the compiled validator refuses the path as a field it does not know. */
function refusedAsUnknown(provider: ProviderSpec, validator: string, path: string, allowed: Allowed | undefined, companions: Record<string, unknown> = {}): string | undefined {
	const validate = provider.validators[validator];
	const body = { ...companions, ...bodyWith(path, sample(allowed)) };
	if (validate(body)) return undefined;
	const instance = `/${path.replace(/\[\]/g, '.0').split('.').join('/')}`;
	const unknown = (validate.errors ?? []).find(
		(e) =>
			(e.keyword === 'additionalProperties' && `${e.instancePath}/${String(e.params.additionalProperty)}` === instance) ||
			(e.keyword === 'false schema' && e.instancePath === instance),
	);
	return unknown ? `${unknown.keyword} at ${unknown.schemaPath ?? ''}` : undefined;
}

/** Pairs each UI parameter of an operation with its field spec and official path. */
function uiOptions(properties: INodeProperties[], op: OperationSpec): Array<{ where: 'body' | 'query'; path: string; values: unknown[]; multi: boolean }> {
	const shown = properties.filter((p) => p.displayOptions?.show?.resource?.includes(op.resource) && p.displayOptions?.show?.operation?.includes(op.name));
	const out: Array<{ where: 'body' | 'query'; path: string; values: unknown[]; multi: boolean }> = [];
	const walk = (prop: INodeProperties, spec: FieldSpec, path: string, where: 'body' | 'query') => {
		if (prop.type === 'options' || prop.type === 'multiOptions') {
			const values = (prop.options ?? []).map((o) => (o as { value: unknown }).value).filter((v) => v !== '');
			out.push({ where, path, values, multi: prop.type === 'multiOptions' });
		}
		if (prop.type === 'collection' && spec.kind === 'object') {
			for (const child of prop.options as INodeProperties[]) {
				const childSpec = spec.fields?.find((f) => f.param === child.name);
				if (childSpec) walk(child, childSpec, `${path}.${childSpec.field}`, where);
			}
		}
		if (prop.type === 'fixedCollection' && spec.kind === 'list') {
			const values = ((prop.options ?? [])[0] as { values: INodeProperties[] }).values;
			for (const child of values) {
				const childSpec = spec.fields?.find((f) => f.param === child.name);
				if (childSpec) walk(child, childSpec, `${path}[].${childSpec.field}`, where);
			}
		}
	};
	const top = (fields: FieldSpec[], props: INodeProperties[], where: 'body' | 'query') => {
		for (const spec of fields) {
			const prop = props.find((p) => p.name === spec.param);
			if (prop) walk(prop, spec, spec.field, where);
		}
	};
	if (op.body) {
		top(op.body.required, shown, 'body');
		const collection = shown.find((p) => p.name === op.body?.collection);
		top(op.body.optional, (collection?.options ?? []) as INodeProperties[], 'body');
	}
	if (op.query) top(op.query.fields, (shown.find((p) => p.name === 'filters')?.options ?? []) as INodeProperties[], 'query');
	return out;
}

describe.each(PLATFORMS)('%s: the official API is reachable from the node', (platform, provider, properties) => {
	const { doc, provider: description } = loadOfficial(platform);
	// A wait sends its Get's request, which is checked as the Get.
	const operations = Object.values(provider.operations).filter((o) => !o.wait);

	test('every official request field and list filter of every operation is reachable', () => {
		const unreachable: string[] = [];
		for (const op of operations) {
			const described = description.resources.find((r: { name: string }) => r.name === op.resource).operations.find((o: { name: string }) => o.name === op.name);
			const official = officialOperation(doc, op.method, described.path);
			if (!official) {
				unreachable.push(`${op.resource}.${op.name}: no official operation ${op.method} ${described.path}`);
				continue;
			}
			const { body, query } = officialRequest(doc, official);
			const leftOut = LEFT_OUT[platform];
			const fromParams = new Set(op.pathParams.map((p) => p.name));
			const bodyCov = coverage([...(op.body?.required ?? []), ...(op.body?.optional ?? [])]);
			for (const [path, allowed] of body) {
				const top = path.split(/[.[]/)[0];
				if (fromParams.has(top) || leftOut[`${op.resource}.${op.name} ${top}`]) continue;
				if (!op.body) {
					unreachable.push(`${op.resource}.${op.name}: body field ${path} (the operation takes no body)`);
					continue;
				}
				// "Using JSON" takes the whole body, so a field the validator knows is reachable.
				const refused = refusedAsUnknown(provider, op.body.validator, path, allowed, COMPANIONS[platform]?.[`${op.resource}.${op.name} ${top}`]);
				if (refused) unreachable.push(`${op.resource}.${op.name}: body field ${path} is refused (${refused})`);
			}
			// Bodies are also reachable field by field where the overlay types them; those typed fields must know their paths.
			for (const path of bodyCov.keys()) if (!body.has(path) && !fromParams.has(path)) unreachable.push(`${op.resource}.${op.name}: typed field ${path} is not in the official document`);
			const queryCov = coverage(op.query?.fields ?? []);
			for (const [name, paths] of query) {
				if (fromParams.has(name) || PAGING[platform][name] || leftOut[`${op.resource}.${op.name} ?${name}`]) continue;
				if (!op.query) {
					unreachable.push(`${op.resource}.${op.name}: query parameter ${name} (the operation takes no filters)`);
					continue;
				}
				for (const [path, allowed] of paths) {
					if (!typed(queryCov, path)) unreachable.push(`${op.resource}.${op.name}: filter ${path} has no field`);
					else {
						const refused = refusedAsUnknown(provider, op.query.validator, path, allowed);
						if (refused) unreachable.push(`${op.resource}.${op.name}: filter ${path} is refused (${refused})`);
					}
				}
			}
		}
		expect(unreachable).toEqual([]);
	});

	test('every option the UI offers is a value the official schema allows there', () => {
		const wrong: string[] = [];
		for (const op of operations) {
			const described = description.resources.find((r: { name: string }) => r.name === op.resource).operations.find((o: { name: string }) => o.name === op.name);
			const official = officialOperation(doc, op.method, described.path);
			if (!official) continue;
			const { body, query } = officialRequest(doc, official);
			for (const { where, path, values, multi } of uiOptions(properties, op)) {
				const officialPath = multi ? `${path}[]` : path;
				const allowed = where === 'body' ? body.get(officialPath) : query.get(path.split(/[.[]/)[0])?.get(officialPath);
				if (!allowed) {
					wrong.push(`${op.resource}.${op.name}: ${where} ${officialPath} is offered but not official`);
					continue;
				}
				for (const v of values) {
					const ok = allowed.values ? allowed.values.includes(v) : allowed.types.includes(typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v) || (typeof v === 'number' && allowed.types.includes('number'));
					if (!ok) wrong.push(`${op.resource}.${op.name}: ${where} ${officialPath} offers ${JSON.stringify(v)}, not allowed by the official schema`);
				}
			}
		}
		expect(wrong).toEqual([]);
	});
});
