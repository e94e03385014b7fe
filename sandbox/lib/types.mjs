// @ts-check
// Type declarations shared by the sandbox modules. There is no runtime code here: the module exists
// so that every file can `import('./types.mjs').Name` the same definitions.

/**
 * A response the sandbox is about to send. `body` is serialised as JSON unless it is undefined.
 * @typedef {object} ApiResult
 * @property {number} status
 * @property {unknown} [body]
 * @property {Record<string, string>} [headers]
 */

/**
 * Everything an operation handler (and a provider hook) may look at for one API request.
 * @typedef {object} ApiCall
 * @property {string | null} operation   `resource.operation` from provider.json, null when no route matched
 * @property {string | null} template    the matched path template, e.g. `/checkout/sessions/{id}`
 * @property {Record<string, any>} params  path parameters, coerced by their schemas
 * @property {Record<string, any>} query   query parameters, coerced by their schemas
 * @property {any} body                    parsed (and validated) request body
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {URL} url                     full request URL (origin of the sandbox)
 * @property {Record<string, any>} state   scratch space shared by the hooks of one request
 */

/** @typedef {(call: ApiCall) => ApiResult | Promise<ApiResult>} OperationHandler */

/**
 * One schema violation, independent of any vendor's error envelope.
 * @typedef {object} ValidationIssue
 * @property {(string | number)[]} path  location in the validated value; numbers are array indexes
 * @property {string} keyword            the JSON-Schema keyword that failed
 * @property {string} message
 */

/**
 * Result of decoding a request body: the value, or the error the provider should answer with.
 * @typedef {{ ok: true, value: unknown } | { ok: false, status: number, message: string }} ParsedBody
 */

/**
 * A test-control endpoint of one provider, mounted under `/__control/<provider id>`.
 * @typedef {object} ControlRoute
 * @property {string} method
 * @property {string} path  template, e.g. `/sessions/{id}/status`
 * @property {(params: Record<string, string>, body: any, url: URL) => ApiResult | Promise<ApiResult>} handle
 */

/**
 * In-process state controller of a provider; each provider adds its own members.
 * @typedef {{ reset(): void } & Record<string, any>} ProviderController
 */

/**
 * What a provider module's factory returns. The generic pipeline (lib/api.mjs) calls the hooks in
 * this order: route match, guard, path params, body, query, handler, decorate.
 * @typedef {object} ProviderInstance
 * @property {string} apiPrefix  path between the provider mount and the operation paths, e.g. `/api`
 * @property {Record<string, OperationHandler>} handlers  keyed by `resource.operation`
 * @property {ProviderController} controller
 * @property {ControlRoute[]} [controlRoutes]
 * @property {(status: number, message?: string) => ApiResult} error  the vendor's plain error envelope
 * @property {(issues: ValidationIssue[]) => ApiResult} invalid       the vendor's validation envelope
 * @property {(call: ApiCall) => ApiResult | null} [guard]  auth, version and rate checks; a result short-cuts
 * @property {(result: ApiResult, call: ApiCall, fault: { retryAfter?: number } | null) => void} [decorate]
 *   adds headers every response of this vendor carries
 * @property {(raw: Buffer, contentType: string | undefined) => ParsedBody} [parseBody]  default: JSON
 * @property {(params: URLSearchParams) => Record<string, any>} [parseQuery]  default: flat, repeated names become arrays
 * @property {Record<string, unknown>} [cursorSchema]  JSON Schema of id cursors, when ids are not integers
 * @property {(headers: import('node:http').IncomingHttpHeaders) => Record<string, unknown>} [annotate]
 *   extra fields for the request log
 * @property {(path: string) => string} [normalizePath]  e.g. strip a format suffix before routing
 */

/**
 * Subset of an operation in provider.json that the sandbox interprets.
 * @typedef {object} OperationSpec
 * @property {string} name
 * @property {string} method
 * @property {string} path
 * @property {{ name: string, in?: 'path' | 'query' | 'body', schema?: Record<string, unknown> }[]} [pathParams]
 * @property {{ schema: string, required?: string[], minProperties?: number, encoding?: 'json' | 'form' }} [body]
 * @property {{ schema: string }} [query]
 * @property {{ style: string, limitParam?: string, maxLimit?: number, cursorParam?: string }} [pagination]
 */

/**
 * A provider description loaded from `schemas/<id>/`.
 * @typedef {object} ProviderSpec
 * @property {string} id
 * @property {any} provider  parsed provider.json
 * @property {Map<string, any>} schemas  parsed *.schema.json files keyed by file name
 */

/**
 * What a provider factory receives.
 * @typedef {object} ProviderContext
 * @property {string} id
 * @property {ProviderSpec} spec
 * @property {Record<string, any>} options  `options[id]` from startSandbox
 * @property {() => string} origin  `http://127.0.0.1:<port>`, known once the server listens
 */

/** @typedef {(ctx: ProviderContext) => ProviderInstance | Promise<ProviderInstance>} ProviderFactory */

/**
 * One fault-injection rule. Filters that are absent match everything.
 * @typedef {object} FaultRule
 * @property {string} [provider]
 * @property {string} [method]
 * @property {string} [path]  an operation path template (exact), or a regular expression starting with `^`
 * @property {number} [rate]  probability in 0..1, default 1
 * @property {number} [times] fire at most this many times
 * @property {'status' | 'latency' | 'reset' | 'truncate'} kind  truncate: act, then cut the body off mid-way
 * @property {number} [status]      for kind `status`
 * @property {number} [retryAfter]  seconds, for kind `status`
 * @property {number} [ms]          for kind `latency`: the delay, or with `p99` its median
 * @property {number} [p99]         for kind `latency`: the 99th percentile; the delay is then
 *                                  log-normal and drawn from the emulator's seeded generator
 * @property {'before' | 'after'} [when]  for `status` and `reset`: before or after the action runs
 */

/**
 * A request as recorded in the log.
 * @typedef {{
 *   provider: string | null,
 *   operation: string | null,
 *   method: string,
 *   path: string,
 *   query: Record<string, string | string[]>,
 *   headers: Record<string, string | string[] | undefined>,
 *   body: unknown,
 *   status: number | null,
 *   at: string,
 *   fault?: Record<string, unknown>,
 * } & Record<string, unknown>} LogEntry
 */

export {};
