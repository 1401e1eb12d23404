'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
cp.execFile('no-such-cmd-node4j', ['x', 'y'], common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'spawn no-such-cmd-node4j');
  assert.strictEqual(err.path, 'no-such-cmd-node4j');
  assert.deepStrictEqual(err.spawnargs, ['x', 'y']);
  assert.strictEqual(err.cmd, 'no-such-cmd-node4j x y');
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, '');
}));
