'use strict';
// removeListener/off: which instance goes, the 'removeListener' event and its arguments.
const common = require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

function a() {}
function b() {}

// Removes the most recently added instance.
const e = new EventEmitter();
e.on('x', a);
e.on('x', b);
e.on('x', a);
assert.strictEqual(e.removeListener('x', a), e);
assert.deepStrictEqual(e.listeners('x'), [a, b]);
assert.strictEqual(e.off('x', a), e);
assert.strictEqual(e._events.x, b);             // back to a single function
e.removeListener('x', b);
assert.strictEqual(e._eventsCount, 0);
assert.deepStrictEqual(Object.keys(e._events), []);

// Unknown listener or type: nothing happens.
const e2 = new EventEmitter();
e2.on('x', a);
e2.removeListener('x', b);
e2.removeListener('nope', a);
assert.deepStrictEqual(e2.listeners('x'), [a]);

// Single-function path: 'removeListener' gets the original of a once wrapper.
const e3 = new EventEmitter();
e3.once('z', a);
e3.on('removeListener', common.mustCall((type, listener) => {
  assert.strictEqual(type, 'z');
  assert.strictEqual(listener, a);
}));
e3.emit('z');

// Array path: 'removeListener' gets the argument as passed (here the wrapper itself).
const e4 = new EventEmitter();
e4.once('z', a);
e4.on('z', b);
const seen = [];
e4.on('removeListener', (type, listener) => seen.push(listener));
e4.emit('z');
assert.strictEqual(seen.length, 1);
assert.strictEqual(seen[0].listener, a);

// Removing `a` from [a, once(a)] removes the once wrapper (the last match).
const e5 = new EventEmitter();
e5.on('z', a);
e5.once('z', a);
e5.removeListener('z', a);
assert.strictEqual(e5._events.z, a);

// 'removeListener' fires after removal.
const e6 = new EventEmitter();
e6.on('q', a);
e6.on('removeListener', common.mustCall(() => {
  assert.strictEqual(e6.listenerCount('q'), 0);
}));
e6.removeListener('q', a);

// Removing the last listener of one type leaves the others alone.
const e7 = new EventEmitter();
e7.on('p', a);
e7.on('r', b);
e7.removeListener('p', a);
assert.deepStrictEqual(e7.eventNames(), ['r']);
assert.strictEqual(e7._eventsCount, 1);

// A listener can remove itself while being emitted.
const e8 = new EventEmitter();
const self = common.mustCall(() => e8.removeListener('s', self));
e8.on('s', self);
e8.on('s', common.mustCall(2));
e8.emit('s');
e8.emit('s');
