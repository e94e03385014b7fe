/** Jest runs the TypeScript tests through ts-jest against the sources (not dist). */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts', '**/*.test.mjs'],
	// The reliability runs take minutes; `npm run reliability` runs them with their own config.
	testPathIgnorePatterns: ['/node_modules/', '/test/reliability/'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }],
	},
	testTimeout: 30000,
};
