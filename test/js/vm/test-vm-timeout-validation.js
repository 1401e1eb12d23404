'use strict';
// timeout must be a positive 32-bit integer; errors thrown by the code pass through untouched.
require('../../common');
const assert = require('assert');
const vm = require('vm');

assert.throws(() => vm.runInNewContext('1', {}, { timeout: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.timeout" is out of range. It must be >= 1 && <= 4294967295. Received -1',
});
assert.throws(() => vm.runInThisContext('1', { timeout: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => vm.runInThisContext('1', { timeout: '5' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.runInNewContext('throw new Error("inner")', {}, { timeout: 10000 }), /inner/);
const thrown = {};
assert.throws(() => vm.runInNewContext('throw t', { t: thrown }, { timeout: 10000 }), (e) => e === thrown);
