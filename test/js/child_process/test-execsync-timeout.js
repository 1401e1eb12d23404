'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
assert.throws(() => cp.execSync('sleep 30', { timeout: 100 }), (err) => {
  assert.strictEqual(err.code, 'ETIMEDOUT');
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.status, null);
  return true;
});
