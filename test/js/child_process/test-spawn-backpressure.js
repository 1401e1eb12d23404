'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// A paused reader stops reading: the child blocks on a full pipe and no output is lost.
const size = 4 * 1024 * 1024;
const child = cp.spawn('head', ['-c', String(size), '/dev/zero']);
let n = 0;
let exited = false;
child.on('exit', () => { exited = true; });
child.stdout.pause();
setTimeout(common.mustCall(() => {
  // Paused: the child cannot have written 4 MB into a pipe nobody reads.
  assert.strictEqual(exited, false);
  assert.ok(child.stdout.readableLength < size);
  child.stdout.on('data', (d) => { n += d.length; });
  child.stdout.resume();
}), 300);
child.on('close', common.mustCall(() => assert.strictEqual(n, size)));
