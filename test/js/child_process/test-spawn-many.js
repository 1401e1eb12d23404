'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// Twenty children at once, each with its own exit code.
let done = 0;
for (let i = 0; i < 20; i++) {
  const child = cp.spawn('sh', ['-c', `echo ${i}; exit ${i}`]);
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, i);
    assert.strictEqual(out, `${i}\n`);
    done++;
  }));
}
process.on('exit', () => assert.strictEqual(done, 20));
