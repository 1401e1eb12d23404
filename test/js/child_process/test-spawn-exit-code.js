'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sh', ['-c', 'exit 7']);
assert.strictEqual(child.exitCode, null);
assert.strictEqual(child.signalCode, null);
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, 7);
  assert.strictEqual(signal, null);
  assert.strictEqual(child.exitCode, 7);
  assert.strictEqual(child.signalCode, null);
}));
child.on('close', common.mustCall((code) => assert.strictEqual(code, 7)));
