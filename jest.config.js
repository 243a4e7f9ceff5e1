/**
 * Unit tests (aws-sdk-client-mock) and integration tests against a real DynamoDB Local, which the global
 * setup starts once for the whole run. The tests that send dozens of changes to one trolley at the same
 * moment run apart, in jest.contention.config.js: DynamoDB Local answers them one at a time, and sharing it
 * with a second worker's suites would spend their time budget on the emulator, not on the store.
 * @type {import('jest').Config}
 */
const CONTENTION_TESTS = [
  '<rootDir>/test/reliability/contention.integration.test.ts',
  '<rootDir>/test/reliability/concurrency.integration.test.ts',
  '<rootDir>/test/bench/schema1Store.integration.test.ts',
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...CONTENTION_TESTS.map((path) => path.replace('<rootDir>', ''))],
  transform: {
    // Type checking is `tsc --noEmit` in `npm test`; here files are only transpiled (isolatedModules in
    // tsconfig.json), which is much faster.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
  setupFiles: ['<rootDir>/test/support/env.ts'],
  testTimeout: 30_000,
  maxWorkers: 2,
};

// Not a jest option: hidden from jest's validation, read by jest.contention.config.js.
Object.defineProperty(module.exports, 'contentionTests', { value: CONTENTION_TESTS, enumerable: false });
