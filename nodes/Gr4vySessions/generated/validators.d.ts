// GENERATED from schemas/gr4vy/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { CompiledValidator } from '../../shared/types';

export declare const checkoutSession_create_body: CompiledValidator;
export declare const checkoutSession_update_body: CompiledValidator;
export declare const transaction_getAll_query: CompiledValidator;
