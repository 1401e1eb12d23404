'use strict';
// validateUint32 through AbortSignal.timeout(delay).
require('../../common');
const assert = require('assert');

for (const [value, message] of [
  [-1, 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1'],
  // Above 2 ** 32 the received value gets numeric separators.
  [2 ** 32, 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received 4294967296'],
  [2 ** 32 + 1, 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received 4_294_967_297'],
  [0.5, 'The value of "delay" is out of range. It must be an integer. Received 0.5'],
]) {
  assert.throws(() => AbortSignal.timeout(value), { code: 'ERR_OUT_OF_RANGE', message });
}
assert.throws(() => AbortSignal.timeout('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "delay" argument must be of type number. Received type string (\'1\')',
});
