export declare function makeKeyPair(): { privatePem: string; publicPem: string };
export declare function makeWrongCurveKey(): string;
export declare function thumbprint(publicPem: string): string;
export declare function inspectToken(
	token: string,
	publicPem: string,
): { header: Record<string, any>; claims: Record<string, any>; signatureBytes: number; signatureValid: boolean };
export declare function pemBody(pem: string): string;
