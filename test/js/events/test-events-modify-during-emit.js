'use strict';
// Adding or removing listeners during an emit does not change that emit; listener arrays
// are copied on write while emitting (the count shows as Symbol(events.emitting)).
require('../../common');
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

const e = new EventEmitter();
const calls = [];
function f() { calls.push('f'); }
e.on('x', f);
e.on('x', function adder() {
  calls.push('adder');
  assert.match(util.inspect(e._events.x), /Symbol\(events\.emitting\): 1/);
  e.on('x', () => calls.push('late'));
  assert.match(util.inspect(e._events.x), /Symbol\(events\.emitting\): 0/);
});
const before = e._events.x;
e.emit('x');
assert.deepStrictEqual(calls, ['f', 'adder']);
assert.notStrictEqual(e._events.x, before);       // replaced, not mutated
assert.strictEqual(before.length, 2);
calls.length = 0;
e.emit('x');
// The second 'late' is added by this emit, so it waits for the next one.
assert.deepStrictEqual(calls, ['f', 'adder', 'late']);
assert.strictEqual(e.listenerCount('x'), 4);

// Outside emit the array is mutated in place.
const e2 = new EventEmitter();
e2.on('y', f);
e2.on('y', f);
const arr = e2._events.y;
e2.on('y', f);
assert.strictEqual(e2._events.y, arr);
e2.removeListener('y', f);
assert.strictEqual(e2._events.y, arr);
assert.strictEqual(arr.length, 2);

// Removing a later listener during emit: it still runs this time.
const e3 = new EventEmitter();
const seen = [];
function second() { seen.push('second'); }
e3.on('z', () => { seen.push('first'); e3.removeListener('z', second); });
e3.on('z', second);
e3.emit('z');
e3.emit('z');
assert.deepStrictEqual(seen, ['first', 'second', 'first']);

// Nested emits count up and back down.
const e4 = new EventEmitter();
let depth = 0;
const counts = [];
e4.on('n', () => {
  counts.push(util.inspect(e4._events.n).match(/emitting\): (\d)/)[1]);
  if (depth++ === 0) e4.emit('n');
});
e4.on('n', () => {});
e4.emit('n');
assert.deepStrictEqual(counts, ['1', '2']);
assert.match(util.inspect(e4._events.n), /emitting\): 0/);

// A throwing listener does not leave the array marked as emitting.
const e5 = new EventEmitter();
e5.on('t', () => { throw new Error('boom'); });
e5.on('t', () => {});
const list = e5._events.t;
assert.throws(() => e5.emit('t'), /boom/);
e5.on('t', () => {});
assert.strictEqual(e5._events.t, list);
assert.strictEqual(list.length, 3);
