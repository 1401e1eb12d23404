'use strict';
const assert = require('assert');
for (const fn of [setTimeout, setInterval, setImmediate, process.nextTick, queueMicrotask]) {
  for (const bad of [undefined, null, 1, 'str', {}]) {
    assert.throws(() => fn(bad), (err) => {
      assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
      assert.strictEqual(err.name, 'TypeError');
      assert.ok(err.message.startsWith('The "callback" argument must be of type function. Received'), err.message);
      return true;
    });
  }
}
assert.throws(() => setTimeout('code'), {
  message: 'The "callback" argument must be of type function. Received type string (\'code\')',
});
