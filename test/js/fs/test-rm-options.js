'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

assert.throws(() => fs.rmSync(p('x'), 'opts'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type string (\'opts\')',
});
assert.throws(() => fs.rmSync(p('x'), { recursive: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});
assert.throws(() => fs.rmSync(p('x'), { maxRetries: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.maxRetries" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
fs.rmSync(p('x'), { force: true, recursive: true, maxRetries: 2, retryDelay: 10 });
