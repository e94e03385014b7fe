// @ts-check
/*
 * The common session view of a platform in Markdown, from the same model the runtime tables come
 * from: per session-like resource its statuses with their states, and where each field of the
 * view is read. The platform package README lists it; the repository README holds the tables of
 * all five, and a test keeps that copy equal to this text.
 */
import { readFileSync } from 'node:fs';
import { LINK_NAMES } from '../model.mjs';

/** @typedef {import('../model.mjs').PlatformModel} PlatformModel */
/** @typedef {import('../../nodes/shared/types.js').SimplifySpec} SimplifySpec */

/** The state vocabulary, from the meta-schema that holds every description to it. */
export const STATES = /** @type {string[]} */ (JSON.parse(readFileSync(new URL('../../schemas/provider.schema.json', import.meta.url), 'utf8')).definitions.state.enum);

/** What Simplify gives, in one paragraph: the same on every platform. */
export const COMMON_VIEW_SUMMARY = `With **Simplify** on, Get, Get Many, Create and Update of a session-like resource, and the trigger, output one shape that is the same on every platform: \`platform\`, \`resource\`, \`id\`, \`status\` (the platform's own value), \`state\` (one vocabulary: ${STATES.join(', ')}), \`amount\` (in minor units), \`currency\` (ISO 4217, capitals), \`customerEmail\`, \`url\` (the hosted payment page, where there is one), \`createdAt\`, \`updatedAt\` (ISO 8601, UTC) and \`links\` (${LINK_NAMES.join(', ')}). A field the item does not carry is \`null\`; a trigger's item keeps \`triggerEvent\` and \`previousStatus\`.`;

/** @param {string[] | null} paths */
const from = (paths) => (paths ? paths.map((p) => `\`${p}\``).join(', else ') : '—');

/**
 * The rows "field ← where it is read" of one resource.
 * @param {SimplifySpec} s
 */
function fieldRows(s) {
	const amountUnit = s.amount?.unit === 'major' ? ' (a decimal, turned into minor units)' : s.amount ? ' (minor units)' : '';
	/** @param {SimplifySpec['createdAt']} t */
	const time = (t) => (t ? `${from(t.paths)}${t.format === 'unixSeconds' ? ' (Unix seconds)' : ''}` : '—');
	const links = LINK_NAMES.filter((name) => s.links[name]).map((name) => `${name} ← ${from(s.links[name])}`);
	return [
		`| id | \`${s.idField}\` |`,
		`| amount | ${s.amount ? from(s.amount.paths) + amountUnit : '—'} |`,
		`| currency | ${from(s.currency)} |`,
		`| customerEmail | ${from(s.customerEmail)} |`,
		`| url | ${from(s.url)} |`,
		`| createdAt | ${time(s.createdAt)} |`,
		`| updatedAt | ${time(s.updatedAt)} |`,
		`| links | ${links.length ? links.join('; ') : '—'} |`,
	];
}

/**
 * The Markdown of a platform's common view: one status table and one field table per resource.
 * @param {PlatformModel} model
 * @param {string} heading the Markdown heading prefix of each resource, e.g. '###'
 * @returns {string[]} lines
 */
export function commonViewLines(model, heading) {
	/** @type {string[]} */
	const lines = [];
	for (const resource of model.description.resources) {
		const list = model.statuses?.[resource.name];
		const view = model.simplify?.[resource.name];
		if (!list || !view) continue;
		const field = (/** @type {string | undefined} */ own) => `\`${own ?? list.field}\``;
		lines.push(
			`${heading} ${model.description.displayName}: ${resource.displayName}`,
			'',
			'| Status | Read from | State | Final |',
			'|---|---|---|---|',
			...list.values.map((v) => `| \`${v.value}\` (${v.name}) | ${field(v.field)}${v.when !== undefined ? ` while \`${list.field}\` is \`${v.when}\`` : ''} | ${v.state} | ${v.final ? 'yes' : ''} |`),
			'',
			'| Field | Read from |',
			'|---|---|',
			...fieldRows(view),
			'',
		);
	}
	return lines;
}

const BEGIN = '<!-- common-view:begin (generated from schemas/: npm run generate) -->';
const END = '<!-- common-view:end -->';

/**
 * The repository README with its block of common-view tables (between the markers) written from
 * the models; nothing when the README has no such block.
 * @param {string | null} readme the README as it is
 * @param {PlatformModel[]} models
 * @returns {[string, string][]}
 */
export function emitReadmeCommonView(readme, models) {
	if (readme === null) return [];
	const start = readme.indexOf(BEGIN);
	const end = readme.indexOf(END);
	if (start === -1 || end < start) return [];
	const block = models.flatMap((m) => commonViewLines(m, '####')).join('\n');
	return [['README.md', `${readme.slice(0, start)}${BEGIN}\n\n${block}\n${readme.slice(end)}`]];
}
