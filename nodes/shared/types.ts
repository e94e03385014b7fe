import type { IDataObject } from 'n8n-workflow';
import type { Authenticate, CredentialAuthSpec } from './auth';

/*
 * The tables the generator emits and the runtime interprets. Everything a provider needs at run
 * time is data of these shapes; behaviour lives in the runtime modules beside this file.
 */

/** How an n8n parameter value turns into a JSON value of the request. */
export type FieldKind =
	| 'value' // string, number, boolean, options, multiOptions: sent as given
	| 'object' // collection: its children are converted recursively
	| 'list' // fixedCollection with multiple values: an array of converted objects
	| 'map' // fixedCollection of key/value pairs: a string map
	| 'json'; // free-form JSON (string or object in the UI)

export interface FieldSpec {
	/** JSON key in the request. */
	field: string;
	/** n8n parameter name (equal to key unless it had to differ). */
	param: string;
	displayName: string;
	kind: FieldKind;
	/** fixedCollection group name for 'list' and 'map'. */
	group?: string;
	/** Children of 'object' and 'list'. */
	fields?: FieldSpec[];
	/** Comma-separated text that becomes an array (string lists without a fixed set of values). */
	split?: boolean;
	/** Where 'value' must become a number before it is sent (numbers typed into a string field). */
	numeric?: boolean;
	/** The UI default of a fixed-collection value the API has no default for: equal means "not set". */
	omitIf?: string | number | boolean;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface PathParamSpec {
	/** Placeholder name in the path template. */
	name: string;
	/** n8n parameter name. */
	param: string;
	displayName: string;
	valueType: 'string' | 'integer';
	/** Where the value goes: the URL path (default) or the query string or the JSON body. */
	in?: 'path' | 'query' | 'body';
}

export interface IdCursorPagination {
	style: 'idCursor';
	/** Dot path of the array in the response body; '' when the body is the array. */
	itemsPath: string;
	limitParam: string;
	maxLimit: number;
	cursorParam: string;
	cursorField: string;
	hasMore: { header: string } | { path: string };
	/** Field that identifies a listed item, so a page that repeats items is noticed. */
	idField: string;
}

export interface OpaqueCursorPagination {
	style: 'opaqueCursor';
	itemsPath: string;
	limitParam: string;
	maxLimit: number;
	cursorParam: string;
	nextCursorPath: string;
	/** Field that identifies a listed item, so a page that repeats items is noticed. */
	idField: string;
}

export type PaginationSpec = IdCursorPagination | OpaqueCursorPagination;

export interface BodySpec {
	/** Top-level required fields, each its own n8n parameter. */
	required: FieldSpec[];
	/** Optional fields, inside the collection named by `collection`. */
	optional: FieldSpec[];
	collection: 'additionalFields' | 'updateFields';
	encoding: 'json' | 'form';
	/** Key of the compiled validator of the whole body. */
	validator: string;
}

export interface QuerySpec {
	/** List filters, inside the 'filters' collection. */
	fields: FieldSpec[];
	/** Key of the compiled validator of the filters. */
	validator: string;
}

export interface OperationSpec {
	resource: string;
	name: string;
	method: HttpMethod;
	path: string;
	pathParams: PathParamSpec[];
	body?: BodySpec;
	query?: QuerySpec;
	pagination?: PaginationSpec;
	/** Dot path of the single object in the response; '' for the body itself. */
	resultPath?: string;
	/** What to output when the API answers with no body (e.g. 204 on delete). */
	emptyResponse?: IDataObject;
	/** Safe to send again after a network error or 5xx without creating anything twice. */
	idempotent: boolean;
	/** The vendor accepts an idempotency key here: one is sent with every request (user-given or generated). */
	idempotencyKey?: boolean;
	/** The node offers Simplify here: its items can be given in the common session view of the resource. */
	simplify?: boolean;
	/** A "Wait for Status": it reads with the named Get (`resource.operation`) until the status is a chosen one. */
	wait?: WaitSpec;
}

/** What a "Wait for Status" reads; the statuses are its resource's list (`ProviderSpec.statuses`). */
export interface WaitSpec {
	/** Key of the Get in `operations`. */
	get: string;
}

export interface BaseUrlSpec {
	/** Credential field that picks one of `values`; absent when there is one host. */
	selector?: string;
	/** Host templates with {field} placeholders filled from the credential. */
	values: Record<string, string>;
	/** Credential field that overrides the host (tests against the local emulator). */
	override?: string;
}

export interface CredentialRef {
	name: string;
	baseUrl: BaseUrlSpec;
	/** Credential fields whose values must never appear in output, errors or logs. */
	secrets: string[];
	/** How the credential authenticates: the same table its `authenticate` is built from. */
	auth: CredentialAuthSpec;
	/** The request signer the credential's `authenticate` applies after the table, if any. */
	sign?: Authenticate;
	/** The cheap read request the credential's Test button sends. */
	test: { method: HttpMethod; path: string; qs?: IDataObject };
}

/** An API's error body read into what a workflow builder sees: a message and details. */
export interface MappedError {
	message: string;
	description?: string;
}

/** What an API said about retrying one answer, read by a platform's hooks from its own headers. */
export interface RetryHint {
	/** Whether the API says repeating can succeed; `true` is followed only where repeating cannot act twice. */
	retry?: boolean;
	/** How long the API asked to wait, in milliseconds; a Retry-After header takes precedence. */
	waitMs?: number;
}

/** The status and lower-case headers of an answer, as a retry hint reads them. */
export interface AnswerHead {
	status: number;
	headers: Record<string, string>;
}

/**
 * What one platform does that the shared runtime cannot know from its tables: the platform's
 * hand-written hooks module (nodes/<Platform>Sessions/hooks.ts), which the generator attaches to
 * the platform's table and its credentials. Every member is optional; without one the runtime's
 * generic behaviour applies (the HTTP status as the message, Retry-After, no signing).
 */
export interface PlatformHooks {
	/** Reads the platform's error body; undefined when the body has none of its known shapes. */
	errorEnvelope?: (body: unknown) => MappedError | undefined;
	/** Reads the platform's own retry headers of a failed answer; `now` is epoch milliseconds. */
	retryHint?: (answer: AnswerHead, now: number) => RetryHint | undefined;
	/** Request signers, named by a credential's `auth: { type: "function", function: <name> }`. */
	signers?: Record<string, Authenticate>;
}

export interface TransportSpec {
	/** The vendor's published limit; the runtime's client-side limiter stays under it. */
	rateLimit?: { requests: number; perSeconds: number };
	/** Header that makes a POST safe to retry, where the vendor has one. */
	idempotencyHeader?: string;
	/** How array query values are written when the vendor does not read n8n's default a[0]=x. */
	queryArrayFormat?: 'indices' | 'brackets' | 'repeat' | 'comma';
}

export interface StatusOption {
	value: string;
	name: string;
	/** Read from this field instead of the trigger's statusField: the item has the status while the field equals `value`. */
	field?: string;
	/** With `field`: the status holds only while statusField equals this. */
	when?: string;
}

/** The one vocabulary every platform's statuses map to; the meta-schema's `state` says what each means. */
export type SessionState = 'open' | 'processing' | 'authorized' | 'paid' | 'failed' | 'expired' | 'canceled' | 'refunded' | 'disputed';

/** One status of a session-like resource, as the platform names it, with its normalised state. */
export interface StatusValue {
	value: string;
	name: string;
	state: SessionState;
	/** Read from this field instead of the list's field; while it equals `value` this status wins. */
	field?: string;
	/** With `field`: the status holds only while the list's field equals this. */
	when?: string;
	/** The item does not change status after this one. */
	final?: boolean;
}

/** Names of the related IDs in the common session view; every simplified item has all of them. */
export type LinkName = 'sessionId' | 'paymentId' | 'orderId' | 'checkoutId' | 'customerId';

/**
 * Where the common session view's fields are in an item of one resource. Each path list is tried
 * in order and the first that holds a value wins; null means the platform has no such field.
 */
export interface SimplifySpec {
	idField: string;
	/** minor: whole number in the smallest unit; major: decimal in whole units, scaled by the currency's exponent. */
	amount: { paths: string[]; unit: 'minor' | 'major' } | null;
	currency: string[] | null;
	customerEmail: string[] | null;
	url: string[] | null;
	createdAt: { paths: string[]; format: 'iso' | 'unixSeconds' } | null;
	updatedAt: { paths: string[]; format: 'iso' | 'unixSeconds' } | null;
	/** Every related ID of the view, in output order. */
	links: Record<LinkName, string[] | null>;
}

/** The status list of a session-like resource: where the status is read and every value it takes. */
export interface StatusSpec {
	/** Dot path of the status in an item. */
	field: string;
	values: StatusValue[];
}

export interface TriggerSpec {
	resource: string;
	/** Key of the list operation in `operations`. */
	list: string;
	/** Key of the get operation, used to re-check old sessions that are not final yet. */
	get?: string;
	strategy: 'snapshot';
	/** The field lists are sorted by, newest first; ids here only grow. */
	order: { field: string; kind: 'number' | 'unixSeconds' };
	idField: string;
	statusField: string;
	statusFilterParam?: string;
	statuses: StatusOption[];
	terminalStatuses: string[];
	/** How long a session that is not final is watched for status changes. */
	openHorizonHours: number;
}

/**
 * A trigger over items that change after creation (payments, transactions, orders): they are
 * found by their last-update time instead of by a creation order (see poll-updated.ts).
 */
export interface UpdatedTriggerSpec {
	resource: string;
	/** Key of the list operation in `operations`. */
	list: string;
	strategy: 'updatedSince';
	idField: string;
	statusField: string;
	statuses: StatusOption[];
	terminalStatuses: string[];
	/** How long back a list without an update filter is re-read, and how long an item is remembered. */
	openHorizonHours: number;
	updated: { field: string; filterParam?: string; createdFilterParam?: string };
	/** List parameter that limits the watch to items of given parents (order ids, checkout ids). */
	linkFilter?: { param: string };
}

export interface LocatorSpec {
	/** List operation that feeds the "From List" mode. */
	operation: string;
	idField: string;
	labelField: string;
	statusField?: string;
}

export interface ProviderSpec {
	id: string;
	displayName: string;
	credentials: CredentialRef[];
	transport: TransportSpec;
	/** The platform's hooks module, when it has one. */
	hooks?: PlatformHooks;
	operations: Record<string, OperationSpec>;
	locators?: Record<string, LocatorSpec>;
	trigger?: TriggerSpec | UpdatedTriggerSpec;
	/** Status lists of the session-like resources, by resource name. */
	statuses?: Record<string, StatusSpec>;
	/** Where the common session view's fields are, by resource name (resources with a status list). */
	simplify?: Record<string, SimplifySpec>;
	validators: ValidatorTable;
}

/** A compiled request validator (Ajv standalone output). */
export interface CompiledValidator {
	(data: unknown): boolean;
	errors?: ValidationIssue[] | null;
}

export interface ValidationIssue {
	instancePath: string;
	keyword: string;
	message?: string;
	params: Record<string, unknown>;
	/** Where in the schema the rule is, e.g. #/properties/a/anyOf/1/required; tells anyOf branches apart. */
	schemaPath?: string;
}

export type ValidatorTable = Record<string, CompiledValidator>;
