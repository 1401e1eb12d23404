'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
cp.execFile('sh', ['-c', 'exit 5'], common.mustCall((err) => {
  assert.strictEqual(err.code, 5);
  assert.strictEqual(err.cmd, 'sh -c exit 5');
  assert.strictEqual(err.message, 'Command failed: sh -c exit 5\n');
}));
cp.execFile('sh', ['-c', 'kill -9 $$'], common.mustCall((err) => {
  assert.strictEqual(err.code, null);
  assert.strictEqual(err.signal, 'SIGKILL');
  assert.strictEqual(err.killed, false);
}));
