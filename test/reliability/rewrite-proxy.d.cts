export type Rewrite = (items: unknown[], page: { first: boolean }) => unknown[];
export interface ProxyHandle {
	url: string;
	close(): Promise<void>;
}
export declare function startRewriteProxy(target: string, itemsPathOf: (path: string) => string | undefined, rewrite: Rewrite): Promise<ProxyHandle>;
