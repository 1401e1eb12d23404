'use strict';
require('../../common');
const assert = require('assert');
const os = require('os');

const p = os.getPriority();
assert.strictEqual(typeof p, 'number');
assert.strictEqual(os.getPriority(0), p);
assert.strictEqual(os.getPriority(process.pid), p);
os.setPriority(p); // same value: always allowed
os.setPriority(0, p);
assert.strictEqual(os.getPriority(), p);
assert.throws(() => os.setPriority('x'), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "priority" argument must be of type number. Received type string (\'x\')' });
assert.throws(() => os.setPriority(0, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => os.setPriority(0, -21), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received -21' });
assert.throws(() => os.setPriority(0, 20), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => os.getPriority('x'), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type string (\'x\')' });
assert.throws(() => os.getPriority(1.5), { code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "pid" is out of range. It must be an integer. Received 1.5' });
assert.throws(() => os.setPriority(2 ** 31, 0), { code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "pid" is out of range. It must be >= -2147483648 && <= 2147483647. Received 2147483648' });
let err;
try { os.getPriority(99999999); } catch (e) { err = e; }
assert.strictEqual(err.name, 'SystemError');
assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
assert.strictEqual(err.message, 'A system error occurred: uv_os_getpriority returned ESRCH (no such process)');
assert.strictEqual(err.errno, -3);
assert.strictEqual(err.syscall, 'uv_os_getpriority');
assert.deepStrictEqual({ ...err.info }, { errno: -3, code: 'ESRCH', message: 'no such process', syscall: 'uv_os_getpriority' });
assert.throws(() => os.setPriority(99999999, 0), { code: 'ERR_SYSTEM_ERROR',
  message: 'A system error occurred: uv_os_setpriority returned ESRCH (no such process)' });
assert.strictEqual(os.constants.priority.PRIORITY_LOW, 19);
