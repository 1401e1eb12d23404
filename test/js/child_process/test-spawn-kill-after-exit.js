'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('true');
child.on('exit', common.mustCall(() => {
  assert.strictEqual(child.kill(), false);
  assert.strictEqual(child.killed, false);
}));
