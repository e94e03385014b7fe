// @ts-check
/*
 * Loads every provider description under schemas/, checks it against the meta-schema and checks
 * that every JSON Schema it points at exists and compiles. Any failure names the file and the
 * JSON pointer, because that is what a person editing the description needs to find the mistake.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('./types/description.js').ProviderDescription} ProviderDescription */

/** Operation value of the wait a resource's `waitForStatus` asks for; saved workflows keep it. */
export const WAIT_OPERATION = 'waitForStatus';

/**
 * One platform as loaded: its description, checked against the meta-schema, and its schemas.
 * @typedef {object} LoadedPlatform
 * @property {string} dir
 * @property {string} relFile repo-relative path of provider.json, named in every banner
 * @property {ProviderDescription} description
 * @property {Record<string, Json>} schemas the platform's *.schema.json files by file name
 * @property {boolean} hooks whether the platform has a hand-written hooks module, nodes/<Node>/hooks.ts
 */

export class DescriptionError extends Error {
	/**
	 * @param {string} file
	 * @param {string} pointer
	 * @param {string} message
	 */
	constructor(file, pointer, message) {
		super(`${file}${pointer ? ` at ${pointer}` : ''}: ${message}`);
		this.file = file;
		this.pointer = pointer;
	}
}

/** Creates the Ajv instance used both for checking descriptions and for compiling validators. */
export function createAjv() {
	// allErrors so one run reports every broken field; source code kept for standalone output.
	// loopEnum: long official enums (countries, currencies) compare inline instead of calling a runtime helper.
	const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, loopEnum: 100000, code: { source: true, esm: false } });
	ajv.addVocabulary(['x-enumNames', 'x-n8n']);
	return ajv;
}

/**
 * @param {string} file
 * @returns {Json}
 */
function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new DescriptionError(file, '', `not valid JSON (${/** @type {Error} */ (error).message})`);
	}
}

/**
 * Loads and validates all providers.
 * @param {string} schemasDir
 * @param {{ only?: string[] }} [options]
 * @returns {LoadedPlatform[]}
 */
export function loadProviders(schemasDir, options = {}) {
	const metaFile = join(schemasDir, 'provider.schema.json');
	const meta = readJson(metaFile);
	const metaAjv = createAjv();
	const checkDescription = metaAjv.compile(meta);
	const providers = [];
	for (const name of readdirSync(schemasDir).sort()) {
		const dir = join(schemasDir, name);
		if (!statSync(dir).isDirectory()) continue;
		if (options.only && !options.only.includes(name)) continue;
		const descriptionFile = join(dir, 'provider.json');
		if (!existsSync(descriptionFile)) throw new DescriptionError(dir, '', 'provider.json is missing');
		const description = readJson(descriptionFile);
		const relFile = `schemas/${name}/provider.json`;
		if (!checkDescription(description)) {
			const first = (checkDescription.errors ?? [])[0];
			throw new DescriptionError(relFile, first?.instancePath || '/', `${first?.message} ${JSON.stringify(first?.params)}`);
		}
		if (description.id !== name) throw new DescriptionError(relFile, '/id', `must equal the folder name "${name}"`);
		/** @type {Record<string, Json>} */
		const schemas = {};
		for (const file of readdirSync(dir).sort()) {
			if (!file.endsWith('.schema.json')) continue;
			const schema = readJson(join(dir, file));
			const expectedId = `${name}/${file}`;
			if (schema.$id !== expectedId) throw new DescriptionError(`schemas/${name}/${file}`, '/$id', `must be "${expectedId}"`);
			schemas[file] = schema;
		}
		checkReferences(relFile, description, schemas);
		const hooks = existsSync(join(schemasDir, '..', hooksFile(description)));
		checkSigners(relFile, description, hooks);
		// The meta-schema check above is what makes the description a ProviderDescription.
		providers.push({ dir, relFile, description: /** @type {ProviderDescription} */ (description), schemas, hooks });
	}
	return providers;
}

/**
 * Repo-relative path of a platform's hooks module: beside its generated node, written by hand.
 * @param {Json} description
 */
export function hooksFile(description) {
	return `nodes/${description.node.className}/hooks.ts`;
}

/**
 * A credential that signs its requests names a signer of the platform's hooks module, so the
 * module must exist; that it exports the signer is checked by the type checker.
 * @param {string} relFile
 * @param {Json} description
 * @param {boolean} hooks
 */
function checkSigners(relFile, description, hooks) {
	description.credentials.forEach((/** @type {Json} */ credential, /** @type {number} */ i) => {
		if (credential.auth.type === 'function' && !hooks) {
			throw new DescriptionError(relFile, `/credentials/${i}/auth/function`, `names the signer "${credential.auth.function}", but there is no hooks module ${hooksFile(description)} to export it`);
		}
	});
}

/**
 * Every schema file a description names must exist.
 * @param {string} relFile
 * @param {Json} description
 * @param {Record<string, Json>} schemas
 */
function checkReferences(relFile, description, schemas) {
	description.resources.forEach((/** @type {Json} */ resource, /** @type {number} */ r) => {
		resource.operations.forEach((/** @type {Json} */ op, /** @type {number} */ o) => {
			for (const part of ['body', 'query', 'response']) {
				const ref = op[part]?.schema;
				if (ref && !schemas[ref.split('#')[0]]) {
					throw new DescriptionError(relFile, `/resources/${r}/operations/${o}/${part}/schema`, `no file ${ref.split('#')[0]} in this folder`);
				}
			}
		});
	});
	description.resources.forEach((/** @type {Json} */ resource, /** @type {number} */ r) => {
		// A value names one status wherever it is read: the trigger's state and a wait's choice key on it.
		/** @type {Set<string>} */
		const seen = new Set();
		if (resource.simplify && !resource.status) throw new DescriptionError(relFile, `/resources/${r}/simplify`, 'the common view needs the resource\'s status list for its status and state');
		(resource.status?.values ?? []).forEach((/** @type {Json} */ s, /** @type {number} */ i) => {
			if (seen.has(s.value)) throw new DescriptionError(relFile, `/resources/${r}/status/values/${i}`, `"${s.value}" is listed twice`);
			seen.add(s.value);
		});
		if (resource.waitForStatus) {
			if (!resource.status) throw new DescriptionError(relFile, `/resources/${r}/waitForStatus`, 'a wait needs the resource\'s status list');
			if (!resource.operations.some((/** @type {Json} */ op) => op.name === resource.waitForStatus.get)) {
				throw new DescriptionError(relFile, `/resources/${r}/waitForStatus/get`, `resource "${resource.name}" has no operation "${resource.waitForStatus.get}"`);
			}
		}
	});
	const trigger = description.trigger;
	if (trigger) {
		const resource = description.resources.find((/** @type {Json} */ r) => r.name === trigger.resource);
		if (!resource) throw new DescriptionError(relFile, '/trigger/resource', `no resource "${trigger.resource}"`);
		for (const opName of [trigger.list, trigger.get].filter(Boolean)) {
			if (!resource.operations.some((/** @type {Json} */ op) => op.name === opName)) {
				throw new DescriptionError(relFile, '/trigger', `resource "${trigger.resource}" has no operation "${opName}"`);
			}
		}
		if (!resource.status) throw new DescriptionError(relFile, '/trigger/resource', `resource "${trigger.resource}" has no status list to watch`);
	}
}
