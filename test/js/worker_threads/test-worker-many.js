'use strict';
// Several workers at once, each with its own globals and thread id.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const ids = new Set();
const N = 4;
for (let i = 0; i < N; i++) {
  const w = new Worker(`
    const { parentPort, workerData, threadId } = require('worker_threads');
    globalThis.mine = workerData;
    setTimeout(() => parentPort.postMessage([globalThis.mine, threadId]), 5);
  `, { eval: true, workerData: i });
  w.on('message', common.mustCall(([v, id]) => {
    assert.strictEqual(v, i);
    ids.add(id);
  }));
  w.on('exit', common.mustCall(() => {
    if (ids.size === N) assert.strictEqual(globalThis.mine, undefined);
  }));
}
