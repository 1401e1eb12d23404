'use strict';
// tty.isatty is false for anything that is not an open terminal fd: files, /dev/null,
// negative, fractional, too large or non-number fds. (The test runner's stdio are pipes.)
require('../../common');
const assert = require('assert');
const fs = require('fs');
const tty = require('tty');

for (const fd of [-1, 1.5, 2 ** 31, '0', null, undefined, NaN, 12345]) {
  assert.strictEqual(tty.isatty(fd), false, String(fd));
}
const devNull = fs.openSync('/dev/null', 'r');
assert.strictEqual(tty.isatty(devNull), false);
fs.closeSync(devNull);
const self = fs.openSync(__filename, 'r');
assert.strictEqual(tty.isatty(self), false);
fs.closeSync(self);
// stdio in the test harness are pipes or files, and process streams agree with isatty.
for (const fd of [0, 1, 2]) {
  const stream = [process.stdin, process.stdout, process.stderr][fd];
  assert.strictEqual(!!stream.isTTY, tty.isatty(fd));
  assert.strictEqual(stream instanceof (fd === 0 ? tty.ReadStream : tty.WriteStream), tty.isatty(fd));
}
