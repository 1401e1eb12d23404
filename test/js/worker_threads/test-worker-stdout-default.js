'use strict';
// Without stdout: true, worker.stdout is still a readable stream and the output reaches the
// parent's process.stdout (here: captured by wrapping its write).
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const write = process.stdout.write;
let seen = '';
process.stdout.write = function(chunk, ...rest) {
  seen += chunk;
  return true;
};
const w = new Worker('console.log("worker says hi")', { eval: true });
assert.strictEqual(typeof w.stdout.on, 'function');
assert.strictEqual(w.stdin, null);
w.on('exit', common.mustCall(() => {
  setImmediate(common.mustCall(() => {
    process.stdout.write = write;
    assert.match(seen, /worker says hi\n/);
  }));
}));
