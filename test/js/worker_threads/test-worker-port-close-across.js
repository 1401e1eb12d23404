'use strict';
// Closing a port in the worker fires 'close' on its other end in the parent.
const common = require('../../common');
const { Worker, MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (port) => port.close());
`, { eval: true });
w.postMessage(port2, [port2]);
port1.on('close', common.mustCall());
port1.on('message', common.mustNotCall());
