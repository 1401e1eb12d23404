'use strict';
// When a worker ends, the ports it held close, so the parent's end hears 'close'.
const common = require('../../common');
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (port) => { port.postMessage('bye'); });
`, { eval: true });
w.postMessage(port2, [port2]);
port1.on('message', common.mustCall((m) => assert.strictEqual(m, 'bye')));
port1.on('close', common.mustCall());
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
