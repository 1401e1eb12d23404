// registerHooks() checks what it is given.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

assert.throws(() => registerHooks({ resolve: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hooks.resolve" property must be of type function. Received type number (5)',
});
assert.throws(() => registerHooks({ load: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
