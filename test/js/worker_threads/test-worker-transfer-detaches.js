'use strict';
// Transferring an ArrayBuffer detaches it on the sending side (byteLength 0, views empty)
// while the receiver gets the bytes; a MessagePort transferred into a worker carries a
// reply back on its own channel.
const common = require('../../common');
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ buf, port }) => {
    port.postMessage(Array.from(new Uint8Array(buf)).reduce((s, b) => s + b, 0));
    port.close();
  });
`, { eval: true });
const buf = new Uint8Array([1, 2, 3, 4]).buffer;
const view = new Uint8Array(buf);
const { port1, port2 } = new MessageChannel();
w.postMessage({ buf, port: port2 }, [buf, port2]);
assert.strictEqual(buf.byteLength, 0);
assert.strictEqual(view.length, 0);
port1.on('message', common.mustCall((sum) => {
  assert.strictEqual(sum, 10);
  port1.close();
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
