'use strict';
// A worker's own 'uncaughtException' listener handles its errors: no 'error' in the parent.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('uncaughtException', (e) => parentPort.postMessage('handled ' + e.message));
  setTimeout(() => { throw new Error('late'); }, 1);
`, { eval: true });
w.on('message', common.mustCall((m) => assert.strictEqual(m, 'handled late')));
w.on('error', common.mustNotCall());
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
