'use strict';
// A worker can start its own worker; messages go up level by level.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { Worker, parentPort, threadId } = require('worker_threads');
  const inner = new Worker("require('worker_threads').parentPort.postMessage(require('worker_threads').threadId)", { eval: true });
  inner.on('message', (id) => parentPort.postMessage([threadId, id]));
`, { eval: true });
w.on('message', common.mustCall(([outer, inner]) => {
  assert.ok(outer > 0);
  assert.ok(inner > outer);
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
