'use strict';
// process.exit() in a worker ends only the worker, with that code; its 'exit' listeners run.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('exit', (c) => parentPort.postMessage('exiting ' + c));
  process.exit(7);
  parentPort.postMessage('not reached');
`, { eval: true });
w.on('message', common.mustCall((m) => assert.strictEqual(m, 'exiting 7')));
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 7);
  // the parent goes on
  setImmediate(common.mustCall());
}));
