/**
 * Injected at the top of the Node.js 16 bundle (the Alexa-hosted runtime) only: gives Node 16 the two ways
 * to random bytes that the bundled AWS SDK v3 relies on, both of which arrived after 16. @smithy/core makes
 * every request's invocation id with the global `crypto.randomUUID` (global in modules from Node 19) and
 * otherwise with `getRandomValues` from `node:crypto` (Node 17.4). Node 16 has neither, so without this
 * every DynamoDB call failed with "TypeError: t is not a function" and Alexa apologised for every request.
 * Both come from Node 16's own Web Crypto, as newer Node.js versions provide them; nothing is replaced
 * where it exists. Everything else newer than Node 16 that the bundle names is feature-detected by its
 * users (see docs/deploying.md, "Which Node.js runs where"); the real-runtime tests prove the result.
 */
// The module object itself, not esbuild's ES namespace copy of it, so the SDK's import sees what is added.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import nodeCrypto = require('node:crypto');

const { webcrypto } = nodeCrypto;

if (typeof globalThis.crypto === 'undefined') {
  Object.defineProperty(globalThis, 'crypto', {
    value: webcrypto,
    configurable: true,
    enumerable: false,
    writable: true,
  });
}

const cryptoModule: { getRandomValues?: unknown } = nodeCrypto;
if (typeof cryptoModule.getRandomValues !== 'function') {
  cryptoModule.getRandomValues = webcrypto.getRandomValues.bind(webcrypto);
}
