// node:<unknown>: ERR_UNKNOWN_BUILTIN_MODULE.
import assert from 'node:assert';

await assert.rejects(import('node:nope'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:nope',
});
