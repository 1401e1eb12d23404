const { test, mock } = require('node:test');
const assert = require('node:assert');
test('errors', () => {
  assert.throws(() => mock.timers.tick(1), { code: 'ERR_INVALID_STATE',
    message: 'Invalid state: You should enable MockTimers first by calling the .enable function' });
  mock.timers.enable();
  assert.throws(() => mock.timers.enable(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: MockTimers is already enabled!' });
  mock.timers.reset();
  assert.throws(() => mock.timers.enable({ apis: ['nope'] }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => mock.timers.enable({ now: -1 }), { code: 'ERR_INVALID_ARG_VALUE' });
});
test('no mock.module without the flag', () => {
  assert.strictEqual(typeof mock.module, 'undefined');
});
