'use strict';
// listeners() unwraps once wrappers, rawListeners() does not; both return copies.
require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

function a() {}
function b() {}
const e = new EventEmitter();
assert.deepStrictEqual(e.listeners('x'), []);
assert.deepStrictEqual(e.rawListeners('x'), []);

e.on('x', a);
const l1 = e.listeners('x');
assert.deepStrictEqual(l1, [a]);
l1.push(b);                                   // a copy
assert.deepStrictEqual(e.listeners('x'), [a]);

e.once('x', b);
assert.deepStrictEqual(e.listeners('x'), [a, b]);
const raw = e.rawListeners('x');
assert.strictEqual(raw[0], a);
assert.notStrictEqual(raw[1], b);
assert.strictEqual(raw[1].listener, b);
raw.pop();
assert.strictEqual(e.rawListeners('x').length, 2);
assert.notStrictEqual(e.rawListeners('x'), e._events.x);

// Calling a raw once wrapper fires and removes it.
e.rawListeners('x')[1]();
assert.deepStrictEqual(e.listeners('x'), [a]);

// The copies carry no bookkeeping symbols.
e.on('x', b);
assert.deepStrictEqual(Object.getOwnPropertySymbols(e.listeners('x')), []);
assert.deepStrictEqual(Object.getOwnPropertySymbols(e.rawListeners('x')), []);

const bare = Object.create(EventEmitter.prototype);
assert.deepStrictEqual(bare.listeners('x'), []);
