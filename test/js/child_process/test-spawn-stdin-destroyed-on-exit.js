'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// The child's stdin is destroyed when it exits; later writes fail instead of hanging.
const child = cp.spawn('sh', ['-c', 'exit 0']);
child.on('exit', common.mustCall(() => {
  assert.strictEqual(child.stdin.destroyed, true);
}));
