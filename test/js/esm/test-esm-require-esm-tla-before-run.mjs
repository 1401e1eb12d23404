// require() of an ES module graph with top-level await anywhere in it is refused before any
// module of the graph runs (ERR_REQUIRE_ASYNC_MODULE); `await` inside functions is fine.
import assert from 'node:assert';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
globalThis.tlaRan = [];
assert.throws(() => require('../../fixtures/esm-errors/tla/root.mjs'), (err) => {
  assert.strictEqual(err.code, 'ERR_REQUIRE_ASYNC_MODULE');
  assert.match(err.message, /^require\(\) cannot be used on an ESM graph with top-level await/);
  return true;
});
assert.deepStrictEqual(globalThis.tlaRan, []);

const ns = require('../../fixtures/esm-errors/tla/no-tla.mjs');
assert.strictEqual(typeof ns.a, 'function');
assert.strictEqual(await ns.b(), 2);
assert.deepStrictEqual(globalThis.tlaRan, ['no-tla']);
