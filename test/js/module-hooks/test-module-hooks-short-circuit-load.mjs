// A load hook that neither calls next() nor says shortCircuit fails.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

registerHooks({ load() { return { format: 'module', source: '' }; } });
await assert.rejects(import('../../fixtures/module-hooks/a.mjs'), {
  code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
  message: 'Expected true to be returned for the "shortCircuit" from the "load" hook but got undefined.',
});
