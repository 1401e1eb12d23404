'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// Running under another uid/gid needs root; as anyone else spawn throws EPERM.
if (process.getuid() !== 0) {
  assert.throws(() => cp.spawn('id', { uid: 0 }), { code: 'EPERM' });
  return;
}
const child = cp.spawn('sh', ['-c', 'id -u; id -g'], { uid: 65534, gid: 65534 });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, '65534\n65534\n');
}));
