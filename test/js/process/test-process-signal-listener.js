'use strict';
// A listener for a signal receives (name, number); it does not keep the process alive by
// itself; removing the last listener stops the watch.
const common = require('../../common');
const assert = require('assert');

process.on('SIGTERM', common.mustCall((name, num) => {
  assert.strictEqual(name, 'SIGTERM');
  assert.strictEqual(num, 15);
  process.removeAllListeners('SIGTERM');
  clearTimeout(keep);
}));
const keep = setTimeout(() => assert.fail('signal not delivered'), 10000);
process.kill(process.pid, 'SIGTERM');
