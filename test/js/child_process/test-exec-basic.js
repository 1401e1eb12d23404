'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
cp.exec('echo hi; echo there >&2', common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout, 'hi\n');
  assert.strictEqual(stderr, 'there\n');
}));
