// A CommonJS module imported from ESM runs when its turn in the graph comes; its named
// exports are read once it has run, default stays the live module.exports object.
import assert from 'node:assert';
globalThis.esmOrder = ['importer before'];
const cjs = await import('../../fixtures/esm/cjs/order.cjs');
globalThis.esmOrder.push('importer after');
assert.deepStrictEqual(globalThis.esmOrder, ['importer before', 'cjs', 'importer after']);
assert.strictEqual(cjs.later, 'initial');
await new Promise((resolve) => setTimeout(resolve, 20));
assert.strictEqual(cjs.default.later, 'changed');
assert.strictEqual(cjs.later, 'initial');

// the same CommonJS instance for require() and import
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
assert.strictEqual(require('../../fixtures/esm/cjs/order.cjs'), cjs.default);
assert.strictEqual(require.resolve('../../fixtures/esm/cjs/order.cjs'),
  new URL('../../fixtures/esm/cjs/order.cjs', import.meta.url).pathname);
// createRequire's require loads ES modules too
assert.strictEqual(require('../../fixtures/esm/req-no-default.mjs').only, 'only');
console.log('ok');
