import type { IDataObject, INodeExecutionData, INodeParameters, INodeType } from 'n8n-workflow';
import type { CredentialFixture } from './engine';
import { runPoll } from './engine';

export interface ActiveTrigger {
	/** One scheduled poll through n8n's engine; the static data is kept for the next one. */
	poll(): Promise<INodeExecutionData[] | null>;
	/** What survives a restart of n8n: the static data as JSON. */
	restart(): void;
	/** Bytes the static data takes as JSON. */
	readonly stateSize: number;
	readonly staticData: IDataObject;
}

/** A trigger with its own persisted state, like one activated workflow. */
export function activeTrigger(opts: { node: INodeType; typeName: string; credentials: () => CredentialFixture; parameters: INodeParameters }): ActiveTrigger {
	let staticData: IDataObject = {};
	return {
		async poll() {
			const result = await runPoll({ node: opts.node, typeName: opts.typeName, parameters: opts.parameters, credentials: opts.credentials(), staticData });
			staticData = result.staticData;
			return result.items;
		},
		restart() {
			staticData = JSON.parse(JSON.stringify(staticData)) as IDataObject;
		},
		get stateSize() {
			return JSON.stringify(staticData).length;
		},
		get staticData() {
			return staticData;
		},
	};
}
