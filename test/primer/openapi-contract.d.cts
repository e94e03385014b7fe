export interface Contract {
	check(entry: { method: string; path: string; query: Record<string, string | string[]>; headers: Record<string, unknown>; body: unknown }, mount: string): string[];
	operations: string[];
}
export declare function loadContract(vendor: string): Contract;
export declare const SPEC_DIR: string;
