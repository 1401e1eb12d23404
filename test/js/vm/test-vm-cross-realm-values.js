'use strict';
// Values from a context work with the caller's tools (inspect, loose deep equality, JSON).
require('../../common');
const assert = require('assert');
const util = require('util');
const vm = require('vm');

const v = vm.runInNewContext('({ a: [1, 2], m: new Map([[1, 2]]), d: new Date(0) })');
assert.strictEqual(util.inspect(v.a), '[ 1, 2 ]');
assert.strictEqual(util.inspect(v.m), 'Map(1) { 1 => 2 }');
assert.deepEqual(v.a, [1, 2]); // eslint-disable-line no-restricted-properties
assert.strictEqual(JSON.stringify(v.a), '[1,2]');
assert.strictEqual(util.types.isDate(v.d), true);
assert.strictEqual(util.types.isMap(v.m), true);
