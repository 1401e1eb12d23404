'use strict';
// What a Worker says about its end: process.exit(n) inside gives 'exit' with n, threadId
// turns -1 once it has exited (as in Node), and postMessage after exit is silently dropped.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('process.exit(7)', { eval: true });
assert.ok(w.threadId > 0);
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 7);
  assert.strictEqual(w.threadId, -1);
  w.postMessage('late');
}));
