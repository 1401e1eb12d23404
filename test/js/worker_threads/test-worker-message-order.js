'use strict';
// Many messages both ways arrive complete and in order; 'exit' comes after the last one.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const N = 500;
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  let expected = 0;
  parentPort.on('message', (m) => {
    if (m !== expected++) throw new Error('out of order: ' + m);
    parentPort.postMessage(m);
    if (expected === ${N}) parentPort.close();
  });
`, { eval: true });
let next = 0;
w.on('message', (m) => {
  assert.strictEqual(m, next++);
});
for (let i = 0; i < N; i++) w.postMessage(i);
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(next, N);
}));
