'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const dir = fs.realpathSync(require('os').tmpdir());
cp.exec('pwd; echo $X', { cwd: dir, env: { X: 'y', PATH: process.env.PATH } }, common.mustSucceed((stdout) => {
  assert.strictEqual(stdout, `${dir}\ny\n`);
}));
