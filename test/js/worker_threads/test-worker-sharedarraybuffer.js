'use strict';
// SharedArrayBuffer + Atomics across workers. Node shares the memory for real; node4j cannot
// (GraalJS cannot share memory between contexts) and says so instead of silently copying.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(8);
const counters = new Int32Array(sab);
const code = `
  const { parentPort, workerData } = require('worker_threads');
  const a = new Int32Array(workerData);
  for (let i = 0; i < 10000; i++) Atomics.add(a, 0, 1);
  Atomics.store(a, 1, 1);
  Atomics.notify(a, 1);
`;
if (common.isNode4j) {
  assert.throws(() => new Worker(code, { eval: true, workerData: sab }), {
    code: 'ERR_NODE4J_UNSUPPORTED',
    message: /SharedArrayBuffer/,
  });
  assert.throws(() => new Worker(code, { eval: true, workerData: { nested: [counters] } }), {
    code: 'ERR_NODE4J_UNSUPPORTED',
  });
} else {
  const workers = [new Worker(code, { eval: true, workerData: sab }), new Worker(code, { eval: true, workerData: sab })];
  let exited = 0;
  for (const w of workers) {
    w.on('exit', common.mustCall(() => {
      if (++exited === 2) assert.strictEqual(Atomics.load(counters, 0), 20000);
    }));
  }
  // Atomics.wait blocks this thread until a worker stores and notifies.
  assert.notStrictEqual(Atomics.wait(counters, 1, 0, 60000), 'timed-out');
}
