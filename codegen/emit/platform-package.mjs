// @ts-check
/*
 * One publishable package per platform: packages/<name>/package.json and README.md, written from
 * the platform model and the root package.json (version, author, licence, repository, engines),
 * so nothing about a package is kept by hand. `npm run pack:platforms` puts them beside the
 * platform's built files; n8n's verification takes exactly one service per package.
 */
import { PINS } from '../../e2e/lib/install.mjs';
import { COMMON_VIEW_SUMMARY, commonViewLines } from './common-view.mjs';

/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */
/** @typedef {Record<string, any>} Json */

/** Folder, relative to the repository root, that holds the committed package files. */
export const PACKAGES_DIR = 'packages';

/**
 * The built files n8n loads from a platform's package, as listed in its `n8n` block.
 * @param {PlatformModel} model
 */
export function platformEntryPoints(model) {
	const d = model.description;
	const nodes = [`dist/${model.folder}/${d.node.className}.node.js`];
	if (d.trigger) nodes.push(`dist/${model.folder}/${d.trigger.className}.node.js`);
	const credentials = d.credentials.map((c) => `dist/credentials/${c.className}.credentials.js`);
	return { nodes: nodes.sort(), credentials: credentials.sort() };
}

/**
 * Emits packages/<name>/package.json and README.md for every platform.
 * @param {string} rootPackageJson the root package.json text
 * @param {PlatformModel[]} models
 * @returns {[string, string][]}
 */
export function emitPlatformPackages(rootPackageJson, models) {
	const root = JSON.parse(rootPackageJson);
	/** @type {[string, string][]} */
	const files = [];
	for (const model of models) {
		const dir = `${PACKAGES_DIR}/${model.packageName}`;
		files.push([`${dir}/package.json`, `${JSON.stringify(packageJson(root, model), null, 2)}\n`]);
		files.push([`${dir}/README.md`, readme(root, model)]);
	}
	return files;
}

/** @param {Json} root */
function repositoryUrl(root) {
	const url = typeof root.repository === 'string' ? root.repository : root.repository?.url;
	if (typeof url !== 'string' || !/^git\+https:\/\/github\.com\/[^/]+\/[^/]+\.git$/.test(url)) {
		// npm provenance ties a package to the GitHub repository that built it.
		throw new Error('package.json: "repository.url" must be git+https://github.com/<owner>/<repo>.git');
	}
	return url;
}

/** @param {Json} root */
function webUrl(root) {
	return repositoryUrl(root).replace(/^git\+/, '').replace(/\.git$/, '');
}

/**
 * @param {Json} root
 * @param {PlatformModel} model
 */
function packageJson(root, model) {
	const d = model.description;
	const dir = `${PACKAGES_DIR}/${model.packageName}`;
	return {
		name: model.packageName,
		version: root.version,
		description: `n8n nodes for ${d.displayName}: ${lowerFirst(d.description)}${d.trigger ? `, and a polling trigger (${lowerFirst(d.trigger.description ?? '')})` : ''}.`,
		license: root.license,
		homepage: `${webUrl(root)}/tree/main/${dir}#readme`,
		keywords: [...new Set(['n8n-community-node-package', 'n8n', d.id, d.displayName.toLowerCase().replace(/\s+/g, '-'), 'payments', 'checkout'])],
		author: root.author,
		repository: { type: 'git', url: repositoryUrl(root), directory: dir },
		engines: root.engines,
		files: ['dist'],
		n8n: { n8nNodesApiVersion: root.n8n.n8nNodesApiVersion, strict: true, ...platformEntryPoints(model) },
		peerDependencies: root.peerDependencies,
		publishConfig: { access: 'public', provenance: true },
	};
}

/** @param {string} s */
function lowerFirst(s) {
	return s.replace(/\.$/, '').replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
}

/** @param {string} noun */
function article(noun) {
	return /^[aeiou]/i.test(noun) ? 'an' : 'a';
}

