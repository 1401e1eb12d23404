'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// Writing more than a pipe holds: write() reports backpressure and 'drain' follows.
const chunk = Buffer.alloc(1024 * 1024, 'x');
const child = cp.spawn('cat');
let n = 0;
child.stdout.on('data', (d) => { n += d.length; });
let sawFull = false;
let i = 0;
function writeMore() {
  while (i < 8) {
    i++;
    if (!child.stdin.write(chunk)) {
      sawFull = true;
      child.stdin.once('drain', writeMore);
      return;
    }
  }
  child.stdin.end();
}
writeMore();
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(n, 8 * chunk.length);
  assert.strictEqual(sawFull, true);
}));
