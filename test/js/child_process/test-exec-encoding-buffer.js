'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
cp.exec('printf abc', { encoding: 'buffer' }, common.mustSucceed((stdout, stderr) => {
  assert.ok(Buffer.isBuffer(stdout));
  assert.ok(Buffer.isBuffer(stderr));
  assert.strictEqual(stdout.toString(), 'abc');
  assert.strictEqual(stderr.length, 0);
}));
cp.exec('printf abc', { encoding: 'hex' }, common.mustSucceed((stdout) => assert.strictEqual(stdout, '616263')));
