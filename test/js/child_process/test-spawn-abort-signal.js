'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const ac = new AbortController();
const child = cp.spawn('sleep', ['30'], { signal: ac.signal });
child.on('error', common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.cause, ac.signal.reason);
}));
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
}));
child.on('spawn', () => ac.abort());
