import { InputError } from './body';
import type { FieldSpec, ValidationIssue, ValidatorTable } from './types';

/*
 * Requests are checked against the compiled JSON Schema before anything is sent. The Ajv issue
 * is rewritten in the words the user sees in the node: the field's display name, its JSON path
 * and the rule it broke.
 */

/** JSON path like items[0].quantity from an Ajv instance path like /items/0/quantity. */
export function jsonPath(instancePath: string, extra?: string): string {
	const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
	if (extra !== undefined) parts.push(extra);
	let out = '';
	for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
	return out;
}

/** Display names along a JSON path ("Items > Quantity"), as far as the field table knows them. */
export function displayPath(path: string, fields: FieldSpec[]): string | undefined {
	const names: string[] = [];
	let level: FieldSpec[] | undefined = fields;
	for (const key of path.split(/\.|\[\d+\]/).filter(Boolean)) {
		const spec: FieldSpec | undefined = level?.find((f) => f.field === key);
		if (!spec) break;
		names.push(spec.displayName);
		level = spec.fields;
	}
	return names.length ? names.join(' > ') : undefined;
}

function describe(issue: ValidationIssue): { path: string; rule: string } {
	const p = issue.params;
	switch (issue.keyword) {
		case 'required':
			return { path: jsonPath(issue.instancePath, String(p.missingProperty)), rule: 'is required' };
		case 'additionalProperties':
			return { path: jsonPath(issue.instancePath, String(p.additionalProperty)), rule: 'is not a field this API accepts' };
		case 'enum':
			return { path: jsonPath(issue.instancePath), rule: `must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}` };
		// Ajv's own text ("must be equal to constant") hides the one value that is allowed.
		case 'const':
			return { path: jsonPath(issue.instancePath), rule: `must be ${JSON.stringify(p.allowedValue)}` };
		case 'pattern':
			return { path: jsonPath(issue.instancePath), rule: `has the wrong format (expected to match ${String(p.pattern)})` };
		// A field another field's value rules out (e.g. a success URL on an embedded page).
		case 'false schema':
			return { path: jsonPath(issue.instancePath), rule: 'is not allowed with the other values given' };
		case 'minProperties':
			return { path: jsonPath(issue.instancePath), rule: `needs at least ${String(p.limit)} field(s) set` };
		default:
			return { path: jsonPath(issue.instancePath), rule: issue.message ?? issue.keyword };
	}
}

/**
 * Checks data with a compiled validator and throws an InputError naming the first broken field;
 * the description lists every problem found.
 */
export function assertValid(validators: ValidatorTable, key: string, data: unknown, fields: FieldSpec[], what: string): void {
	const validate = validators[key];
	if (!validate) throw new Error(`No validator "${key}" was generated`);
	if (validate(data)) return;
	const raw = validate.errors ?? [];
	const text = ({ path, rule }: { path: string; rule: string }) => {
		const label = path ? displayPath(path, fields) : undefined;
		const where = path ? (label ? `"${label}" (${path})` : `"${path}"`) : `The ${what}`;
		return `${where} ${rule}`;
	};
	// An anyOf is met by any one branch, so its branches' issues are alternatives: say so in one
	// line instead of reporting the first branch's issue as if it alone were the rule.
	const grouped = new Set<ValidationIssue>();
	const alternatives = new Map<ValidationIssue, string[]>();
	const composite = ['anyOf', 'oneOf', 'allOf', 'if'];
	for (const group of raw.filter((issue) => issue.keyword === 'anyOf' && issue.schemaPath)) {
		const prefix = `${group.schemaPath}/`;
		const branches = new Map<string, ValidationIssue[]>();
		for (const issue of raw) {
			if (issue === group || !issue.schemaPath?.startsWith(prefix)) continue;
			grouped.add(issue);
			const branch = issue.schemaPath.slice(prefix.length).split('/')[0];
			if (!composite.includes(issue.keyword)) branches.set(branch, [...(branches.get(branch) ?? []), issue]);
		}
		// A branch refused only for the value's kind (null, the empty-string "unset", a plain
		// number beside a range object) is not what the user meant when another branch got as
		// far as the fields inside; the deeper branches alone are the useful alternatives.
		const shallow = (issues: ValidationIssue[]) => issues.every((i) => i.instancePath === group.instancePath && ['type', 'enum', 'const'].includes(i.keyword));
		const deep = [...branches.values()].filter((issues) => !shallow(issues));
		const useful = deep.length ? deep : [...branches.values()];
		if (useful.length) alternatives.set(group, useful.map((issues) => text(describe(issues[0]))));
	}
	const texts = raw.flatMap((issue) => {
		const options = alternatives.get(issue);
		if (options?.length === 1) return options;
		if (options) return [`${text({ path: jsonPath(issue.instancePath), rule: 'needs one of these' })}: ${options.join('; or ')}`];
		// "must match a schema in anyOf/allOf" repeats what the nested issues already say.
		if (grouped.has(issue) || ['anyOf', 'oneOf', 'allOf', 'if'].includes(issue.keyword)) return [];
		return [text(describe(issue))];
	});
	const unique = [...new Set(texts)];
	throw new InputError(`Invalid ${what}: ${unique[0] ?? 'it does not match the API schema'}`, unique.length > 1 ? unique.join('\n') : undefined);
}
