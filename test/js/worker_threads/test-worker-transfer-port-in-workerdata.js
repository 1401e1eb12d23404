'use strict';
// Ports can travel in workerData through transferList.
const common = require('../../common');
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const w = new Worker(`
  const { workerData } = require('worker_threads');
  workerData.port.postMessage(workerData.greeting);
  workerData.port.close();
`, { eval: true, workerData: { port: port2, greeting: 'via workerData' }, transferList: [port2] });
port1.on('message', common.mustCall((m) => assert.strictEqual(m, 'via workerData')));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
