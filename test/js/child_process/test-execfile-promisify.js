'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const util = require('util');
const execFile = util.promisify(cp.execFile);
assert.strictEqual(cp.execFile[util.promisify.custom], execFile);
execFile('printf', ['x']).then(common.mustCall((r) => assert.deepStrictEqual(r, { stdout: 'x', stderr: '' })));
execFile('no-such-cmd-node4j').catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.stdout, '');
}));
