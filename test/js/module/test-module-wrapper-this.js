'use strict';
const assert = require('assert');
// Top-level return is allowed in a CommonJS module.
assert.strictEqual(typeof exports, 'object');
assert.strictEqual(typeof require, 'function');
assert.strictEqual(typeof module, 'object');
assert.strictEqual(arguments.length, 5);
return;
