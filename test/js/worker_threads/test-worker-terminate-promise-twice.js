'use strict';
// Two terminate() calls while the worker runs both settle with the exit code.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('setInterval(() => {}, 1000); require("worker_threads").parentPort.postMessage(1)', { eval: true });
w.once('message', common.mustCall(() => {
  Promise.all([w.terminate(), w.terminate()]).then(common.mustCall((codes) => {
    assert.deepStrictEqual(codes, [1, 1]);
  }));
}));
