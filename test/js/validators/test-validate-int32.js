'use strict';
// validateInt32 (fd >= 0) through fs.fstatSync.
require('../../common');
const assert = require('assert');
const fs = require('fs');

const range = 'It must be >= 0 && <= 2147483647.';
for (const [value, message] of [
  [-1, `The value of "fd" is out of range. ${range} Received -1`],
  [2 ** 31, `The value of "fd" is out of range. ${range} Received 2147483648`],
  [1.5, 'The value of "fd" is out of range. It must be an integer. Received 1.5'],
  [NaN, 'The value of "fd" is out of range. It must be an integer. Received NaN'],
  [Infinity, 'The value of "fd" is out of range. It must be an integer. Received Infinity'],
]) {
  assert.throws(() => fs.fstatSync(value), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message });
}
for (const [value, received] of [['1', "type string ('1')"], [null, 'null'], [{}, 'an instance of Object']]) {
  assert.throws(() => fs.fstatSync(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "fd" argument must be of type number. Received ${received}`,
  });
}
