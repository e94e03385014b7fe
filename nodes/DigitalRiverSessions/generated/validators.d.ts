// GENERATED from schemas/digitalriver/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { CompiledValidator } from '../../shared/types';

export declare const checkout_create_body: CompiledValidator;
export declare const checkout_getAll_query: CompiledValidator;
export declare const checkout_update_body: CompiledValidator;
export declare const dropInCheckoutSession_create_body: CompiledValidator;
export declare const order_getAll_query: CompiledValidator;
