'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sleep', ['30']);
assert.strictEqual(child.kill('SIGKILL'), true);
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGKILL');
}));
