'use strict';
// A MessageChannel made inside a worker: one port is sent to the parent, the worker keeps the other.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort, MessageChannel } = require('worker_threads');
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (m) => { port1.postMessage(m + '!'); port1.close(); });
  parentPort.postMessage({ port: port2 }, [port2]);
`, { eval: true });
w.on('message', common.mustCall(({ port }) => {
  port.on('message', common.mustCall((m) => assert.strictEqual(m, 'hi!')));
  port.on('close', common.mustCall());
  port.postMessage('hi');
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
