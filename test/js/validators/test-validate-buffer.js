'use strict';
// validateBuffer (fs.readSync) and validateEncoding (odd-length hex, crypto Hash#update).
require('../../common');
const assert = require('assert');
const fs = require('fs');
const crypto = require('crypto');

for (const [value, received] of [['str', "type string ('str')"], [[1], 'an instance of Array'], [new ArrayBuffer(1), 'an instance of ArrayBuffer']]) {
  assert.throws(() => fs.readSync(0, value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received ${received}`,
  });
}
assert.throws(() => crypto.createHash('sha1').update('abc', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
});
assert.throws(() => crypto.createHash('sha1').update('abc', 'HEX'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid for data of length 3. Received 'HEX'",
});
crypto.createHash('sha1').update('abcd', 'hex');
