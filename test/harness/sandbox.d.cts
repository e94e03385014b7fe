export interface SandboxHandle {
	url: string;
	requests: Array<Record<string, any>>;
	provider(name: string): any;
	reset(): void;
	setFaults(rules: unknown[]): void;
	close(): Promise<void>;
}
export declare function startSandbox(opts?: { providers?: string[]; options?: Record<string, unknown> }): Promise<SandboxHandle>;
