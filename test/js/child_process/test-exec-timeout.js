'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
cp.exec('sleep 30', { timeout: 50 }, common.mustCall((err) => {
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.code, null);
  assert.strictEqual(err.message, 'Command failed: sleep 30\n');
}));
