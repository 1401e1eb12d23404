'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
assert.strictEqual(cp.execFileSync('printf', ['%s', 'v'], { encoding: 'utf8' }), 'v');
assert.strictEqual(cp.execFileSync('cat', { input: 'x' }).toString(), 'x');
assert.throws(() => cp.execFileSync('sh', ['-c', 'exit 4'], { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.message, 'Command failed: sh -c exit 4');
  assert.strictEqual(err.status, 4);
  return true;
});
assert.throws(() => cp.execFileSync('no-such-cmd-node4j'), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, 'spawnSync no-such-cmd-node4j ENOENT');
  assert.strictEqual(err.status, null);
  return true;
});
