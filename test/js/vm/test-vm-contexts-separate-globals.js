'use strict';
// A context has its own built-ins; objects passed in keep their identity.
require('../../common');
const assert = require('assert');
const vm = require('vm');

const arr = vm.runInNewContext('[1, 2]');
assert.strictEqual(arr instanceof Array, false);
assert.strictEqual(Array.isArray(arr), true);
assert.deepStrictEqual([...arr], [1, 2]);
const shared = { n: 1 };
const back = vm.runInNewContext('o.n++; o', { o: shared });
assert.strictEqual(back, shared);
assert.strictEqual(shared.n, 2);
assert.notStrictEqual(vm.runInNewContext('Object'), Object);
assert.strictEqual(vm.runInNewContext('typeof process + typeof require + typeof setTimeout'),
  'undefinedundefinedundefined');
const ctx = vm.createContext({});
assert.strictEqual(vm.runInContext('Object', ctx), vm.runInContext('Object', ctx));
assert.notStrictEqual(vm.runInContext('Object', ctx), vm.runInNewContext('Object'));
