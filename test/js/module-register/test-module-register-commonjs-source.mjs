// A load hook may give CommonJS source: the module runs as CommonJS, its named exports found
// as in any CommonJS module imported from ESM.
import assert from 'node:assert';
import { register } from 'node:module';

register('../../fixtures/module-register/commonjs-source.mjs', import.meta.url);
const ns = await import('cjs:counter');
assert.deepStrictEqual(Object.keys(ns), ['count', 'default', 'module.exports', 'name']);
assert.strictEqual(ns.count, 3);
assert.strictEqual(ns.name, 'counter');
assert.deepStrictEqual(ns.default, { count: 3, name: 'counter' });
