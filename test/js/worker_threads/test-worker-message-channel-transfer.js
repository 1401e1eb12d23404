'use strict';
// A MessagePort transferred to a worker keeps its channel: both directions work across threads.
const common = require('../../common');
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ port }) => {
    port.on('message', (m) => {
      port.postMessage(m * 10);
      if (m === 3) port.close();
    });
  });
`, { eval: true });
const { port1, port2 } = new MessageChannel();
w.postMessage({ port: port2 }, [port2]);
const got = [];
port1.on('message', common.mustCall((m) => got.push(m), 3));
port1.on('close', common.mustCall(() => {
  assert.deepStrictEqual(got, [10, 20, 30]);
}));
port1.postMessage(1);
port1.postMessage(2);
port1.postMessage(3);
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
