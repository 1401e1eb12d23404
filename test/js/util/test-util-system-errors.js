'use strict';
// util.getSystemErrorName/Message/Map: libuv's table, Node's argument checks.
require('../../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');
assert.strictEqual(util.getSystemErrorMessage(-2), 'no such file or directory');
assert.strictEqual(util.getSystemErrorName(-4095), 'EOF');
assert.strictEqual(util.getSystemErrorName(-3008), 'EAI_NONAME');
assert.strictEqual(util.getSystemErrorName(-99999), 'Unknown system error -99999');
assert.strictEqual(util.getSystemErrorMessage(-99999), 'Unknown system error -99999');

const map = util.getSystemErrorMap();
assert.ok(map instanceof Map);
assert.notStrictEqual(map, util.getSystemErrorMap());
assert.strictEqual(map.size, 85);
assert.deepStrictEqual([...map.keys()].slice(0, 4), [-7, -13, -98, -99]);
assert.deepStrictEqual(map.get(-98), ['EADDRINUSE', 'address already in use']);
assert.deepStrictEqual(map.get(-3000), ['EAI_ADDRFAMILY', 'address family not supported']);

for (const fn of [util.getSystemErrorName, util.getSystemErrorMessage]) {
  for (const v of [22, 0, 1.5, -1.5]) {
    assert.throws(() => fn(v), {
      code: 'ERR_OUT_OF_RANGE',
      message: `The value of "err" is out of range. It must be a negative integer. Received ${v}`,
    });
  }
  assert.throws(() => fn('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "err" argument must be of type number. Received type string (\'x\')',
  });
}

const e = util._errnoException(-13, 'open', 'extra');
assert.strictEqual(e.message, 'open EACCES extra');
assert.strictEqual(e.code, 'EACCES');
assert.strictEqual(e.errno, -13);
assert.strictEqual(e.syscall, 'open');
