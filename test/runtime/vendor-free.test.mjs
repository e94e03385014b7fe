// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/*
 * The shared runtime knows no platform: what one platform does differently lives in its hooks
 * module, reached through its generated table. This scans the runtime's code (identifiers,
 * strings, templates; comments are explanation and may give a platform as an example) for the
 * name of any platform described under schemas/, so a sixth platform is covered without an edit.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runtimeDir = join(root, 'nodes', 'shared');

/** Lower-case letters and digits only, so "Digital River", digitalRiver and DIGITAL_RIVER compare equal. */
const squash = (/** @type {string} */ text) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Every platform's id and display name, from the descriptions.
 * @returns {string[]}
 */
function platformNames() {
	/** @type {Set<string>} */
	const names = new Set();
	for (const entry of readdirSync(join(root, 'schemas'), { withFileTypes: true })) {
		if (!entry.isDirectory()) continue;
		/** @type {{ id: string, displayName: string }} */
		const description = JSON.parse(readFileSync(join(root, 'schemas', entry.name, 'provider.json'), 'utf8'));
		names.add(squash(description.id));
		names.add(squash(description.displayName));
	}
	return [...names];
}

// The tokens of code that carry a name: comments are not part of the syntax tree walked here.
const NAMED = new Set([
	ts.SyntaxKind.Identifier,
	ts.SyntaxKind.PrivateIdentifier,
	ts.SyntaxKind.StringLiteral,
	ts.SyntaxKind.NoSubstitutionTemplateLiteral,
	ts.SyntaxKind.TemplateHead,
	ts.SyntaxKind.TemplateMiddle,
	ts.SyntaxKind.TemplateTail,
	ts.SyntaxKind.RegularExpressionLiteral,
]);

/**
 * The platform names found in the code of a TypeScript source, with the token that holds each.
 * @param {string} source
 * @param {string[]} names
 * @returns {string[]}
 */
function namedPlatforms(source, names) {
	const file = ts.createSourceFile('source.ts', source, ts.ScriptTarget.Latest, true);
	/** @type {string[]} */
	const found = [];
	/** @param {import('typescript').Node} node */
	const visit = (node) => {
		if (NAMED.has(node.kind)) {
			const text = node.getText(file);
			for (const name of names) if (squash(text).includes(name)) found.push(`${name} in ${text}`);
		}
		node.forEachChild(visit);
	};
	visit(file);
	return found;
}

describe('the shared runtime names no platform', () => {
	const names = ['quaderno', 'stripe', 'gr4vy'];
	test.each([
		['a name in an identifier is found', 'export const GR4VY_SCOPES = 1;', ['gr4vy in GR4VY_SCOPES']],
		['a name in a string is found', "header(h, 'stripe-should-retry');", ["stripe in 'stripe-should-retry'"]],
		['a name in a template part after a placeholder is found', 'const m = `${a} is not a Quaderno key`;', ['quaderno in } is not a Quaderno key`']],
		['a name in a comment is not: a comment explains, it does not act', "// Stripe's ids are 66 characters\nconst x = 1;", []],
		['generic code names nothing', "const header = 'retry-after';", []],
	])('%s', (_name, source, want) => expect(namedPlatforms(source, names)).toEqual(want));

	test('the names come from every description under schemas/', () => {
		expect(platformNames()).toEqual(expect.arrayContaining(['quaderno', 'stripe', 'primer', 'gr4vy', 'digitalriver']));
	});

	test('no module of nodes/shared names a platform in its code', () => {
		const names = platformNames();
		const found = readdirSync(runtimeDir)
			.filter((file) => file.endsWith('.ts'))
			.flatMap((file) => namedPlatforms(readFileSync(join(runtimeDir, file), 'utf8'), names).map((hit) => `${file}: ${hit}`));
		expect(found).toEqual([]);
	});
});
