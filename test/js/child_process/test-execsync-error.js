'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
assert.throws(() => cp.execSync('echo o; echo e >&2; exit 3', { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.message, 'Command failed: echo o; echo e >&2; exit 3\ne\n');
  assert.strictEqual(err.status, 3);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.stdout.toString(), 'o\n');
  assert.strictEqual(err.stderr.toString(), 'e\n');
  assert.deepStrictEqual(Object.keys(err), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  return true;
});
