/*
 * The "Options" collections of every action node and trigger. They differ between operations
 * only in a sentence or two, so the generated tables name the variant and this module builds the
 * parameters; their defaults are the constants the runtime falls back on when an option is unset.
 */
import type { INodeProperties } from 'n8n-workflow';

/**
 * Default of each run option, in the unit the user sees. The runtime applies the same values when
 * an option is not set, so what the editor shows is what a run does.
 */
export const RUN_OPTION_DEFAULTS = {
	maxAttempts: 4,
	maxRetryWait: 30,
	parallelRequests: 5,
	requestTimeout: 120,
	operationTimeout: 600,
	maxResponseSize: 32,
	maxPages: 1000,
} as const;

/** How a "Wait for Status" paces its reads when Poll Interval is 0, and the longest wait n8n lets an execution run. */
export const WAIT_POLL = {
	defaultSeconds: 5,
	/** Share of the client-side rate limit the waiting items may take, leaving the rest to other nodes using the account. */
	rateShare: 0.5,
	/**
	 * n8n ends an execution after min(the workflow's "Timeout Workflow" setting, EXECUTIONS_TIMEOUT_MAX);
	 * EXECUTIONS_TIMEOUT_MAX defaults to 3600 s (ExecutionsConfig.maxTimeout in n8n's config).
	 */
	maxTimeoutSeconds: 3600,
	defaultTimeoutSeconds: 300,
} as const;

// n8n's lint reads a parameter's default when it is a plain name, not when it is a member access.
const { maxAttempts, maxPages, maxResponseSize, maxRetryWait, operationTimeout, parallelRequests, requestTimeout } = RUN_OPTION_DEFAULTS;

/** What the options say about the platform (the generated provider table fits): its name, published rate limit and idempotency header. */
export interface RunOptionsPlatform {
	displayName: string;
	transport: { rateLimit?: { requests: number; perSeconds: number }; idempotencyHeader?: string };
}

/** What the options say about one operation. */
export interface RunOptionsOperation {
	/**
	 * How a server error or dropped connection is handled: repeated (idempotent), repeated with
	 * the same idempotency key, or not repeated at all.
	 */
	retry: 'idempotent' | 'idempotencyKey' | 'notRetried';
	/** The operation reads pages, so it offers a page cap. */
	list?: boolean;
	/** A "Wait for Status": it offers a poll interval, and its own timeout replaces the operation timeout. */
	wait?: boolean;
}

const RETRY_NOTE: Record<RunOptionsOperation['retry'], string> = {
	idempotent: '',
	idempotencyKey: ' (here: with the same idempotency key)',
	notRetried: ' (this operation is not retried on them)',
};

// The page cap, offered by list operations only.
const MAX_PAGES: INodeProperties = {
	displayName: 'Max Pages',
	name: 'maxPages',
	type: 'number',
	typeOptions: { minValue: 1, numberPrecision: 0 },
	default: maxPages,
	description: 'Pages one run of the list may read. Reaching it with more to read is an error, never a silently shortened list.',
};

function operationTimeoutOption(operation: RunOptionsOperation): INodeProperties {
	return {
		displayName: 'Operation Timeout (Seconds)',
		name: 'operationTimeout',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 86400, numberPrecision: 0 },
		default: operationTimeout,
		description: `Longest time the operation may take for one item, all its requests${operation.list ? ' (every page)' : ''} included`,
	};
}

function pollIntervalOption(platform: RunOptionsPlatform): INodeProperties {
	const rate = platform.transport.rateLimit;
	return {
		displayName: 'Poll Interval (Seconds)',
		name: 'pollInterval',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 3600, numberPrecision: 1 },
		default: 0,
		description: `Time between two reads of one waiting item. 0 picks it: ${WAIT_POLL.defaultSeconds} s, or longer when the waiting items would take more than half of the client-side rate limit${rate ? ` (by default ${platform.displayName}'s ${rate.requests} per ${rate.perSeconds} s)` : ''}. Reads never go faster than that limit allows.`,
	};
}

/** The "Requests Per Second" default: the published limit per second, rounded down to two decimals. */
function defaultRate(platform: RunOptionsPlatform): number {
	const rate = platform.transport.rateLimit;
	return rate ? Math.floor((rate.requests / rate.perSeconds) * 100) / 100 : 0;
}

function rateOption(platform: RunOptionsPlatform): INodeProperties {
	const rate = platform.transport.rateLimit;
	return {
		displayName: 'Requests Per Second',
		name: 'requestsPerSecond',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: defaultRate(platform),
		description: rate
			? `Client-side limit for this account, shared by all runs in this n8n process (in queue mode, divided among the processes set in the credential). The default is ${platform.displayName}'s published limit of ${rate.requests} per ${rate.perSeconds} s; raise it if your account allows more. 0 turns the limit off.`
			: `${platform.displayName} publishes no rate limit; set one here to stay under your account's limit. 0 means no client-side limit.`,
	};
}

/** The run options of one operation, in the alphabetical order n8n's lint wants for a collection. */
export function runOptions(platform: RunOptionsPlatform, operation: RunOptionsOperation): INodeProperties[] {
	const options: INodeProperties[] = [];
	if (operation.retry === 'idempotencyKey') {
		options.push({
			displayName: 'Idempotency Key',
			name: 'idempotencyKey',
			type: 'string',
			default: '',
			description: `Sent as ${platform.transport.idempotencyHeader}. Running the node again with the same key returns the first result instead of acting twice. When empty, a new key is made per item and reused for that item's retries.`,
		});
	}
	options.push(
		{
			displayName: 'Max Attempts',
			name: 'maxAttempts',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10, numberPrecision: 0 },
			default: maxAttempts,
			description: `Attempts per request, the first included. Rate-limit answers are always retried; server errors and dropped connections only where repeating cannot act twice${RETRY_NOTE[operation.retry]}.`,
		},
		...(operation.list ? [{ ...MAX_PAGES }] : []),
		{
			displayName: 'Max Response Size (MB)',
			name: 'maxResponseSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 1024, numberPrecision: 0 },
			default: maxResponseSize,
			description: 'A larger answer is an error instead of items; reading stops at the limit',
		},
		{
			displayName: 'Max Retry Wait (Seconds)',
			name: 'maxRetryWait',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 600 },
			default: maxRetryWait,
			description: 'Upper bound of all waiting between attempts of one request, including waits the API asks for',
		},
		...(operation.wait ? [] : [operationTimeoutOption(operation)]),
		{
			displayName: 'Parallel Requests',
			name: 'parallelRequests',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50, numberPrecision: 0 },
			default: parallelRequests,
			description: operation.wait
				? 'How many waiting items are read at the same time. Output order and item pairing stay as in the input.'
				: 'How many items are sent at the same time. Output order and item pairing stay as in the input.',
		},
		...(operation.wait ? [pollIntervalOption(platform)] : []),
		{
			displayName: 'Request Timeout (Seconds)',
			name: 'requestTimeout',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 3600, numberPrecision: 0 },
			default: requestTimeout,
			description:
				'Longest time one request may take in all, every attempt and every wait between attempts included. A server that never answers, or answers a byte at a time, ends with a timeout error.',
		},
		rateOption(platform),
	);
	return options;
}

/** The options of every trigger: the client-side rate limit, as on the action node. */
export function triggerOptions(platform: RunOptionsPlatform): INodeProperties {
	return { displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: [rateOption(platform)] };
}
