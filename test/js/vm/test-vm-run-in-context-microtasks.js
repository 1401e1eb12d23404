'use strict';
// A timed run that finishes in time returns its value; async work it started still runs.
const common = require('../../common');
const assert = require('assert');
const vm = require('vm');

const ctx = vm.createContext({ done: common.mustCall((v) => assert.strictEqual(v, 'later')) });
assert.strictEqual(vm.runInContext('Promise.resolve("later").then(done); "now"', ctx, { timeout: 10000 }), 'now');
