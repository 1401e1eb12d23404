'use strict';
// After a timed-out run, timers, promises and later vm runs behave normally.
const common = require('../../common');
const assert = require('assert');
const vm = require('vm');

assert.throws(() => vm.runInNewContext('while (true) {}', {}, { timeout: 20 }),
  { code: 'ERR_SCRIPT_EXECUTION_TIMEOUT' });
setTimeout(common.mustCall(() => {
  assert.throws(() => vm.runInNewContext('for (;;) {}', {}, { timeout: 20 }),
    { code: 'ERR_SCRIPT_EXECUTION_TIMEOUT' });
  Promise.resolve(1).then(common.mustCall((v) => assert.strictEqual(v, 1)));
}), 1);
