'use strict';
// eval: true runs code as the worker's main script; argv reaches process.argv.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const code = `
const { parentPort, isMainThread, workerData } = require('worker_threads');
parentPort.postMessage({ isMainThread, argv: process.argv.slice(2), workerData, type: typeof require });
`;
const w = new Worker(code, { eval: true, argv: ['a', 2], workerData: null });
w.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, { isMainThread: false, argv: ['a', '2'], workerData: null, type: 'function' });
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
