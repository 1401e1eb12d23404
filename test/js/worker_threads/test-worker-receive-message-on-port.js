'use strict';
// receiveMessageOnPort() takes messages synchronously, in order, in one thread and across threads.
const common = require('../../common');
const assert = require('assert');
const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
port1.postMessage({ a: 1 });
port1.postMessage('b');
assert.deepStrictEqual(receiveMessageOnPort(port2), { message: { a: 1 } });
assert.deepStrictEqual(receiveMessageOnPort(port2), { message: 'b' });
assert.strictEqual(receiveMessageOnPort(port2), undefined);
assert.throws(() => receiveMessageOnPort({}), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
port1.close();

// Across threads: the worker posts, then tells us through parentPort; the port message is there.
const ch = new MessageChannel();
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (port) => {
    port.postMessage('from worker');
    parentPort.postMessage('sent');
  });
`, { eval: true });
w.postMessage(ch.port2, [ch.port2]);
w.on('message', common.mustCall(() => {
  assert.deepStrictEqual(receiveMessageOnPort(ch.port1), { message: 'from worker' });
  assert.strictEqual(receiveMessageOnPort(ch.port1), undefined);
  ch.port1.close();
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
