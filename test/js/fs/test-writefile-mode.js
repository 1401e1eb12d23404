'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const old = process.umask(0o022);
try {
  fs.writeFileSync(p('m'), 'x', { mode: 0o640 });
  assert.strictEqual(fs.statSync(p('m')).mode & 0o777, 0o640);
  fs.writeFileSync(p('m2'), 'x', { mode: '600' });
  assert.strictEqual(fs.statSync(p('m2')).mode & 0o777, 0o600);
  fs.writeFileSync(p('m3'), 'x');
  assert.strictEqual(fs.statSync(p('m3')).mode & 0o777, 0o644);
  // the mode only applies on creation
  fs.writeFileSync(p('m'), 'y', { mode: 0o666 });
  assert.strictEqual(fs.statSync(p('m')).mode & 0o777, 0o640);
} finally {
  process.umask(old);
}
assert.throws(() => fs.writeFileSync(p('z'), 'x', { mode: 'abc' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc'",
});
