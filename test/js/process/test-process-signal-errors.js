'use strict';
// Signals the OS does not let a process catch fail like libuv's uv_signal_start.
require('../../common');
const assert = require('assert');
const util = require('util');

for (const sig of ['SIGKILL', 'SIGSTOP']) {
  assert.throws(() => process.on(sig, () => {}), (err) => {
    assert.strictEqual(err.message, 'uv_signal_start EINVAL');
    assert.strictEqual(err.code, 'EINVAL');
    assert.strictEqual(err.errno, -22);
    assert.strictEqual(err.syscall, 'uv_signal_start');
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall']);
    return true;
  });
  process.removeAllListeners(sig);
}
// A listener on a signal alone does not keep the loop running: this script ends.
process.on('SIGUSR2', () => {});
assert.strictEqual(util.getSystemErrorName(-22), 'EINVAL');
