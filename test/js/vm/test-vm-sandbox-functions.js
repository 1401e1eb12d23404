'use strict';
// Functions put in the sandbox run in the caller's realm and can be called from the context.
require('../../common');
const assert = require('assert');
const vm = require('vm');

const calls = [];
const sandbox = { log: (...a) => calls.push(a), out: null };
vm.runInNewContext('log("a", 1); out = [1, 2].map((x) => x * 3)', sandbox);
assert.deepStrictEqual(calls, [['a', 1]]);
assert.deepStrictEqual([...sandbox.out], [3, 6]);
assert.strictEqual(Array.isArray(sandbox.out), true);
