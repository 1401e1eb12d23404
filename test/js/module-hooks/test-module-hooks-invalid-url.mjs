// A resolve hook must return a URL string.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

registerHooks({ resolve() { return { url: 5, shortCircuit: true }; } });
await assert.rejects(import('./anything.mjs'), {
  code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
  message: 'Expected a URL string to be returned for the "url" from the "resolve" hook but got type number (5).',
});
