// @ts-check
'use strict';

/*
 * Collects the figures of the reliability runs and prints them as one table. CommonJS because
 * the strict n8n lint forbids file access and console output in `.ts` files.
 */

const fs = require('node:fs');
const path = require('node:path');

const FILE = path.join(__dirname, '..', '..', '.cache', 'reliability', 'results.jsonl');

/** Starts an empty result file (jest globalSetup). */
function reset() {
	fs.mkdirSync(path.dirname(FILE), { recursive: true });
	fs.writeFileSync(FILE, '');
}

/**
 * Adds figures for one provider; later calls merge into the same row.
 * @param {string} provider
 * @param {Record<string, number | string>} figures
 */
function record(provider, figures) {
	fs.mkdirSync(path.dirname(FILE), { recursive: true });
	fs.appendFileSync(FILE, `${JSON.stringify({ provider, ...figures })}\n`);
}

const COLUMNS = [
	['provider', 'provider'],
	['faults', 'faults injected'],
	['requests', 'requests'],
	['created', 'sessions created'],
	['reported', 'failures reported'],
	['duplicates', 'duplicates'],
	['lost', 'lost'],
	['events', 'events emitted'],
	['repeated', 'events repeated'],
	['missed', 'events missed'],
	['restarts', 'restarts'],
	['restartsAfterNull', 'after a null poll'],
	['overlapping', 'overlapping polls'],
	['stateKb', 'max state KB (items)'],
];

/**
 * Formats rows as a table of the columns any of them has a value in.
 * @param {Array<Record<string, number | string>>} rows
 */
function table(rows) {
	const columns = COLUMNS.filter(([key], i) => i === 0 || rows.some((r) => r[key] !== undefined));
	const cells = [columns.map(([, title]) => title), ...rows.map((r) => columns.map(([key]) => String(r[key] ?? '-')))];
	const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
	const lines = cells.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
	lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
	return lines.join('\n');
}

/** Prints the tables (jest globalTeardown): creates and state size per platform, then the trigger runs per case. */
function print() {
	if (!fs.existsSync(FILE)) return;
	/** @type {Map<string, Record<string, number | string>>} */
	const rows = new Map();
	for (const line of fs.readFileSync(FILE, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		const entry = JSON.parse(line);
		rows.set(entry.provider, { ...(rows.get(entry.provider) ?? {}), ...entry });
	}
	// Trigger rows are named "platform: case".
	const all = [...rows.values()];
	const platforms = all.filter((r) => !String(r.provider).includes(':'));
	const triggers = all.filter((r) => String(r.provider).includes(':'));
	const parts = [platforms, triggers].filter((group) => group.length).map(table);
	process.stdout.write(`\nReliability under injected faults\n${parts.join('\n\n')}\n`);
}

module.exports = { reset, record, print };
