// @ts-check
import { shownFields, viewsOf } from '../../e2e/ui/expect.mjs';

/*
 * What the browser suite expects the parameter panel to show is computed from a node's property
 * table by n8n's displayOptions rule; these cases pin that rule down on a small table.
 */

/** @type {import('../../e2e/ui/packages.mjs').Property[]} */
const table = [
	{ displayName: 'Authentication', name: 'authentication', type: 'options', default: 'key', options: [{ name: 'Key', value: 'key' }, { name: 'Token', value: 'token' }] },
	{ displayName: 'Resource', name: 'resource', type: 'options', default: 'session', options: [{ name: 'Session', value: 'session' }, { name: 'Payment', value: 'payment' }] },
	{ displayName: 'Operation', name: 'operation', type: 'options', default: 'create', displayOptions: { show: { resource: ['session'] } }, options: [{ name: 'Create', value: 'create' }, { name: 'Get Many', value: 'getAll' }] },
	{ displayName: 'Operation', name: 'operation', type: 'options', default: 'get', displayOptions: { show: { resource: ['payment'] } }, options: [{ name: 'Get', value: 'get' }] },
	{ displayName: 'Specify Body', name: 'bodyInput', type: 'options', default: 'fields', displayOptions: { show: { operation: ['create'] } }, options: [{ name: 'Fields', value: 'fields' }, { name: 'JSON', value: 'json' }] },
	{ displayName: 'JSON Body', name: 'jsonBody', type: 'json', default: '', displayOptions: { show: { operation: ['create'], bodyInput: ['json'] } } },
	{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', default: {}, displayOptions: { show: { operation: ['create'], bodyInput: ['fields'] } } },
	{ displayName: 'Return All', name: 'returnAll', type: 'boolean', default: false, displayOptions: { show: { operation: ['getAll'] } } },
	{ displayName: 'Limit', name: 'limit', type: 'number', default: 50, displayOptions: { show: { operation: ['getAll'], returnAll: [false] } } },
	{ displayName: 'Session ID', name: 'sessionId', type: 'string', default: '', displayOptions: { show: { resource: ['payment'] }, hide: { operation: ['getAll'] } } },
	{ displayName: 'Options', name: 'options', type: 'collection', default: {} },
];

describe('the fields the editor must show for a choice', () => {
	test.each([
		{ given: { resource: 'session', operation: 'create' }, want: ['Resource', 'Operation', 'Specify Body', 'Additional Fields', 'Options'] },
		{ given: { resource: 'session', operation: 'create', bodyInput: 'json' }, want: ['Resource', 'Operation', 'Specify Body', 'JSON Body', 'Options'] },
		{ given: { resource: 'session', operation: 'getAll' }, want: ['Resource', 'Operation', 'Return All', 'Limit', 'Options'] },
		{ given: { resource: 'session', operation: 'getAll', returnAll: true }, want: ['Resource', 'Operation', 'Return All', 'Options'] },
		{ given: { resource: 'payment', operation: 'get' }, want: ['Resource', 'Operation', 'Session ID', 'Options'] },
	])('shows $want for $given, leaving out the credential type choice', ({ given, want }) => {
		expect(shownFields(table, given)).toEqual(want);
	});

	test('an action node is opened once per resource × operation, by display name', () => {
		const node = { packageName: 'p', type: 'p.n', displayName: 'N', trigger: false, credentials: [], properties: table };
		expect(viewsOf(node).map((v) => v.label)).toEqual(['Session › Create', 'Session › Get Many', 'Payment › Get']);
	});

	test('a trigger is opened once per event, and once as added when it has no event choice', () => {
		/** @type {import('../../e2e/ui/packages.mjs').Property[]} */
		const withEvents = [
			{ displayName: 'Event', name: 'event', type: 'options', default: 'changed', options: [{ name: 'Created', value: 'created' }, { name: 'Changed', value: 'changed' }] },
			{ displayName: 'Statuses', name: 'statuses', type: 'multiOptions', default: [], displayOptions: { show: { event: ['changed'] } } },
		];
		const trigger = { packageName: 'p', type: 'p.t', displayName: 'T', trigger: true, credentials: [], properties: withEvents };
		expect(viewsOf(trigger).map((v) => [v.label, v.fields])).toEqual([
			['Created', ['Event']],
			['Changed', ['Event', 'Statuses']],
		]);
		expect(viewsOf({ ...trigger, properties: [withEvents[1]] }).map((v) => v.label)).toEqual(['as added']);
	});
});
