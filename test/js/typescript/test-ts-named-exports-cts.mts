// Named exports of a .cts module are found as for any CommonJS module.
import assert from 'node:assert';
import * as ns from '../../fixtures/typescript/cjs.cts';
assert.deepStrictEqual(Object.keys(ns).sort(), ['a', 'b', 'default', 'file', 'module.exports']);
