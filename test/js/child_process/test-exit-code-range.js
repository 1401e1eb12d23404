'use strict';
// Exit statuses as the parent sees them: 0-255 pass through, 256 wraps to 0, and a shell
// reporting a killed command exits 128+n; spawnSync and exec agree with spawn.
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');

for (const [status, expected] of [[0, 0], [1, 1], [42, 42], [255, 255], [256, 0], [300, 44]]) {
  cp.spawn('sh', ['-c', `exit ${status}`]).on('close', common.mustCall((code, signal) => {
    assert.strictEqual(code, expected);
    assert.strictEqual(signal, null);
  }));
  assert.strictEqual(cp.spawnSync('sh', ['-c', `exit ${status}`]).status, expected);
}
// sh -c 'sh -c "kill -9 \$\$"': the inner shell dies of SIGKILL, the outer exits 128+9.
const r = cp.spawnSync('sh', ['-c', 'sh -c \'kill -9 $$\'; exit $?']);
assert.strictEqual(r.status, 137);
assert.strictEqual(r.signal, null);
cp.exec('exit 255', common.mustCall((err) => {
  assert.strictEqual(err.code, 255);
  assert.strictEqual(err.signal, null);
}));
