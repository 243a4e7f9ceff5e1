/**
 * The unit project alone, the fast loop (`npm run test:unit [-- jest options or paths]`): see jest.config.js.
 * @type {import('jest').Config}
 */
const base = require('./jest.config');

module.exports = { ...base.unit, testTimeout: base.testTimeout, maxWorkers: base.maxWorkers };
