// @ts-check
/*
 * The command line of the writers that keep committed output in step with schemas/ (generate,
 * export): write, or with --check list what is stale and fail.
 */
import { DescriptionError } from './load.mjs';

/**
 * Runs a writer from the command line: exit 1 when --check finds stale files, 2 on a bad description.
 * @param {(options: { check: boolean }) => string[] | Promise<string[]>} run returns the files that differ
 * @param {{ what: string, command: string, done: string }} words e.g. "Generated files", "npm run generate", "Generated"
 */
export async function runWriter(run, words) {
	const check = process.argv.includes('--check');
	try {
		const differences = await run({ check });
		if (check && differences.length) {
			console.error(`${words.what} are out of date (run \`${words.command}\`):\n  ${differences.join('\n  ')}`);
			process.exit(1);
		}
		console.log(check ? `${words.what} are up to date.` : `${words.done}: ${differences.length} file(s) changed.`);
	} catch (error) {
		if (error instanceof DescriptionError) {
			console.error(`Invalid provider description: ${error.message}`);
			process.exit(2);
		}
		throw error;
	}
}
