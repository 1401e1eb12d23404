'use strict';
// terminate() ends a worker that is idle waiting for messages; its 'exit' listeners in the
// worker do not run, and a second postMessage after exit is dropped quietly.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', () => {});
  parentPort.postMessage('ready');
`, { eval: true });
w.once('message', common.mustCall(async () => {
  const code = await w.terminate();
  assert.strictEqual(code, 1);
  w.postMessage('after exit');
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
