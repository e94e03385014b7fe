// @ts-check
/*
 * Reads the committed Conductor export and the descriptions for conductor.test.ts, type-checks
 * TypeScript source that sits in export/ (in memory only, seeing the repo's node_modules), and
 * evaluates an HTTP_POLL termination condition the way Conductor does: a JavaScript expression
 * over `$`, the poll task's state.
 */
const { existsSync, readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const vm = require('node:vm');
const ts = require('typescript');

const ROOT = join(__dirname, '..', '..');
const EXPORT = join(ROOT, 'export', 'conductor');
const CHECK_FILE = join(ROOT, 'export', '__conductor_typecheck__.ts');

/** @param {string[]} parts */
const readJson = (...parts) => JSON.parse(readFileSync(join(...parts), 'utf8'));

const platforms = () => readdirSync(join(ROOT, 'schemas')).filter((d) => existsSync(join(ROOT, 'schemas', d, 'provider.json')));
/** @param {string} platform */
const description = (platform) => readJson(ROOT, 'schemas', platform, 'provider.json');
/** @param {string} platform */
const taskDefinitions = (platform) => readJson(EXPORT, platform, 'task-definitions.json');
/** @param {string} platform */
const taskFiles = (platform) => readdirSync(join(EXPORT, platform, 'tasks')).sort();
/** @param {string} platform @param {string} file */
const task = (platform, file) => readJson(EXPORT, platform, 'tasks', file);
/** @param {string} platform */
const workflow = (platform) => readJson(EXPORT, platform, 'workflow.json');
/** @param {string} platform */
const validators = (platform) => require(join(ROOT, 'nodes', description(platform).node.className, 'generated', 'validators.js'));

/**
 * Type errors of a TypeScript module placed in export/.
 * @param {string} source
 */
function typeErrors(source) {
	/** @type {import('typescript').CompilerOptions} */
	const options = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, types: [], skipLibCheck: true };
	const host = ts.createCompilerHost(options);
	const getSourceFile = host.getSourceFile.bind(host);
	host.getSourceFile = (file, language, onError, create) => (file === CHECK_FILE ? ts.createSourceFile(file, source, language) : getSourceFile(file, language, onError, create));
	const fileExists = host.fileExists.bind(host);
	host.fileExists = (file) => file === CHECK_FILE || fileExists(file);
	const program = ts.createProgram([CHECK_FILE], options, host);
	return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? `${d.file.fileName.replace(ROOT, '')} ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

/**
 * The export as one TypeScript module: each file a constant of the type Conductor reads it as
 * (the types HttpTask, HttpPollTask and Workflow come from the prelude).
 * @param {string} prelude
 */
function exportAsTypeScript(prelude) {
	const lines = [prelude];
	platforms().forEach((platform, p) => {
		lines.push(`export const definitions${p}: TaskDef[] = ${readFileSync(join(EXPORT, platform, 'task-definitions.json'), 'utf8')};`);
		taskFiles(platform).forEach((file, t) => lines.push(`export const task${p}_${t}: HttpTask = ${readFileSync(join(EXPORT, platform, 'tasks', file), 'utf8')};`));
		if (existsSync(join(EXPORT, platform, 'workflow.json'))) lines.push(`export const workflow${p}: Workflow = ${readFileSync(join(EXPORT, platform, 'workflow.json'), 'utf8')};`);
	});
	return lines.join('\n');
}

/**
 * @param {string} condition
 * @param {unknown} body the poll's response body
 */
function evaluateCondition(condition, body) {
	return vm.runInNewContext(condition, { $: { output: { response: { body } } } });
}

module.exports = { platforms, description, taskDefinitions, taskFiles, task, workflow, validators, typeErrors, exportAsTypeScript, evaluateCondition };
