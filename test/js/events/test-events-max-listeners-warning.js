'use strict';
// Going over the limit emits one MaxListenersExceededWarning per event type.
const common = require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
e.setMaxListeners(1);
const sym = Symbol('sym');
class Foo extends EventEmitter {}
const foo = new Foo();
foo.setMaxListeners(2);

const expected = [
  [e, 'x', 2, 'Possible EventEmitter memory leak detected. 2 x listeners added to ' +
    '[EventEmitter]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit'],
  [e, sym, 2, 'Possible EventEmitter memory leak detected. 2 Symbol(sym) listeners added to ' +
    '[EventEmitter]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit'],
  [foo, 'y', 3, 'Possible EventEmitter memory leak detected. 3 y listeners added to ' +
    '[Foo]. MaxListeners is 2. Use emitter.setMaxListeners() to increase limit'],
];
const e2 = new EventEmitter();
expected.push([e2, 'm', 2, 'Possible EventEmitter memory leak detected. 2 m listeners added to ' +
  '[EventEmitter]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit']);
process.on('warning', common.mustCall((w) => {
  const [emitter, type, count, message] = expected.shift();
  assert.ok(w instanceof Error);
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.message, message);
  assert.strictEqual(w.emitter, emitter);
  assert.strictEqual(w.type, type);
  assert.strictEqual(w.count, count);
  assert.deepStrictEqual(Object.keys(w), ['name', 'emitter', 'type', 'count']);
}, 4));

function f() {}
e.on('x', f);
e.on('x', f);               // warns
e.on('x', f);               // already warned for 'x'
assert.strictEqual(e._events.x.warned, true);
e.on(sym, f);
e.on(sym, f);               // warns
foo.on('y', f);
foo.on('y', f);
foo.once('y', f);           // warns (once wrappers count)

// 0 means unlimited.
const unlimited = new EventEmitter();
unlimited.setMaxListeners(0);
for (let i = 0; i < 50; i++) unlimited.on('z', f);

// The warned flag survives the copy made when adding during an emit: one warning for 'm'.
e2.setMaxListeners(1);
e2.on('m', f);
e2.on('m', () => e2.on('m', f));   // warns
e2.emit('m');                      // adds to a copy of the array
e2.emit('m');
assert.strictEqual(e2.listenerCount('m'), 4);
assert.strictEqual(e2._events.m.warned, true);
