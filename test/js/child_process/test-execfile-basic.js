'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
cp.execFile('printf', ['%s-%s', 'a', 'b'], common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout, 'a-b');
  assert.strictEqual(stderr, '');
}));
cp.execFile('echo', common.mustSucceed((stdout) => assert.strictEqual(stdout, '\n')));
