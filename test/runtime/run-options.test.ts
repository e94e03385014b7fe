import type { INodeProperties } from 'n8n-workflow';
import { properties as digitalriver } from '../../nodes/DigitalRiverSessions/generated/properties';
import { triggerProperties as digitalriverTrigger } from '../../nodes/DigitalRiverSessions/generated/triggerProperties';
import { properties as gr4vy } from '../../nodes/Gr4vySessions/generated/properties';
import { triggerProperties as gr4vyTrigger } from '../../nodes/Gr4vySessions/generated/triggerProperties';
import { properties as primer } from '../../nodes/PrimerSessions/generated/properties';
import { triggerProperties as primerTrigger } from '../../nodes/PrimerSessions/generated/triggerProperties';
import { properties as quaderno } from '../../nodes/QuadernoSessions/generated/properties';
import { triggerProperties as quadernoTrigger } from '../../nodes/QuadernoSessions/generated/triggerProperties';
import { properties as stripe } from '../../nodes/StripeSessions/generated/properties';
import { triggerProperties as stripeTrigger } from '../../nodes/StripeSessions/generated/triggerProperties';
import { RUN_OPTION_DEFAULTS } from '../../nodes/shared/run-options';
import { DEFAULT_LIMITS, DEFAULT_RETRY } from '../../nodes/shared/transport';
import golden from './run-options.golden.json';

// The Options of every operation ("resource.operation") and of the trigger ("trigger"), by node folder.
function optionLists(node: INodeProperties[], trigger: INodeProperties[]): Record<string, unknown> {
	const lists: Record<string, unknown> = {};
	for (const p of node.filter((q) => q.name === 'options')) lists[`${p.displayOptions?.show?.resource?.[0]}.${p.displayOptions?.show?.operation?.[0]}`] = p.options;
	for (const p of trigger.filter((q) => q.name === 'options')) lists.trigger = p.options;
	return lists;
}

const PLATFORMS: Array<[keyof typeof golden, INodeProperties[], INodeProperties[]]> = [
	['DigitalRiverSessions', digitalriver, digitalriverTrigger],
	['Gr4vySessions', gr4vy, gr4vyTrigger],
	['PrimerSessions', primer, primerTrigger],
	['QuadernoSessions', quaderno, quadernoTrigger],
	['StripeSessions', stripe, stripeTrigger],
];

describe('run options built by the runtime', () => {
	// The golden file holds the option lists as the generator wrote them literally, before the
	// runtime built them: names, values, defaults, descriptions and order saved workflows and users know.
	test.each(PLATFORMS)('every operation and the trigger of %s offer exactly the options they offered as literal tables', (folder, node, trigger) => {
		expect(JSON.parse(JSON.stringify(optionLists(node, trigger)))).toEqual(golden[folder]);
	});

	test.each(PLATFORMS)('generated option defaults of %s equal the runtime defaults', (_folder, node) => {
		const runtime = {
			maxAttempts: DEFAULT_RETRY.maxAttempts,
			maxRetryWait: DEFAULT_RETRY.maxWaitMs / 1000,
			requestTimeout: DEFAULT_LIMITS.requestTimeoutMs / 1000,
			maxResponseSize: DEFAULT_LIMITS.maxResponseBytes / (1024 * 1024),
			parallelRequests: RUN_OPTION_DEFAULTS.parallelRequests,
			operationTimeout: RUN_OPTION_DEFAULTS.operationTimeout,
		};
		const lists = Object.values(optionLists(node, [])) as Array<Array<{ name: string; default: unknown }>>;
		expect(lists.length).toBeGreaterThan(0);
		for (const options of lists) {
			const defaults = Object.fromEntries(options.map((o) => [o.name, o.default]));
			if ('pollInterval' in defaults) {
				// A wait has its own Timeout parameter instead of the operation timeout.
				const waitRuntime = Object.fromEntries(Object.entries(runtime).filter(([name]) => name !== 'operationTimeout'));
				expect(defaults).not.toHaveProperty('operationTimeout');
				expect(defaults).toMatchObject({ ...waitRuntime, pollInterval: 0 });
				continue;
			}
			expect(defaults).toMatchObject(runtime);
			if ('maxPages' in defaults) expect(defaults.maxPages).toBe(RUN_OPTION_DEFAULTS.maxPages);
		}
	});
});
