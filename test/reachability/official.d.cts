/** What the official schema allows at one field path, over all its alternatives. */
export interface Allowed {
	types: string[];
	/** The only values allowed, or null when any value of the types is. */
	values: unknown[] | null;
}
export declare function loadOfficial(platform: string): { doc: Record<string, any>; provider: Record<string, any> };
export declare function officialOperation(doc: Record<string, any>, method: string, template: string): Record<string, any> | undefined;
export declare function officialRequest(doc: Record<string, any>, op: Record<string, any>): { body: Map<string, Allowed>; query: Map<string, Map<string, Allowed>> };
export declare function fieldPaths(doc: Record<string, any>, schema: Record<string, any>, prefix?: string): Map<string, Allowed>;
export declare function requestExamples(platform: string): Array<[string, string, unknown]>;
export declare function loadOverlay(platform: string): { source: Record<string, unknown>; schemas: Record<string, unknown> };
