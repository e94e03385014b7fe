// GENERATED from schemas/provider.schema.json by `npm run generate`. Do not edit: change the description and regenerate.

export type Sentence = string;
export type Url = string;
export type Identifier = string;
export type ClassName = string;
/**
 * Text with {credentialField} placeholders.
 */
export type Template = string;
/**
 * The one vocabulary every platform's statuses map to. open: waiting for the customer. processing: the customer has acted, the outcome is not known yet (in flight, in review, capture pending). authorized: funds are reserved, not captured. paid: funds are captured, in full or in part. failed: declined, blocked or stopped by an error. expired: ended unused (timed out or abandoned). canceled: canceled or voided before capture. refunded: money went back after payment. disputed: the customer disputed the charge.
 */
export type State =
	'open' | 'processing' | 'authorized' | 'paid' | 'failed' | 'expired' | 'canceled' | 'refunded' | 'disputed';
/**
 * Dot path of a field in an item, or several tried in order: the first that holds a value wins.
 */
export type Path = string | string[];
export type FieldName = string;
export type SchemaFile = string;
export type Pagination =
	| {
			style: 'idCursor';
			itemsPath: string;
			limitParam: string;
			maxLimit: number;
			cursorParam: string;
			cursorField: string;
			hasMore:
				| {
						header: string;
				  }
				| {
						path: string;
				  };
	  }
	| {
			style: 'opaqueCursor';
			itemsPath: string;
			limitParam: string;
			maxLimit: number;
			cursorParam: string;
			nextCursorPath: string;
	  };

/**
 * What one payment platform's session API looks like: hosts, auth, resources and their operations, and the polling trigger. The generator turns it into n8n nodes, a credential and request validators.
 */
export interface ProviderDescription {
	$schema?: string;
	id: string;
	displayName: string;
	description: Sentence;
	documentationUrl: Url;
	/**
	 * Icon base name: <icon>.svg and <icon>.dark.svg beside the node.
	 */
	icon: string;
	node: {
		name: Identifier;
		className: ClassName;
		displayName: string;
		subtitle?: string;
		codexCategories?: string[];
		codexSubcategories?: {
			[k: string]: string[] | undefined;
		};
	};
	/**
	 * @minItems 1
	 */
	credentials: Credential[];
	transport: {
		rateLimit?: {
			requests: number;
			perSeconds: number;
		};
		idempotencyHeader?: string | null;
		/**
		 * How array query values are written; n8n's default is indices (a[0]=x).
		 */
		queryArrayFormat?: 'indices' | 'brackets' | 'repeat' | 'comma';
	};
	/**
	 * @minItems 1
	 */
	resources: Resource[];
	trigger?: {
		name: Identifier;
		className: ClassName;
		displayName: string;
		description: Sentence;
		/**
		 * The watched resource; it must have a status list, which gives the statuses to fire on.
		 */
		resource: string;
		list: 'getAll';
		get?: 'get';
		/**
		 * snapshot: lists sorted newest first by a creation key. updatedSince: items that change after creation, found by their update time.
		 */
		strategy: 'snapshot' | 'updatedSince';
		/**
		 * For updatedSince: where the last-update time is and how the list can be narrowed to recent changes.
		 */
		updated?: {
			/**
			 * Dot path of the item's last-update time (ISO 8601).
			 */
			field: string;
			/**
			 * Query parameter for "updated at or after"; without it the trigger re-reads a creation window.
			 */
			filterParam?: string;
			/**
			 * Query parameter for "created at or after", bounding the re-read window when there is no update filter.
			 */
			createdFilterParam?: string;
		};
		/**
		 * Optional trigger field that limits the watch to items linked to given parents (e.g. a session's order ID).
		 */
		linkFilter?: {
			param: string;
			displayName: string;
			description: Sentence;
		};
		order?: {
			field: string;
			kind: 'number' | 'unixSeconds';
		};
		/**
		 * Query parameter of the list that narrows it to one status; the statuses are those of the watched resource.
		 */
		statusFilterParam?: string;
		openHorizonHours: number;
	};
}
export interface Credential {
	name: Identifier;
	className: ClassName;
	displayName: string;
	documentationUrl: Url;
	/**
	 * @minItems 1
	 */
	fields: CredentialField[];
	baseUrl: {
		selector?: Identifier;
		values: {
			[k: string]: Template | undefined;
		};
	};
	auth:
		| {
				type: 'basic';
				username: Template;
				password: Template;
		  }
		| {
				type: 'header';
				header: string;
				value: Template;
		  }
		| {
				type: 'function';
				/**
				 * A signer of the platform's hooks module (nodes/<Node>/hooks.ts, hooks.signers), applied after the credential's headers.
				 */
				function: string;
		  };
	headers?: {
		name: string;
		value: Template;
		/**
		 * Send only when this credential field is set.
		 */
		when?: string;
		/**
		 * Value sent when the field named by `when` is empty.
		 */
		otherwise?: string;
	}[];
	test: {
		method: 'GET' | 'POST';
		path: string;
		qs?: {
			[k: string]: unknown | undefined;
		};
	};
}
export interface CredentialField {
	name: Identifier;
	displayName: string;
	type: 'string' | 'options' | 'boolean' | 'number';
	required?: boolean;
	default: unknown;
	placeholder?: string;
	description?: Sentence;
	/**
	 * Shown as a password field and redacted from outputs and errors.
	 */
	secret?: boolean;
	multiline?: boolean;
	/**
	 * This field overrides the host; for tests against the local emulator only.
	 */
	baseUrlOverride?: boolean;
	/**
	 * @minItems 1
	 */
	options?: {
		name: string;
		value: string;
	}[];
}
export interface Resource {
	name: Identifier;
	displayName: string;
	description: Sentence;
	idField: string;
	labelField?: string;
	status?: StatusList;
	simplify?: Simplify;
	/**
	 * Offers a "Wait for Status" operation (waitForStatus): it reads one item with the named operation until its status, read through the status list, is one of the chosen values. The resource needs a status list.
	 */
	waitForStatus?: {
		/**
		 * The operation that reads one item; the wait takes its ID parameters and its answer.
		 */
		get: 'get';
	};
	/**
	 * @minItems 1
	 */
	operations: Operation[];
}
/**
 * The statuses of a session-like resource: where an item's status is read and what each value means. The trigger, Simplify and Wait for Status all read this one list.
 */
