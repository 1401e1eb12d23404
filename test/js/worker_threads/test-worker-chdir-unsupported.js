'use strict';
// Process-wide operations are not allowed in a worker.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  try { process.chdir('/'); } catch (e) { parentPort.postMessage([e.name, e.code, e.message]); }
`, { eval: true });
w.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, ['TypeError', 'ERR_WORKER_UNSUPPORTED_OPERATION',
    'process.chdir() is not supported in workers']);
}));
