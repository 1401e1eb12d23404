'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// The child sees the signal itself: a trap runs and picks the exit code.
const child = cp.spawn('sh', ['-c', 'trap "echo got; exit 3" USR1; echo ready; while :; do sleep 0.05; done']);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', common.mustCallAtLeast((d) => {
  out += d;
  if (out === 'ready\n') child.kill('SIGUSR1');
}));
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
  assert.strictEqual(out, 'ready\ngot\n');
}));
