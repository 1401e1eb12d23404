'use strict';
// require() of a .mts module returns its namespace (require(esm)).
const assert = require('assert');
const ns = require('../../fixtures/typescript/esm.mts');
assert.strictEqual(ns.hello('r'), 'hi r');
assert.strictEqual(typeof ns.default, 'function');
assert.strictEqual(ns.__esModule, true);
