// @ts-check
/**
 * The editor in a real browser: a pinned n8n with the packed package and the example
 * credentials and workflows of `npm start`, driven through headless Chromium. For every platform
 * it adds the trigger and the action node from the node creator (searched by display name),
 * opens every event of the trigger and every resource × operation of the action node, and checks
 * that the parameter panel shows the fields the node's property table shows for that choice, in
 * its order. Then it runs one example workflow from the editor and reads its output panel.
 * Console errors that name the package fail the run; screenshots are saved for the README.
 *
 *   node e2e/ui/run.mjs [platform filter ...] [--keep]
 *
 * A filter (e.g. "Stripe") opens only the nodes whose name contains it. *
 * The last line printed is "N passed, N failed"; the exit code is non-zero on any failure.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';

import { killAllChildren, OWNER } from '../lib/n8n.mjs';
import { REPO_ROOT } from '../lib/install.mjs';
import { ensureChromium, launchChromium } from './browser.mjs';
import { viewsOf } from './expect.mjs';
import { installedPackageNodes } from './packages.mjs';
import { UI_DIR, startInstance } from './setup.mjs';

/**
 * @typedef {import('playwright-core').Page} Page
 * @typedef {import('./packages.mjs').PackageNode} PackageNode
 * @typedef {import('./expect.mjs').View} View
 */

const SHOTS = path.join(UI_DIR, 'screenshots');
/** The example run from the editor, its last node, and what that node's output must contain. */
const EXAMPLE = { id: 'exampleQuaderno', lastNode: 'Update Session', output: ['"locale"', '"de"', '"status"', '"pending"'] };
const FIELD_WAIT_MS = 10_000;

const say = (/** @type {string} */ line) => process.stdout.write(`${line}\n`);

/**
 * The node creator groups a trigger with the action node of the same name, listed without its
 * " Trigger" suffix, as n8n lists every trigger.
 * @param {PackageNode} node
 */
const creatorName = (node) => node.displayName.replace(/ Trigger$/, '');

