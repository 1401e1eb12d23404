'use strict';
// execFileSync with a failing command throws an error carrying status, signal, output,
// stdout, stderr and pid; spawnSync reports the same run without throwing.
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');

const args = ['-c', 'echo out; echo err >&2; exit 7'];
assert.throws(() => cp.execFileSync('sh', args, { stdio: 'pipe', encoding: 'utf8' }), (err) => {
  assert.strictEqual(err.status, 7);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.stdout, 'out\n');
  assert.strictEqual(err.stderr, 'err\n');
  assert.deepStrictEqual(err.output, [null, 'out\n', 'err\n']);
  assert.strictEqual(typeof err.pid, 'number');
  assert.strictEqual(err.message, 'Command failed: sh -c echo out; echo err >&2; exit 7\nerr\n');
  return true;
});
const r = cp.spawnSync('sh', args, { encoding: 'utf8' });
assert.strictEqual(r.status, 7);
assert.strictEqual(r.signal, null);
assert.deepStrictEqual(r.output, [null, 'out\n', 'err\n']);
assert.strictEqual(r.error, undefined);
common.mustCall()();
