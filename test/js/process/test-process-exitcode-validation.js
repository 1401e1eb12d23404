'use strict';
const assert = require('assert');
assert.throws(() => { process.exitCode = 1.5; }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "code" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => { process.exitCode = '1.5'; }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => { process.exitCode = 'abc'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type number. Received type string (\'abc\')',
});
assert.throws(() => { process.exitCode = true; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { process.exitCode = {}; }, { code: 'ERR_INVALID_ARG_TYPE' });
process.exitCode = '7';
assert.strictEqual(process.exitCode, 7);
process.exitCode = 2 ** 40;
assert.strictEqual(process.exitCode, 0);
process.exitCode = null;
assert.strictEqual(process.exitCode, undefined);
process.exitCode = undefined;
