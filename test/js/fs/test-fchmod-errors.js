'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');

assert.throws(() => fs.fchmodSync(-1, 0o644), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => fs.fchmodSync(0, 'z'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'z'",
});
assert.throws(() => fs.fchmodSync(0, -5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.fchmod(0, 0o644), { code: 'ERR_INVALID_ARG_TYPE' });
