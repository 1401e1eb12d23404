'use strict';
// Symbols as event names everywhere.
const common = require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

const s = Symbol('ev');
const s2 = Symbol.for('registered');
const e = new EventEmitter();
e.on(s, common.mustCall((v) => assert.strictEqual(v, 1)));
e.once(s2, common.mustCall());
assert.strictEqual(e.emit(s, 1), true);
assert.strictEqual(e.emit(s2), true);
assert.strictEqual(e.emit(s2), false);
assert.strictEqual(e.emit(Symbol('ev')), false);     // a different symbol
assert.deepStrictEqual(e.eventNames(), [s]);
assert.strictEqual(e.listenerCount(s), 1);
e.removeAllListeners(s);
assert.deepStrictEqual(e.eventNames(), []);

// Names are property keys: 1 and '1' are the same event.
e.on(1, common.mustCall(2));
e.emit('1');
e.emit(1);
assert.deepStrictEqual(e.eventNames(), ['1']);
