// require() of an ES module with top-level await: ERR_REQUIRE_ASYNC_MODULE.
import assert from 'node:assert';

import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
assert.throws(() => require('../../fixtures/esm2/esm/require-tla.mjs'), (err) => {
  assert.strictEqual(err.code, 'ERR_REQUIRE_ASYNC_MODULE');
  assert.match(err.message, /^require\(\) cannot be used on an ESM graph with top-level await/);
  return true;
});
