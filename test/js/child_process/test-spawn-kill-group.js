'use strict';
// A detached child leads its own process group: process.kill(-pid) signals the whole group,
// so the child and the grandchild it started both go.
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');

const child = cp.spawn('sh', ['-c', 'sleep 30 & echo $!; wait'], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', common.mustCallAtLeast((d) => {
  out += d;
  if (!out.endsWith('\n')) return;
  const grandchild = Number(out.trim());
  process.kill(-child.pid, 'SIGTERM');
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(signal, 'SIGTERM');
    // The grandchild got the same signal; kill(pid, 0) fails once it is gone (bounded wait).
    let tries = 0;
    (function gone() {
      try {
        process.kill(grandchild, 0);
      } catch (e) {
        assert.strictEqual(e.code, 'ESRCH');
        return;
      }
      assert.ok(++tries < 600, 'grandchild still alive');
      setTimeout(gone, 50);
    })();
  }));
}));
