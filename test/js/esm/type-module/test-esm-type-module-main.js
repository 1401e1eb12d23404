// A .js entry point under "type": "module" runs as an ES module.
import assert from 'node:assert';
import { createRequire } from 'node:module';

assert.strictEqual(typeof require, 'undefined');
assert.strictEqual(import.meta.main, true);
const req = createRequire(import.meta.url);
// require.main is undefined when the entry point is an ES module
assert.strictEqual(req.main, undefined);
assert.strictEqual(process.mainModule, undefined);
assert.strictEqual(req('../../../fixtures/esm/cjs/exports-dot.cjs').alpha, 1);
const { typed } = await import('../../../fixtures/esm/type-module/lib.js');
assert.strictEqual(typed, 'undefined');
console.log('ok');
