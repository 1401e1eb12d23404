'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// 10 MB through a pipe.
const size = 10 * 1024 * 1024;
const child = cp.spawn('head', ['-c', String(size), '/dev/zero']);
let n = 0;
child.stdout.on('data', (d) => { n += d.length; });
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(n, size);
}));
