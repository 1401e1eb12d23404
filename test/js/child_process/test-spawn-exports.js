'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
for (const name of ['ChildProcess', 'exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn', 'spawnSync', '_forkChild']) {
  assert.strictEqual(typeof cp[name], 'function', name);
}
const child = cp.spawn('true');
assert.ok(child instanceof cp.ChildProcess);
assert.ok(child instanceof require('events'));
assert.strictEqual(child.connected, false);
child.on('close', common.mustCall());
