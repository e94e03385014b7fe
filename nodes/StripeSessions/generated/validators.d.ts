// GENERATED from schemas/stripe/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { CompiledValidator } from '../../shared/types';

export declare const checkoutSession_create_body: CompiledValidator;
export declare const checkoutSession_getAll_query: CompiledValidator;
export declare const checkoutSession_update_body: CompiledValidator;
export declare const customerSession_create_body: CompiledValidator;
