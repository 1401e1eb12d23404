'use strict';
// parseFileMode (number or octal string) through process.umask and fs.chmodSync.
require('../../common');
const assert = require('assert');
const fs = require('fs');

const old = process.umask('022');                 // octal string accepted
assert.strictEqual(process.umask(old), 0o22);

for (const value of ['abc', '0o22', '8', '', ' 7', '-1']) {
  assert.throws(() => process.umask(value), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: `The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '${value}'`,
  });
}
assert.throws(() => process.umask(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mask" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => process.umask(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mask" is out of range. It must be an integer. Received 1.5',
});

const missing = '/nonexistent-node4j-dir/file';
assert.throws(() => fs.chmodSync(missing, 'xyz'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'xyz'",
});
assert.throws(() => fs.chmodSync(missing, 0o777 + 2 ** 32), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mode" is out of range. It must be >= 0 && <= 4294967295. Received 4_294_967_807',
});
assert.throws(() => fs.chmodSync(missing, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "mode" argument must be of type number. Received an instance of Object',
});
// A valid mode gets as far as the file system.
assert.throws(() => fs.chmodSync(missing, '755'), { code: 'ENOENT' });
