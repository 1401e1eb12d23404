// A resolve hook that neither calls next() nor says shortCircuit fails.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

registerHooks({ resolve() { return { url: 'file:///nowhere.mjs' }; } });
await assert.rejects(import('./anything.mjs'), {
  code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
  name: 'TypeError',
  message: 'Expected true to be returned for the "shortCircuit" from the "resolve" hook but got undefined.',
});
