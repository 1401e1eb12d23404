'use strict';
// emitter.once(): the wrapper, its listener property, `this`, return value.
const common = require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
function l(a, b) {
  assert.strictEqual(this, e);
  return a + b;
}
assert.strictEqual(e.once('y', l), e);
const [wrapper] = e.rawListeners('y');
assert.strictEqual(typeof wrapper, 'function');
assert.strictEqual(wrapper.name, 'wrapper');
assert.strictEqual(wrapper.length, 0);
assert.strictEqual(wrapper.listener, l);
assert.deepStrictEqual(Object.getOwnPropertyNames(wrapper), ['length', 'name', 'prototype', 'listener']);
assert.deepStrictEqual(e.listeners('y'), [l]);

// Calling the raw wrapper removes it and returns the listener's result, with `this` the emitter.
assert.strictEqual(wrapper.call({ other: true }, 1, 2), 3);
assert.strictEqual(e.listenerCount('y'), 0);
assert.strictEqual(wrapper(5, 5), undefined);

// once listeners run once, even when emit is re-entered from the listener itself.
const e2 = new EventEmitter();
const fn = common.mustCall(() => {
  e2.emit('z');
});
e2.once('z', fn);
e2.emit('z');
e2.emit('z');

// Removing by the original function works for once listeners.
const e3 = new EventEmitter();
const never = common.mustNotCall();
e3.once('q', never);
e3.removeListener('q', never);
assert.strictEqual(e3.emit('q'), false);

// once() with the same function twice: two independent wrappers.
const e4 = new EventEmitter();
const cb = common.mustCall(2);
e4.once('w', cb);
e4.once('w', cb);
assert.strictEqual(e4.listenerCount('w'), 2);
e4.emit('w');
e4.emit('w');
assert.strictEqual(e4.listenerCount('w'), 0);
