/**
 * Two projects, told apart by file name, so no list decides what is fast:
 * - `unit`: every `*.test.ts` that is not `*.integration.test.ts`. No global setup, so no Java: a unit test
 *   that reaches for DynamoDB Local fails at once. `npm run test:unit` (jest.unit.config.js) runs only these.
 * - `integration`: `*.integration.test.ts`, the tests that need something outside the jest worker (DynamoDB
 *   Local, the network, another process). The global setup starts one DynamoDB Local in memory for them.
 * The tests that send dozens of changes to one trolley at the same moment run apart, in
 * jest.contention.config.js: DynamoDB Local answers them one at a time, and sharing it with a second worker's
 * suites would spend their time budget on the emulator, not on the store.
 * @type {import('jest').Config}
 */
const CONTENTION_TESTS = [
  '<rootDir>/test/reliability/contention.integration.test.ts',
  '<rootDir>/test/reliability/concurrency.integration.test.ts',
  '<rootDir>/test/bench/schema1Store.integration.test.ts',
];

const INTEGRATION_TEST = '\\.integration\\.test\\.ts$';

/** What both projects share. */
const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    // Type checking is `tsc --noEmit` in `npm test`; here files are only transpiled (isolatedModules in
    // tsconfig.json), which is much faster.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  setupFiles: ['<rootDir>/test/support/env.ts'],
};

const unit = {
  ...common,
  displayName: 'unit',
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', INTEGRATION_TEST],
};

const integration = {
  ...common,
  displayName: 'integration',
  testMatch: ['**/*.integration.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...CONTENTION_TESTS.map((path) => path.replace('<rootDir>', ''))],
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
};

module.exports = {
  projects: [unit, integration],
  testTimeout: 30_000,
  maxWorkers: 2,
};

// Not jest options: hidden from jest's validation, read by jest.unit.config.js and jest.contention.config.js.
Object.defineProperty(module.exports, 'unit', { value: unit, enumerable: false });
Object.defineProperty(module.exports, 'integration', { value: integration, enumerable: false });
Object.defineProperty(module.exports, 'contentionTests', { value: CONTENTION_TESTS, enumerable: false });
