'use strict';
// ReadStream/WriteStream need a terminal fd: bad fds are ERR_INVALID_FD (RangeError), other
// fds ERR_TTY_INIT_FAILED (a SystemError for uv_tty_init's EINVAL).
require('../../common');
const assert = require('assert');
const fs = require('fs');
const tty = require('tty');

for (const Ctor of [tty.ReadStream, tty.WriteStream]) {
  for (const fd of [-1, 1.5, 'x', 2 ** 31]) {
    assert.throws(() => new Ctor(fd), {
      name: 'RangeError',
      code: 'ERR_INVALID_FD',
      message: `"fd" must be a positive integer: ${fd}`,
    });
  }
  const fd = fs.openSync('/dev/null', 'r+');
  assert.throws(() => new Ctor(fd), (err) => {
    assert.strictEqual(err.name, 'SystemError');
    assert.strictEqual(err.code, 'ERR_TTY_INIT_FAILED');
    assert.strictEqual(err.message,
                       'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)');
    assert.strictEqual(err.errno, -22);
    assert.strictEqual(err.syscall, 'uv_tty_init');
    assert.deepStrictEqual({ ...err.info }, {
      errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init',
    });
    return true;
  });
  fs.closeSync(fd);
}
