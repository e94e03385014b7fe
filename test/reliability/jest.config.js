/** The reliability runs: the package's jest setup, limited to this folder, with the table printed at the end. */
const base = require('../../jest.config.js');

module.exports = {
	...base,
	rootDir: '../..',
	roots: ['<rootDir>/test/reliability'],
	testPathIgnorePatterns: ['/node_modules/'],
	globalSetup: '<rootDir>/test/reliability/setup.cjs',
	globalTeardown: '<rootDir>/test/reliability/teardown.cjs',
	testTimeout: 600000,
	maxWorkers: 1,
};
