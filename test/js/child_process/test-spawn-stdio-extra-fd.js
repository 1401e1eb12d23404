'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// A fourth pipe: the child writes to its fd 3.
const child = cp.spawn('sh', ['-c', 'echo three >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
assert.strictEqual(child.stdio.length, 4);
let out = '';
child.stdio[3].on('data', (d) => { out += d; });
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, 'three\n');
}));
