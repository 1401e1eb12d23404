'use strict';
// An uncaught error in a worker becomes 'error' on the Worker, then 'exit' with code 1.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const events = [];
const w = new Worker('const e = new RangeError("worker boom"); e.extra = 1; throw e;', { eval: true });
w.on('error', common.mustCall((err) => {
  events.push('error');
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.message, 'worker boom');
  assert.match(err.stack, /worker boom/);
}));
w.on('exit', common.mustCall((code) => {
  events.push('exit');
  assert.strictEqual(code, 1);
  assert.deepStrictEqual(events, ['error', 'exit']);
}));
