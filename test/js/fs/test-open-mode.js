'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const old = process.umask(0);
try {
  fs.closeSync(fs.openSync(p('a'), 'w', 0o751));
  assert.strictEqual(fs.statSync(p('a')).mode & 0o777, 0o751);
  fs.closeSync(fs.openSync(p('b'), 'w', '644'));
  assert.strictEqual(fs.statSync(p('b')).mode & 0o777, 0o644);
  process.umask(0o077);
  fs.closeSync(fs.openSync(p('c'), 'w'));
  assert.strictEqual(fs.statSync(p('c')).mode & 0o777, 0o600);
} finally {
  process.umask(old);
}
assert.throws(() => fs.openSync(p('d'), 'w', 'abc'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc'",
});
assert.throws(() => fs.openSync(p('d'), 'w', -1), {
  code: 'ERR_OUT_OF_RANGE',
});
