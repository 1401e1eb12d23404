// Named exports of CommonJS: exports.x, exports["x"], module.exports.x.
import assert from 'node:assert';

import * as ns from '../../fixtures/esm2/cjs/exports-dot.js';
import def, { a, b, c } from '../../fixtures/esm2/cjs/exports-dot.js';
assert.deepStrictEqual([a, b, c], [1, 2, 3]);
assert.deepStrictEqual(def, { a: 1, b: 2, c: 3 });
assert.deepStrictEqual(Object.keys(ns), ['a', 'b', 'c', 'default', 'module.exports']);
