// A load hook must return a string, ArrayBuffer or TypedArray source.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

registerHooks({ load() { return { format: 'module', source: 5, shortCircuit: true }; } });
await assert.rejects(import('../../fixtures/module-hooks/a.mjs'), {
  code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
  message: 'Expected a string, an ArrayBuffer, or a TypedArray to be returned for the "source" from the "load" hook but got type number (5).',
});
