'use strict';
const assert = require('assert');
assert.strictEqual(this, module.exports);
assert.strictEqual(typeof globalThis.require, 'undefined');
assert.strictEqual(typeof globalThis.module, 'undefined');
assert.strictEqual(typeof globalThis.exports, 'undefined');
assert.strictEqual(typeof globalThis.__filename, 'undefined');