export interface StatusList {
	/**
	 * Dot path of the status in an item of this resource (e.g. payment.session.state when the resource has no status of its own).
	 */
	field: string;
	/**
	 * Every value the platform's response schema allows for field, plus values read from other fields; in the order the platform moves through them.
	 *
	 * @minItems 1
	 */
	values: Status[];
}
export interface Status {
	value: string;
	name: string;
	description: Sentence;
	/**
	 * Dot path this status is read from when it is not the list's field (e.g. a payment status beside the session status); the item has it while that field equals value, and then it wins over the value of the list's field.
	 */
	field?: string;
	/**
	 * With field only: the status holds only while the list's own field equals this value (Stripe's no_payment_required counts once the session is complete; an open setup-mode session has it from the start).
	 */
	when?: string;
	state: State;
	/**
	 * The item does not change status after this one: the trigger stops re-checking it and a wait ends.
	 */
	final?: boolean;
}
/**
 * Where the fields of the common session view (the Simplify option) are in an item of this resource; null where the platform has no such field. Status and state come from the resource's status list, the ID from its idField.
 */
export interface Simplify {
	amount: {
		path: Path;
		/**
		 * minor: a whole number in the currency's smallest unit (cents). major: a decimal in whole units (19.99), turned into minor units with the currency's ISO 4217 exponent.
		 */
		unit: 'minor' | 'major';
	} | null;
	currency: Path | null;
	customerEmail: Path | null;
	/**
	 * The hosted page the customer pays on.
	 */
	url: Path | null;
	createdAt: TimeField | null;
	updatedAt: TimeField | null;
	/**
	 * IDs of the related session, payment, order, checkout and customer; an omitted one is always null.
	 */
	links: {
		sessionId?: Path;
		paymentId?: Path;
		orderId?: Path;
		checkoutId?: Path;
		customerId?: Path;
	};
}
export interface TimeField {
	path: Path;
	/**
	 * iso: an ISO 8601 date-time. unixSeconds: seconds since 1970-01-01 UTC.
	 */
	format: 'iso' | 'unixSeconds';
}
export interface Operation {
	name: 'create' | 'get' | 'getAll' | 'update' | 'delete' | 'expire' | 'getLineItems';
	displayName: string;
	action: string;
	description: Sentence;
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	path: string;
	pathParams?: Param[];
	body?: {
		schema: SchemaFile;
		required?: FieldName[];
		minProperties?: number;
		encoding?: 'json' | 'form';
	};
	query?: {
		schema: SchemaFile;
	};
	response?: {
		schema: SchemaFile;
		path?: string;
	};
	pagination?: Pagination;
	emptyResponse?: {
		[k: string]: unknown | undefined;
	};
	/**
	 * Overrides the default (true for GET, PUT, DELETE).
	 */
	idempotent?: boolean;
}
export interface Param {
	name: FieldName;
	param?: Identifier;
	displayName: string;
	description?: Sentence;
	in?: 'path' | 'query' | 'body';
	/**
	 * The value grants access (e.g. a client token): the field is masked.
	 */
	secret?: boolean;
	schema: {
		type: 'string' | 'integer';
		[k: string]: unknown | undefined;
	};
}