/** @param {string} s */
function cell(s) {
	return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * Which API version the package speaks, read from the credential's API Version field and the
 * header it fills.
 * @param {PlatformModel} model
 */
function apiVersion(model) {
	for (const c of model.description.credentials) {
		const field = c.fields.find((f) => f.name === 'apiVersion');
		if (!field) continue;
		const header = (c.headers ?? []).find((h) => h.value.includes('{apiVersion}'));
		const sent = header ? ` as \`${header.name}\`` : '';
		if (field.default) return `pinned to \`${field.default}\`, sent${sent} on every request; the credential's *API Version* field changes it.`;
		return `not pinned: requests use the account's default API version unless the credential's *API Version* field sets one (sent${sent}).`;
	}
	const prefixes = [...new Set(model.operations.map((o) => /^\/(v\d+)\//.exec(o.spec.path)?.[1]).filter(Boolean))];
	return prefixes.length === 1 ? `\`${prefixes[0]}\` (in the request path).` : 'the API has no version header; requests use the paths of its current reference.';
}

/**
 * @param {Json} root
 * @param {PlatformModel} model
 */
function readme(root, model) {
	const d = model.description;
	const t = d.trigger;
	/** @type {Map<string, string[]>} */
	const byResource = new Map();
	for (const o of model.operations) {
		const list = byResource.get(o.resource.displayName) ?? [];
		list.push(o.op.displayName);
		byResource.set(o.resource.displayName, list);
	}
	const lines = [
		`<!-- GENERATED from ${model.source} by \`npm run generate\`. Do not edit: change the description and regenerate. -->`,
		`# ${model.packageName}`,
		'',
		`n8n community nodes for **${d.displayName}**: ${lowerFirst(d.description)}.`,
		'',
		`Part of [${root.name}](${webUrl(root)}): every node, credential and trigger is generated from JSON-Schema descriptions of the API and run by one shared runtime, compiled into this package. It has no runtime dependencies.`,
		'',
		'## Install',
		'',
		`- n8n **Settings → Community Nodes → Install**, package name \`${model.packageName}\`.`,
		`- Self-hosted without the UI: \`npm install ${model.packageName}\` in \`~/.n8n/nodes\`, then restart n8n.`,
		'',
		`Tested with n8n ${PINS.n8n}. Node.js ${root.engines?.node ?? ''}.`,
		'',
		'## Nodes',
		'',
		`- **${d.node.displayName}** (\`${model.packageName}.${d.node.name}\`): ${lowerFirst(d.description)}.`,
		...(t ? [`- **${t.displayName}** (\`${model.packageName}.${t.name}\`): ${lowerFirst(t.description ?? '')}.`] : []),
		'',
		'## Operations',
		'',
		'| Resource | Operations |',
		'|---|---|',
		...[...byResource].map(([resource, ops]) => `| ${cell(resource)} | ${cell(ops.join(', '))} |`),
		'',
		'Required fields are at the top; optional ones under *Additional Fields* or *Update Fields*, list filters under *Filters*; nothing you did not set is sent. Every request is checked against the API\'s JSON Schema before it is sent.',
		'',
		'## Credentials',
		'',
		'| Credential | Fields | Documentation |',
		'|---|---|---|',
		...d.credentials.map(
			(c) =>
				`| ${cell(c.displayName)} (\`${c.name}\`) | ${cell(
					c.fields
						.filter((f) => !f.baseUrlOverride)
						.map((f) => `${f.displayName}${f.secret ? ' (secret)' : ''}${f.required || f.default ? '' : ' (optional)'}`)
						.join(', '),
				)} | ${c.documentationUrl} |`,
		),
		'',
		'Each credential has a *Test* button. Its *Base URL Override (Testing Only)* field is for tests against a local emulator: leave it empty.',
		'',
	];
	if (t && model.triggerSpec) {
		const spec = model.triggerSpec;
		const statuses = spec.statuses.map((s) => s.name).join(', ');
		const watched = byResourceName(model, spec.resource);
		lines.push(
			'## Trigger',
			'',
			`**${t.displayName}** polls ${d.displayName}'s ${watched} list.`,
			'',
			spec.strategy === 'snapshot'
				? `- Events: ${article(watched)} ${watched} is created, or its status changes to one of the chosen statuses (${statuses}).`
				: `- Event: ${article(watched)} ${watched}'s status changes to one of the chosen statuses (${statuses}).`,
			'- The first poll only records what exists; each event is emitted once; a failed poll changes nothing.',
			'',
		);
	}
	const view = commonViewLines(model, '###');
	if (view.length) {
		lines.push(
			'## Common session view (Simplify)',
			'',
			COMMON_VIEW_SUMMARY,
			'',
			...view,
		);
	}
	const rate = d.transport?.rateLimit;
	lines.push(
		'## API version and limits',
		'',
		`- API version: ${apiVersion(model)}`,
		rate
			? `- Rate limit: ${rate.requests} requests per ${rate.perSeconds === 1 ? 'second' : `${rate.perSeconds} seconds`} (the platform's published limit), kept on the client across all runs in the n8n process; the *Requests Per Second* option changes it.`
			: `- Rate limit: ${d.displayName} publishes none, so no client-side limit applies by default (*Requests Per Second* sets one).`,
		...(model.triggerSpec?.openHorizonHours ? [`- The trigger watches ${article(byResourceName(model, model.triggerSpec.resource))} ${byResourceName(model, model.triggerSpec.resource)} that is not final for up to ${model.triggerSpec.openHorizonHours} hours.`] : []),
		'',
		'## License',
		'',
		`${root.license}`,
		'',
	);
	return `${lines.join('\n')}`;
}

/**
 * @param {PlatformModel} model
 * @param {string} resource
 */
function byResourceName(model, resource) {
	const r = model.description.resources.find((x) => x.name === resource);
	return r ? r.displayName.toLowerCase() : resource;
}
