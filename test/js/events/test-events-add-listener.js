'use strict';
// on/addListener: order, return value, arguments, `this`, newListener.
const common = require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const calls = [];
assert.strictEqual(e.on('x', function first(...args) {
  assert.strictEqual(this, e);
  calls.push(['first', ...args]);
}), e);
assert.strictEqual(e.addListener('x', (...args) => calls.push(['second', ...args])), e);
assert.strictEqual(e.emit('x', 1, 'two', null), true);
assert.deepStrictEqual(calls, [['first', 1, 'two', null], ['second', 1, 'two', null]]);
assert.strictEqual(e.emit('nothing'), false);

// The same function twice is called twice.
const twice = common.mustCall(2);
e.on('t', twice);
e.on('t', twice);
e.emit('t');

// newListener fires before the listener is added, with (type, listener).
const e2 = new EventEmitter();
function later() {}
e2.on('newListener', common.mustCall((type, listener) => {
  assert.strictEqual(type, 'foo');
  assert.strictEqual(listener, later);
  assert.strictEqual(e2.listenerCount('foo'), 0);
}));
e2.on('foo', later);
assert.strictEqual(e2.listenerCount('foo'), 1);

// A listener added from within newListener for the same event comes first.
const e3 = new EventEmitter();
const order = [];
e3.once('newListener', (type) => {
  if (type === 'bar') e3.on('bar', () => order.push('from newListener'));
});
e3.on('bar', () => order.push('original'));
e3.emit('bar');
assert.deepStrictEqual(order, ['from newListener', 'original']);

// Many arguments are passed through unchanged.
const args = Array.from({ length: 20 }, (_, i) => i);
e.on('many', common.mustCall((...got) => assert.deepStrictEqual(got, args)));
e.emit('many', ...args);

// _events is created on demand for objects that never ran the constructor.
const bare = Object.create(EventEmitter.prototype);
bare.on('z', common.mustCall());
assert.strictEqual(bare._eventsCount, 1);
assert.strictEqual(Object.getPrototypeOf(bare._events), null);
bare.emit('z');
