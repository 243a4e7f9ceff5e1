/**
 * The contention tests (dozens of simultaneous changes to one trolley), each file alone on a DynamoDB Local
 * of its own run, after the rest of `npm test`: see jest.config.js.
 * @type {import('jest').Config}
 */
const base = require('./jest.config');

module.exports = {
  ...base.integration,
  displayName: 'contention',
  testMatch: undefined,
  testPathIgnorePatterns: ['/node_modules/'],
  testRegex: base.contentionTests.map((path) => path.replace('<rootDir>/', '').replace(/\./g, '\\.')),
  testTimeout: base.testTimeout,
  maxWorkers: 1,
};