/** @param {Page} page @param {string} url */
async function signIn(page, url) {
	await page.goto(`${url}/signin`);
	await page.getByTestId('emailOrLdapLoginId').locator('input').fill(OWNER.email);
	await page.getByTestId('password').locator('input').fill(OWNER.password);
	await page.getByTestId('form-submit-button').click();
	await page.waitForURL(/\/home\//);
}

/** @param {Page} page */
const creatorItems = (page) => page.getByTestId('node-creator').getByTestId('item-iterator-item');

/**
 * Opens the node creator, searches a node by its display name and picks one of its entries:
 * the given action, or the highlighted first entry.
 * @param {Page} page @param {PackageNode} node @param {string | undefined} action
 */
async function addFromCreator(page, node, action) {
	await page.getByTestId('node-creator-plus-button').click();
	await page.getByTestId('node-creator-search-bar').fill(node.displayName);
	const name = creatorName(node);
	await creatorItems(page).filter({ has: page.getByText(name, { exact: true }) }).first().click();
	// The actions panel slides in over the search results; a click during the slide lands on them.
	await page.waitForFunction(() => document.querySelector('[class*="panel-slide-"][class*="-active"]') === null);
	// Enter picks the entry the panel highlights: its first trigger event on an empty canvas.
	if (action) await creatorItems(page).filter({ has: page.getByText(action, { exact: true }) }).first().click();
	else await page.keyboard.press('Enter');
	await page.getByTestId('node-parameters').waitFor({ state: 'visible' });
}

/**
 * Chooses an option of a dropdown field in the open node details view by its display name.
 * @param {Page} page @param {string} field @param {string} option
 */
async function choose(page, field, option) {
	await page.getByTestId(`parameter-input-${field}`).click();
	await page
		.locator('.el-select-dropdown__item:visible')
		.filter({ has: page.getByText(option, { exact: true }) })
		.first()
		.click();
}

/**
 * The field labels the parameter panel shows, top to bottom.
 * @param {Page} page
 */
async function shownLabels(page) {
	return await page
		.getByTestId('node-parameters')
		.locator('label.n8n-input-label')
		.evaluateAll((labels) =>
			labels
				.filter((label) => /** @type {HTMLElement} */ (label).offsetParent !== null)
				// The first line is the name; the hover toggles (Fixed / Expression) follow it.
				.map((label) => /** @type {HTMLElement} */ (label).innerText.split('\n')[0].replace(/\s*\*?\s*$/, '').trim()),
		);
}

/**
 * Waits until every expected field shows, then checks they come in the table's order; the
 * message names the node, the view and the fields that are missing or out of place.
 * @param {Page} page @param {PackageNode} node @param {View} view
 */
async function checkFields(page, node, view) {
	const deadline = Date.now() + FIELD_WAIT_MS;
	/** @type {string[]} */
	let labels = [];
	/** @type {string[]} */
	let missing = view.fields;
	while (missing.length > 0 && Date.now() < deadline) {
		labels = await shownLabels(page);
		missing = view.fields.filter((field) => !labels.includes(field));
		if (missing.length > 0) await page.waitForTimeout(200);
	}
	if (missing.length > 0) {
		throw new Error(`${node.displayName} › ${view.label}: the panel does not show ${missing.map((f) => `"${f}"`).join(', ')}\n  shown: ${labels.join(' | ')}`);
	}
	const order = labels.filter((label) => view.fields.includes(label));
	const firsts = [...new Set(order)];
	if (firsts.join('\n') !== view.fields.join('\n')) {
		throw new Error(`${node.displayName} › ${view.label}: fields out of order\n  want: ${view.fields.join(' | ')}\n  shown: ${firsts.join(' | ')}`);
	}
}

/**
 * Adds a node from the creator and opens each of its views, setting the view's choices (resource
 * then operation, or the event) through their dropdowns.
 * @param {Page} page @param {PackageNode} node @param {(view: View) => Promise<void>} [afterView]
 */
async function checkNode(page, node, afterView) {
	const views = viewsOf(node);
	const firstOperation = node.properties.find((p) => p.name === 'operation' && p.type === 'options');
	const firstAction = /** @type {{action?: string} | undefined} */ (firstOperation?.options?.[0])?.action;
	await addFromCreator(page, node, node.trigger ? undefined : firstAction);
	/** @type {Record<string, unknown>} */
	const current = {};
	for (const view of views) {
		const viewStarted = Date.now();
		for (const [field, value] of Object.entries(view.values)) {
			if (current[field] === value) continue;
			current[field] = value;
			const property = node.properties.find((p) => p.name === field && p.type === 'options' && p.options?.some((o) => o.value === value));
			const option = property?.options?.find((o) => o.value === value);
			if (!option) throw new Error(`${node.displayName}: no option ${String(value)} for ${field}`);
			await choose(page, field, option.name);
		}
		await checkFields(page, node, view);
		say(`  ok ${node.displayName} › ${view.label} (${view.fields.length} fields, ${((Date.now() - viewStarted) / 1000).toFixed(1)}s)`);
		await afterView?.(view);
	}
	await closeDetails(page);
}

/**
 * Closes the node details view with Escape, which a focused dropdown would keep for itself, so
 * the focus is dropped first; failing that, by a click on the backdrop above the dialog.
 * @param {Page} page
 */
async function closeDetails(page) {
	const panel = page.getByTestId('node-parameters');
	await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
	await page.keyboard.press('Escape');
	if (await panel.waitFor({ state: 'hidden', timeout: 3_000 }).then(() => false, () => true)) {
		await page.mouse.click(640, 8);
		await panel.waitFor({ state: 'hidden', timeout: 5_000 });
	}
}

/**
 * Saves a screenshot once the page is still: no focused field, no dropdown fading out.
 * @param {Page} page @param {string} name
 */
async function shot(page, name) {
	await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
	await page.waitForFunction(() => document.querySelector('[class*="-leave-active"], [class*="-enter-active"]') === null, undefined, { timeout: 5_000 }).catch(() => undefined);
	await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/**
 * Runs the example from the editor and reads the last node's output panel as JSON.
 * @param {Page} page @param {string} url
 */
async function runExample(page, url) {
	await page.goto(`${url}/workflow/${EXAMPLE.id}`);
	await page.getByTestId('execute-workflow-button').first().click();
	const last = page.locator(`[data-test-id="canvas-node"][data-node-name="${EXAMPLE.lastNode}"]`);
	await last.waitFor({ state: 'visible' });
	await page.waitForFunction(
		(name) => document.querySelector(`[data-test-id="canvas-node"][data-node-name="${name}"] [data-test-id="canvas-node-status-success"]`) !== null,
		EXAMPLE.lastNode,
		{ timeout: 60_000 },
	);
	await last.dblclick();
	const output = page.getByTestId('output-panel');
	await output.getByRole('radio', { name: 'JSON' }).click();
	let text = '';
	/** @type {string[]} */
	let missing = EXAMPLE.output;
	const deadline = Date.now() + FIELD_WAIT_MS;
	while (missing.length > 0 && Date.now() < deadline) {
		text = await output.innerText();
		missing = EXAMPLE.output.filter((want) => !text.includes(want));
		if (missing.length > 0) await page.waitForTimeout(200);
	}
	if (missing.length > 0) throw new Error(`the output of "${EXAMPLE.lastNode}" lacks ${missing.join(', ')}:\n${text.slice(0, 600)}`);
	say(`  ok ${EXAMPLE.id}: "${EXAMPLE.lastNode}" shows ${EXAMPLE.output.join(' ')}`);
}

let passed = 0;
let failed = 0;

/**
 * Runs one check, counting it; a failure is reported with a screenshot and the run goes on.
 * @param {Page} page @param {string} name @param {() => Promise<void>} check
 */
async function step(page, name, check) {
	try {
		await check();
		passed++;
	} catch (error) {
		failed++;
		const file = `failed-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;
		await shot(page, file).catch(() => undefined);
		say(`FAIL ${name}\n    ${(error instanceof Error ? error.message : String(error)).split('\n').join('\n    ')}\n    screenshot: ${path.relative(REPO_ROOT, path.join(SHOTS, `${file}.png`))}`);
		// Leave whatever dialog the failure left open, so the next check starts on the canvas.
		await page.keyboard.press('Escape').catch(() => undefined);
	}
}

async function main() {
	const keep = process.argv.includes('--keep') || process.env.E2E_KEEP === '1';
	const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
	const started = Date.now();
	await ensureChromium();
	await rm(SHOTS, { recursive: true, force: true });
	await mkdir(SHOTS, { recursive: true });
	const instance = await startInstance();
	const chromium = await launchChromium(UI_DIR);
	try {
		const { selectors } = await import('playwright-core');
		selectors.setTestIdAttribute('data-test-id');
		const nodes = installedPackageNodes(instance.userFolder);
		const markers = [...new Set(nodes.flatMap((n) => [n.packageName, n.type, n.displayName, n.type.split('.').pop() ?? '', ...n.credentials]))];
		/** @type {string[]} */
		const packageErrors = [];
		/** @type {string[]} */
		const otherErrors = [];
		const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
		page.setDefaultTimeout(20_000);
		/** @param {string} text */
		const record = (text) => (markers.some((m) => text.includes(m)) ? packageErrors : otherErrors).push(text);
		page.on('console', (message) => {
			if (message.type() !== 'error') return;
			const source = message.location().url;
			if (message.text().startsWith('Failed to load resource') && isN8nLookup(source, instance.url)) otherErrors.push(`${message.text()} (${source})`);
			else record(`${message.text()} (${source})`);
		});
		page.on('pageerror', (error) => record(`uncaught: ${error.stack ?? error.message}`));
		say(`[ui] n8n ${instance.url}, ${nodes.length} nodes: ${nodes.map((n) => n.displayName).join(', ')} (${((Date.now() - started) / 1000).toFixed(1)}s)`);

		await step(page, 'sign in', () => signIn(page, instance.url));
		await step(page, 'node creator lists every node', async () => {
			await page.goto(`${instance.url}/workflow/new`);
			await page.getByTestId('node-creator-plus-button').click();
			const shared = commonWord(nodes.map((n) => n.displayName));
			await page.getByTestId('node-creator-search-bar').fill(shared);
			for (const name of new Set(nodes.map(creatorName))) {
				await creatorItems(page).filter({ has: page.getByText(name, { exact: true }) }).first().waitFor({ state: 'visible' });
			}
			await shot(page, 'node-creator');
			await page.keyboard.press('Escape');
		});
		// One workflow per platform: its trigger first (the creator offers triggers on an empty
		// canvas), then its action node.
		const groups = new Map(nodes.map((n) => [creatorName(n), nodes.filter((m) => creatorName(m) === creatorName(n))]));
		let shotCreate = false;
		let shotTrigger = false;
		for (const [group, members] of groups) {
			if (filters.length > 0 && !filters.some((f) => group.includes(f))) continue;
			await page.goto(`${instance.url}/workflow/new`);
			for (const node of [...members].sort((a, b) => Number(b.trigger) - Number(a.trigger))) {
				await step(page, `${node.displayName}: every ${node.trigger ? 'event' : 'resource × operation'}`, () =>
					checkNode(page, node, async (view) => {
						if (!shotCreate && !node.trigger && view.values.operation === 'create' && group.startsWith('Stripe')) {
							shotCreate = true;
							await shot(page, 'create-panel');
						}
						if (!shotTrigger && node.trigger && view.values.event === 'statusChanged' && group.startsWith('Stripe')) {
							shotTrigger = true;
							await shot(page, 'trigger-panel');
						}
					}),
				);
			}
		}
		await step(page, 'an example workflow runs from the editor', async () => {
			await runExample(page, instance.url);
			await shot(page, 'execution-output');
		});
		await step(page, 'no console error from the package', async () => {
			if (packageErrors.length > 0) throw new Error(packageErrors.join('\n'));
		});
		const distinct = [...new Set(otherErrors.map((e) => e.slice(0, 200)))];
		if (distinct.length > 0) say(`[ui] ${otherErrors.length} console error(s) not from the package:\n${distinct.map((e) => `    ${e}`).join('\n')}`);
		say(`[ui] screenshots in ${path.relative(REPO_ROOT, SHOTS)} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
	} finally {
		await chromium.close();
		await instance.close();
		if (!keep && failed === 0) await rm(path.join(UI_DIR, 'n8n'), { recursive: true, force: true });
	}
}

/**
 * Requests the editor itself makes about an installed package and that fail here without the
 * package being at fault: the npm registry's page of the package (the network is closed) and
 * the optional output schema n8n asks for per node type (a trigger has none).
 * @param {string} source @param {string} n8nUrl
 */
function isN8nLookup(source, n8nUrl) {
	return source.startsWith('https://registry.npmjs.org/') || source.startsWith(`${n8nUrl}/schemas/`);
}

/**
 * The word every display name contains (e.g. "Sessions"), so one search lists them all; the
 * first name when they share none.
 * @param {string[]} names
 */
function commonWord(names) {
	const words = names[0].split(' ');
	return words.find((w) => names.every((n) => n.split(' ').includes(w))) ?? names[0];
}

main()
	.catch((error) => {
		failed++;
		say(`[ui] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
	})
	.finally(() => {
		killAllChildren();
		say(`${passed} passed, ${failed} failed`);
		process.exitCode = failed > 0 ? 1 : 0;
	});
