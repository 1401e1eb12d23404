'use strict';
// Functions declared in a context are callable from outside through the sandbox, and see the
// context's globals.
require('../../common');
const assert = require('assert');
const vm = require('vm');

const sandbox = { factor: 3 };
vm.runInNewContext('function scale(x) { return x * factor; } var list = [1, 2].map(scale);', sandbox);
assert.strictEqual(sandbox.scale(5), 15);
assert.deepStrictEqual(Array.from(sandbox.list), [3, 6]);
sandbox.factor = 10;
assert.strictEqual(sandbox.scale(5), 50);
