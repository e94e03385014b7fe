// @ts-check
/*
 * `npm run pack:platforms [-- --out <folder>]`: builds once and writes one publishable tarball per
 * platform (default folder: .cache/packages), then prints where they are.
 */
import path from 'node:path';

import { REPO_ROOT } from '../e2e/lib/install.mjs';
import { packPlatforms } from '../e2e/lib/pack.mjs';

const at = process.argv.indexOf('--out');
const out = at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : path.join(REPO_ROOT, '.cache', 'packages');

try {
	const packed = await packPlatforms(out);
	process.stdout.write(`\n${packed.length} packages in ${path.relative(process.cwd(), out) || '.'}:\n`);
	for (const p of packed) process.stdout.write(`  ${p.name}@${p.version}  ${path.basename(p.tarball)}  (${p.files.length} files)\n`);
} catch (error) {
	process.stderr.write(`pack:platforms failed: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
}
