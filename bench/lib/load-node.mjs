// @ts-check
/*
 * Child process of the load benchmark: requires one compiled node module, instantiates its class
 * and reads its description, timed with process.hrtime inside this process (so Node's own start-up
 * is not counted). Prints one JSON line.
 *
 *   node bench/lib/load-node.mjs <absolute path of a *.node.js> warm|cold
 *
 * "warm" loads n8n-workflow first, outside the timed window, as n8n has it loaded long before it
 * loads a community node; "cold" leaves it to the module, so its load is counted too.
 */
import { createRequire } from 'node:module';

const [file, mode] = process.argv.slice(2);
if (!file || (mode !== 'warm' && mode !== 'cold')) {
	process.stderr.write('usage: load-node.mjs <file> warm|cold\n');
	process.exit(2);
}
// Resolved from the module's own folder, exactly as its require('n8n-workflow') will resolve.
const requireHere = createRequire(file);
let workflowMs = Number.NaN;
if (mode === 'warm') {
	const w0 = process.hrtime.bigint();
	requireHere('n8n-workflow');
	workflowMs = Number(process.hrtime.bigint() - w0) / 1e6;
}

const t0 = process.hrtime.bigint();
/** @type {Record<string, unknown>} */
const mod = requireHere(file);
const t1 = process.hrtime.bigint();
const NodeClass = /** @type {new () => {description: {properties: unknown[]}}} */ (Object.values(mod).find((v) => typeof v === 'function'));
if (!NodeClass) throw new Error(`${file} exports no class`);
const description = new NodeClass().description;
const t2 = process.hrtime.bigint();

process.stdout.write(
	`${JSON.stringify({
		requireMs: Number(t1 - t0) / 1e6,
		describeMs: Number(t2 - t1) / 1e6,
		totalMs: Number(t2 - t0) / 1e6,
		properties: description.properties.length,
		workflowMs,
	})}\n`,
);
