'use strict';
// A worker gets workerData, talks to its parent through parentPort, and exits with 0.
const common = require('../../common');
const assert = require('assert');
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');

if (isMainThread) {
  assert.strictEqual(threadId, 0);
  const w = new Worker(__filename, { workerData: { n: 21, list: [1, 'two', new Map([[3, new Set([4])]])] } });
  assert.ok(w.threadId > 0);
  w.on('online', common.mustCall());
  const got = [];
  w.on('message', common.mustCall((m) => {
    got.push(m);
    if (got.length === 1) w.postMessage('bye');
  }, 2));
  w.on('error', common.mustNotCall());
  w.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(got, [{ doubled: 42, list: [1, 'two', new Map([[3, new Set([4])]])], tid: got[0].tid }, 'got bye']);
    assert.strictEqual(got[0].tid, got[0].tid | 0);
    assert.strictEqual(w.threadId, -1);
  }));
} else {
  assert.notStrictEqual(threadId, 0);
  parentPort.postMessage({ doubled: workerData.n * 2, list: workerData.list, tid: threadId });
  parentPort.once('message', (m) => {
    parentPort.postMessage(`got ${m}`);
    parentPort.close();
  });
}
