'use strict';
// Promises made in a context settle on the shared microtask queue.
const common = require('../../common');
const assert = require('assert');
const vm = require('vm');

const ctx = vm.createContext({ report: common.mustCall((v) => assert.strictEqual(v, 'async 3')) });
vm.runInContext('Promise.resolve(3).then((v) => report("async " + v))', ctx);
const p = vm.runInNewContext('Promise.resolve(5)');
p.then(common.mustCall((v) => assert.strictEqual(v, 5)));
