'use strict';
// A child that dies of a signal: exec's error has code null, signal set and killed false
// (nobody called kill()); execSync's error carries status null and the signal; a child
// killed through kill() reports killed true.
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');

cp.exec('kill -TERM $$', common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.code, null);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.message, 'Command failed: kill -TERM $$\n');
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, '');
}));

assert.throws(() => cp.execSync('kill -USR1 $$', { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.status, null);
  assert.strictEqual(err.signal, 'SIGUSR1');
  assert.strictEqual(err.message, 'Command failed: kill -USR1 $$');
  return true;
});

const child = cp.exec('sleep 30', common.mustCall((err) => {
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGINT');
  assert.strictEqual(err.code, null);
}));
child.on('spawn', common.mustCall(() => child.kill('SIGINT')));
