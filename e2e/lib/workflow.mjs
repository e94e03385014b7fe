// @ts-check
/*
 * Builds n8n workflow JSON for the end-to-end cases, so a case reads as its chain of nodes
 * rather than as coordinates and connection tables.
 */

/**
 * @typedef {object} StepSpec
 * @property {string} name
 * @property {string} type            node type; `pkg:<platform>/<node>` names a node of that platform's
 *   package (`__E2E_PACKAGE_<PLATFORM>__.<node>`), `pkg:<node>` one of a single installed package
 *   (`__E2E_PACKAGE__.<node>`, for a case or tool that installs one tarball)
 * @property {Record<string, unknown>} parameters
 * @property {Record<string, {id: string, name: string}>} [credentials]
 * @property {boolean} [executeOnce]
 * @property {boolean} [continueOnFail]
 */

/**
 * A workflow whose nodes run one after the other.
 * @param {string} id  fixed workflow id (letters and digits, at most 21)
 * @param {string} name
 * @param {StepSpec[]} steps
 * @param {{ active?: boolean }} [opts]
 */
export function chain(id, name, steps, opts = {}) {
	const nodes = steps.map((s, i) => ({
		id: `${id}-${i}`,
		name: s.name,
		type: nodeType(s.type),
		typeVersion: 1,
		position: [i * 220, 0],
		parameters: s.parameters,
		...(s.credentials ? { credentials: s.credentials } : {}),
		...(s.executeOnce ? { executeOnce: true } : {}),
		...(s.continueOnFail ? { onError: 'continueRegularOutput' } : {}),
	}));
	/** @type {Record<string, unknown>} */
	const connections = {};
	for (let i = 0; i < steps.length - 1; i++) {
		connections[steps[i].name] = { main: [[{ node: steps[i + 1].name, type: 'main', index: 0 }]] };
	}
	return { id, name, active: Boolean(opts.active), settings: { executionOrder: 'v1' }, nodes, connections };
}

/**
 * Name of the placeholder (inside `__E2E_…__`) that stands for a platform's package name.
 * @param {string} platform  platform id, e.g. "digitalriver"
 */
export function packagePlaceholderName(platform) {
	return `PACKAGE_${platform.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/**
 * The workflow JSON node type of a step type (see StepSpec.type).
 * @param {string} type
 */
export function nodeType(type) {
	const platformNode = /^pkg:([a-z0-9]+)\/(.+)$/.exec(type);
	if (platformNode) return `__E2E_${packagePlaceholderName(platformNode[1])}__.${platformNode[2]}`;
	return type.replace(/^pkg:/, '__E2E_PACKAGE__.');
}

/** The manual start node n8n's `execute` command needs. */
export const manualStart = { name: 'Start', type: 'n8n-nodes-base.manualTrigger', parameters: {} };

/** Poll once a minute, the shortest interval n8n allows. */
export const everyMinute = { item: [{ mode: 'everyMinute' }] };

/**
 * Step builders for one platform's nodes: `node(name, parameters, extra)` fills in the default
 * resource and the credential; `trigger(name, parameters)` polls every minute.
 * @param {{platform?: string, nodeType: string, resource: string, credentials: Record<string, {id: string, name: string}>}} spec
 *   platform: its id (which package the nodes come from; by default the node type without
 *   "Sessions", lower-cased: digitalRiverSessions → digitalriver); nodeType: the action node's type
 *   name in that package; its trigger is `<nodeType>Trigger`
 */
export function platformSteps(spec) {
	const { resource, credentials } = spec;
	const platform = spec.platform ?? spec.nodeType.replace(/Sessions$/, '').toLowerCase();
	const type = `pkg:${platform}/${spec.nodeType}`;
	return {
		/** @param {string} name @param {Record<string, unknown>} parameters @param {Partial<StepSpec>} [extra] @returns {StepSpec} */
		node: (name, parameters, extra = {}) => ({ name, type, parameters: { resource, ...parameters }, credentials, ...extra }),
		/** @param {string} name @param {Record<string, unknown>} parameters @returns {StepSpec} */
		trigger: (name, parameters) => ({ name, type: `${type}Trigger`, parameters: { ...parameters, pollTimes: everyMinute }, credentials }),
	};
}
