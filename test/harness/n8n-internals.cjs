// @ts-check
'use strict';

/*
 * Test-only bridge to the parts of n8n-core's own dependency tree that the harness must reach.
 *
 * Why this file exists and is CommonJS:
 * - n8n-core 2.41.1 pins its own copies of `@n8n/di`, `@n8n/backend-common`, ... under
 *   `n8n-core/node_modules`, while other dev tools hoist different versions to the top level.
 *   The DI container is a module-level singleton, so `import { Container } from '@n8n/di'` would
 *   silently give the harness a *different* container than the one n8n-core reads from. Modules
 *   are therefore resolved relative to n8n-core itself.
 * - The repository's strict n8n lint covers every `.ts` file and forbids Node built-ins and
 *   `require`; keeping them in this type-checked `.cjs` file keeps the TypeScript harness clean.
 * - `require` here is the test runner's module loader (not a native one), so the returned modules
 *   are the very instances n8n-core uses.
 */

const path = require('node:path');
const os = require('node:os');

const n8nCoreDir = path.dirname(require.resolve('n8n-core'));

/**
 * Loads a module as n8n-core itself would resolve it (its nested copy when there is one).
 * @param {string} moduleId
 * @returns {unknown}
 */
function loadFromN8nCore(moduleId) {
	return require(require.resolve(moduleId, { paths: [n8nCoreDir] }));
}

/**
 * A folder n8n-core may name as its user folder; the harness never creates or writes it.
 * @type {string}
 */
const unusedN8nFolder = path.join(os.tmpdir(), 'n8n-engine-harness-unused');

module.exports = { loadFromN8nCore, unusedN8nFolder };
