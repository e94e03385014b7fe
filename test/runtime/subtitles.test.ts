import type { INode, INodeParameters, INodeType, INodeTypes } from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';
import { DigitalRiverSessions } from '../../nodes/DigitalRiverSessions/DigitalRiverSessions.node';
import { DigitalRiverSessionsTrigger } from '../../nodes/DigitalRiverSessions/DigitalRiverSessionsTrigger.node';
import { Gr4vySessions } from '../../nodes/Gr4vySessions/Gr4vySessions.node';
import { PrimerSessions } from '../../nodes/PrimerSessions/PrimerSessions.node';
import { QuadernoSessions } from '../../nodes/QuadernoSessions/QuadernoSessions.node';
import { QuadernoSessionsTrigger } from '../../nodes/QuadernoSessions/QuadernoSessionsTrigger.node';
import { StripeSessions } from '../../nodes/StripeSessions/StripeSessions.node';
import { StripeSessionsTrigger } from '../../nodes/StripeSessions/StripeSessionsTrigger.node';

/*
 * The line under a node's name on the canvas is an expression in the node's description; n8n's
 * own expression engine evaluates it here, with the node's parameters as the editor would hold them.
 */

/** Evaluates a node type's subtitle with the given parameters, as the editor does. */
function subtitle(type: INodeType, parameters: INodeParameters): unknown {
	const name = 'test.node';
	const nodeTypes: INodeTypes = {
		getByName: () => type,
		getByNameAndVersion: () => type,
		getKnownTypes: () => ({}),
	};
	const node: INode = { id: '1', name: 'Node', type: name, typeVersion: 1, position: [0, 0], parameters: {} };
	node.parameters = NodeHelpers.getNodeParameters(type.description.properties, parameters, true, false, node, type.description) ?? {};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(node, type.description.subtitle as string, 'internal', {});
}

const cases: Array<[string, INodeType, INodeParameters, string]> = [
	['a Stripe create shows the operation and resource by name', new StripeSessions(), { resource: 'checkoutSession', operation: 'create' }, 'Create: Checkout Session'],
	['a Stripe list shows "Get Many"', new StripeSessions(), { resource: 'checkoutSession', operation: 'getAll' }, 'Get Many: Checkout Session'],
	['a Stripe customer session create names its resource', new StripeSessions(), { resource: 'customerSession', operation: 'create' }, 'Create: Customer Session'],
	['a Quaderno delete', new QuadernoSessions(), { resource: 'checkoutSession', operation: 'delete' }, 'Delete: Checkout Session'],
	['a Primer payment list', new PrimerSessions(), { resource: 'payment', operation: 'getAll' }, 'Get Many: Payment'],
	['a Digital River drop-in session create', new DigitalRiverSessions(), { resource: 'dropInCheckoutSession', operation: 'create' }, 'Create: Drop-In Checkout Session'],
	['a Gr4vy transaction get', new Gr4vySessions(), { resource: 'transaction', operation: 'get' }, 'Get: Transaction'],
	['a wait names its generated operation', new PrimerSessions(), { resource: 'payment', operation: 'waitForStatus' }, 'Wait for Status: Payment'],
	['a Quaderno trigger on new sessions', new QuadernoSessionsTrigger(), { event: 'created' }, 'Checkout Session Created'],
	['a Stripe trigger on statuses names them', new StripeSessionsTrigger(), { event: 'statusChanged', statuses: ['complete', 'paid'] }, 'Status Changed: Completed, Paid'],
	['a Digital River trigger names its statuses', new DigitalRiverSessionsTrigger(), { statuses: ['accepted', 'in_review'] }, 'Accepted, In Review'],
];

describe('node subtitles on the canvas', () => {
	test.each(cases)('%s', (_name, type, parameters, want) => {
		expect(subtitle(type, parameters)).toBe(want);
	});
});
