'use strict';
// eventNames(): registered types, strings first then symbols, insertion order.
require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

function f() {}
const s1 = Symbol('s1');
const e = new EventEmitter();
assert.deepStrictEqual(e.eventNames(), []);
e.on(s1, f);
e.on('b', f);
e.on('a', f);
e.on('b', f);
assert.deepStrictEqual(e.eventNames(), ['b', 'a', s1]);
e.removeListener('b', f);
assert.deepStrictEqual(e.eventNames(), ['b', 'a', s1]);
e.removeListener('b', f);
assert.deepStrictEqual(e.eventNames(), ['a', s1]);
e.removeAllListeners();
assert.deepStrictEqual(e.eventNames(), []);

// Integer-like names follow JS key order.
const e2 = new EventEmitter();
e2.on('z', f);
e2.on('2', f);
e2.on('1', f);
assert.deepStrictEqual(e2.eventNames(), ['1', '2', 'z']);

// Keys holding undefined are not names, and nothing is reported while the count is 0.
const e3 = new EventEmitter();
e3._events.manual = f;
assert.deepStrictEqual(e3.eventNames(), []);
e3._eventsCount = 1;
e3._events.hole = undefined;
assert.deepStrictEqual(e3.eventNames(), ['manual']);
