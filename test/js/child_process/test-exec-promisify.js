'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const util = require('util');
const exec = util.promisify(cp.exec);
(async () => {
  const p = exec('echo promised');
  assert.ok(p.child instanceof cp.ChildProcess);
  assert.deepStrictEqual(await p, { stdout: 'promised\n', stderr: '' });
  await assert.rejects(exec('echo o; echo e >&2; exit 4'), (err) => {
    assert.strictEqual(err.code, 4);
    assert.strictEqual(err.stdout, 'o\n');
    assert.strictEqual(err.stderr, 'e\n');
    return true;
  });
})().then(common.mustCall());
