'use strict';
// removeAllListeners([type]) and the 'removeListener' events it emits.
require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

function a() {}
function b() {}
function c() {}

const e = new EventEmitter();
e.on('x', a);
e.on('x', b);
e.on('y', c);
assert.strictEqual(e.removeAllListeners('x'), e);
assert.deepStrictEqual(e.eventNames(), ['y']);
assert.strictEqual(e.removeAllListeners(), e);
assert.deepStrictEqual(e.eventNames(), []);
assert.strictEqual(e._eventsCount, 0);
assert.strictEqual(Object.getPrototypeOf(e._events), null);

// With 'removeListener' listeners: each removal is reported, newest first per type,
// types in insertion order; the 'removeListener' listeners go last (unreported: once
// removed, nobody listens any more).
const e2 = new EventEmitter();
const seen = [];
e2.on('x', a);
e2.on('x', b);
e2.once('y', c);
e2.on('removeListener', function rl(type, listener) {
  seen.push([type, listener.name || listener.listener.name]);
});
e2.removeAllListeners();
assert.deepStrictEqual(seen, [['x', 'b'], ['x', 'a'], ['y', 'c']]);
assert.deepStrictEqual(e2.eventNames(), []);

// By type, with a 'removeListener' listener.
const e3 = new EventEmitter();
const seen3 = [];
e3.on('removeListener', (type, l) => seen3.push(type));
e3.on('x', a);
e3.on('z', b);
e3.removeAllListeners('x');
assert.deepStrictEqual(seen3, ['x']);
assert.deepStrictEqual(e3.eventNames(), ['removeListener', 'z']);

// Unknown type: no-op.
e3.removeAllListeners('nope');
assert.deepStrictEqual(e3.eventNames(), ['removeListener', 'z']);

// An emitter without _events.
const bare = Object.create(EventEmitter.prototype);
assert.strictEqual(bare.removeAllListeners(), bare);

// Listeners removed by removeAllListeners during an emit still run in that emit.
const e4 = new EventEmitter();
const order = [];
e4.on('go', () => { order.push(1); e4.removeAllListeners('go'); });
e4.on('go', () => order.push(2));
e4.emit('go');
e4.emit('go');
assert.deepStrictEqual(order, [1, 2]);
