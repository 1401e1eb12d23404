'use strict';
// terminate() stops a worker that never yields; the promise and 'exit' get code 1.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  require('worker_threads').parentPort.postMessage('spinning');
  for (;;) {}
`, { eval: true });
w.on('message', common.mustCall(() => {
  w.terminate().then(common.mustCall((code) => {
    assert.strictEqual(code, 1);
    return w.terminate();
  })).then(common.mustCall((again) => assert.strictEqual(again, undefined)));
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
