// @ts-check
'use strict';

/*
 * Reads Stripe's official OpenAPI subset for the contract test. CommonJS because the strict n8n
 * lint forbids Node built-ins in `.ts` files. The file lives beside the repository
 * (../shared/vendor-specs), and a missing file is an error, not a reason to skip.
 */

const fs = require('node:fs');
const path = require('node:path');

/** Where the spec is expected: <repo root>/../shared/vendor-specs/stripe.openapi.json. */
const SPEC_FILE = path.join(__dirname, '..', '..', '..', 'shared', 'vendor-specs', 'stripe.openapi.json');

/**
 * Loads and parses the spec; throws naming the expected path when it is not there.
 * @returns {Record<string, unknown>}
 */
function loadStripeSpec() {
	if (!fs.existsSync(SPEC_FILE)) {
		throw new Error(`Stripe OpenAPI spec not found at ${path.relative(path.join(__dirname, '..', '..'), SPEC_FILE)}: the contract test needs ../shared/vendor-specs beside the repository`);
	}
	return JSON.parse(fs.readFileSync(SPEC_FILE, 'utf8'));
}

module.exports = { loadStripeSpec };
