'use strict';
// 'online' comes before the worker's first message, and 'exit' after its last.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const events = [];
const w = new Worker('const { parentPort } = require("worker_threads"); parentPort.postMessage(1); parentPort.postMessage(2);',
  { eval: true });
w.on('online', () => events.push('online'));
w.on('message', (m) => events.push(m));
w.on('exit', common.mustCall(() => assert.deepStrictEqual(events, ['online', 1, 2])));
