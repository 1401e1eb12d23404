'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// A detached child leads its own session (setsid); a normal one shares ours.
function sessionOf(detached, cb) {
  const child = cp.spawn('sh', ['-c', 'read -r l < /proc/$$/stat; set -- $l; echo $1 $6'], { detached });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', common.mustCall(() => {
    const [pid, sid] = out.trim().split(' ').map(Number);
    assert.strictEqual(pid, child.pid);
    cb(pid, sid);
  }));
}
sessionOf(true, (pid, sid) => assert.strictEqual(sid, pid));
sessionOf(false, (pid, sid) => assert.notStrictEqual(sid, pid));
