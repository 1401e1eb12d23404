'use strict';
const assert = require('assert');
assert.throws(() => process.kill(process.pid, 'SIGNOPE'), {
  code: 'ERR_UNKNOWN_SIGNAL',
  name: 'TypeError',
  message: 'Unknown signal: SIGNOPE',
});
assert.throws(() => process.kill('abc'), { code: 'ERR_INVALID_ARG_TYPE' });
// Signal 0 probes a process.
assert.strictEqual(process.kill(process.pid, 0), true);
assert.throws(() => process.kill(2 ** 22 + 12345, 0), { code: 'ESRCH', syscall: 'kill' });
