export declare function reset(): void;
export declare function record(provider: string, figures: Record<string, number | string>): void;
export declare function print(): void;
