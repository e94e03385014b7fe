// GENERATED from schemas/primer/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { CompiledValidator } from '../../shared/types';

export declare const clientSession_create_body: CompiledValidator;
export declare const clientSession_update_body: CompiledValidator;
export declare const payment_getAll_query: CompiledValidator;
