// register() resolves the hooks module against parentURL (default 'data:', where only
// absolute URLs and builtins resolve) and throws what resolution or loading throws.
import assert from 'node:assert';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const dir = new URL('../../fixtures/module-register/', import.meta.url);
assert.throws(() => register('./nope.mjs', dir), {
  name: 'Error',
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${fileURLToPath(new URL('nope.mjs', dir))}' imported from ${fileURLToPath(dir)}`,
});
assert.throws(() => register('./virtual.mjs'), {
  name: 'TypeError',
  code: 'ERR_UNSUPPORTED_RESOLVE_REQUEST',
  message: 'Failed to resolve module specifier "./virtual.mjs" from "data:": Invalid relative URL or base scheme ' +
    'is not hierarchical.',
});
assert.throws(() => register('some-package'), { code: 'ERR_UNSUPPORTED_RESOLVE_REQUEST' });
// an absolute URL needs no parent; so does a URL object
register(new URL('virtual.mjs', dir));
assert.strictEqual((await import('virtual:answer')).default, 42);
