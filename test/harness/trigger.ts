import type { IDataObject, INodeExecutionData, INodeParameters, INodeType } from 'n8n-workflow';
import type { CredentialFixture } from './engine';
import { runPoll } from './engine';

export interface ActiveTrigger {
	/** One scheduled poll through n8n's engine; the in-memory static data is kept for the next one. */
	poll(): Promise<INodeExecutionData[] | null>;
	/** Stops n8n and starts it again: the in-memory static data is replaced by what the database holds. */
	restart(): void;
	/** Bytes the static data takes as JSON. */
	readonly stateSize: number;
	readonly staticData: IDataObject;
	/** The static data as n8n's database holds it now. */
	readonly saved: IDataObject;
}

const copy = (data: IDataObject) => JSON.parse(JSON.stringify(data)) as IDataObject;

/**
 * A trigger with its own state, persisted the way n8n 2.41 does it: the static data is written
 * to the database after the poll that activation runs (first start, and every start after a
 * restart) and after every poll that emits; a poll that returns null changes memory only.
 */
export function activeTrigger(opts: { node: INodeType; typeName: string; credentials: () => CredentialFixture; parameters: INodeParameters }): ActiveTrigger {
	let staticData: IDataObject = {};
	let saved: IDataObject = {};
	let activating = true;
	let started = false;
	return {
		async poll() {
			const activation = started ? 'init' : 'activate';
			const result = await runPoll({ node: opts.node, typeName: opts.typeName, parameters: opts.parameters, credentials: opts.credentials(), staticData, activation });
			staticData = result.staticData;
			if (activating || result.items !== null) saved = copy(staticData);
			activating = false;
			return result.items;
		},
		restart() {
			staticData = copy(saved);
			activating = true;
			started = true;
		},
		get stateSize() {
			return JSON.stringify(staticData).length;
		},
		get staticData() {
			return staticData;
		},
		get saved() {
			return saved;
		},
	};
}
