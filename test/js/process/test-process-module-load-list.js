'use strict';
// process.moduleLoadList records each core module and binding as it is first loaded.
require('../../common');
const assert = require('assert');

const list = process.moduleLoadList;
assert.ok(Array.isArray(list));
assert.ok(list.length > 0);
for (const entry of list) assert.match(entry, /^(NativeModule|Internal Binding) \S+$/);
assert.ok(list.includes('NativeModule events'));

assert.ok(!list.includes('NativeModule timers/promises'));
require('timers/promises');
assert.ok(list.includes('NativeModule timers/promises'));
const length = list.length;
require('timers/promises');                          // a second require records nothing
assert.strictEqual(list.length, length);
