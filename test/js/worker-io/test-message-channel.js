'use strict';
// MessageChannel / MessagePort in one thread: structured clone on post (a copy, Map kept,
// functions refused with DataCloneError), delivery after ticks and microtasks and before a
// later setImmediate, one message per callback, on() vs addEventListener() vs onmessage
// arguments, start() for unstarted ports, close() on both sides, and MessagePort not
// being constructible.
const common = require('../../common');
const assert = require('assert');

assert.strictEqual(typeof MessageChannel, 'function');
assert.strictEqual(typeof MessagePort, 'function');
assert.strictEqual(typeof MessageEvent, 'function');
assert.throws(() => new MessagePort(), {
  name: 'TypeError', code: 'ERR_CONSTRUCT_CALL_INVALID', message: 'Constructor cannot be called',
});

const { port1, port2 } = new MessageChannel();
assert.ok(port1 instanceof MessagePort);
assert.ok(port1 instanceof EventTarget);
assert.strictEqual(port1.hasRef(), false);

const order = [];
const original = { a: new Map([[1, { b: 2 }]]), d: new Date(0) };
port2.on('message', common.mustCall((value) => {
  order.push(['on', value]);
}, 2));
assert.strictEqual(port2.hasRef(), true);
port2.addEventListener('message', common.mustCall((event) => {
  assert.ok(event instanceof MessageEvent);
  assert.strictEqual(event.type, 'message');
  assert.strictEqual(event.target, port2);
  assert.deepStrictEqual(event.ports, []);
  order.push(['event', event.data]);
  Promise.resolve().then(() => order.push(['micro after', event.data]));
}, 2));
port1.postMessage(original);
port1.postMessage('second');
original.a.set(1, 'changed after posting');
assert.throws(() => port1.postMessage(() => {}), { name: 'DataCloneError', code: 25 });
assert.throws(() => port1.postMessage(), { code: 'ERR_MISSING_ARGS' });
process.nextTick(() => order.push(['tick']));
Promise.resolve().then(() => order.push(['micro']));
setImmediate(common.mustCall(() => {
  assert.strictEqual(order.length, 8);
  assert.deepStrictEqual(order.slice(0, 2), [['tick'], ['micro']]);
  assert.strictEqual(order[2][0], 'on');
  const received = order[2][1];
  assert.notStrictEqual(received, original);
  assert.deepStrictEqual(received, { a: new Map([[1, { b: 2 }]]), d: new Date(0) });
  assert.ok(received.a instanceof Map);
  assert.deepStrictEqual(order.slice(3), [
    ['event', received], ['micro after', received], ['on', 'second'], ['event', 'second'], ['micro after', 'second'],
  ]);
  port2.close();
}));

port2.on('close', common.mustCall(() => {
  // Closed: posting is silently dropped.
  port1.postMessage('dropped');
  port2.postMessage('dropped');
  testUnstarted();
}));

function testUnstarted() {
  // A port without 'message' listeners keeps its messages until start().
  const ch = new MessageChannel();
  ch.port1.postMessage(1);
  ch.port1.postMessage(2);
  const got = [];
  ch.port2.onmessage = common.mustCall((e) => {
    got.push(e.data);
    if (got.length === 2) {
      assert.deepStrictEqual(got, [1, 2]);
      assert.strictEqual(typeof ch.port2.onmessage, 'function');
      ch.port1.close();
    }
  }, 2);
  assert.strictEqual(ch.port2.hasRef(), true);
  ch.port2.unref();
  assert.strictEqual(ch.port2.hasRef(), false);
  ch.port2.ref();

  // addEventListener also starts the port; start() is harmless again.
  const ch2 = new MessageChannel();
  ch2.port2.start();
  ch2.port2.addEventListener('message', common.mustCall((e) => {
    assert.deepStrictEqual(e.data, [new Uint8Array([1, 2])]);
    ch2.port2.close();
  }));
  ch2.port1.postMessage([new Uint8Array([1, 2])]);
}
