const { test, describe, it } = require('node:test');
const assert = require('node:assert');
test('validation', async (t) => {
  assert.throws(() => t.test('x', { timeout: -1 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.timeout" is out of range. It must be >= 0 && <= 2147483647. Received -1',
  });
  assert.throws(() => t.test('x', { timeout: 'soon' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => t.plan('2'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "count" argument must be of type number. Received type string (\'2\')',
  });
  assert.throws(() => t.test('x', { concurrency: 'lots' }), { code: 'ERR_INVALID_ARG_TYPE' });
});
