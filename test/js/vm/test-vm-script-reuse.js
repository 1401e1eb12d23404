'use strict';
// One Script run in several contexts keeps each context's state apart.
require('../../common');
const assert = require('assert');
const vm = require('vm');

const counter = new vm.Script('count = (typeof count === "number" ? count : 0) + 1');
const a = vm.createContext({});
const b = vm.createContext({ count: 10 });
counter.runInContext(a);
counter.runInContext(a);
counter.runInContext(b);
assert.strictEqual(a.count, 2);
assert.strictEqual(b.count, 11);
