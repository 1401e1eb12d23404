'use strict';
// compileFunction's filename shows in stack traces.
require('../../common');
const assert = require('assert');
const vm = require('vm');

const fn = vm.compileFunction('throw new Error("from compiled")', [], { filename: 'compiled-fn.js' });
assert.throws(fn, (e) => /compiled-fn\.js:1/.test(e.stack) && e.message === 'from compiled');
