'use strict';
// prependListener / prependOnceListener put listeners first.
require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const order = [];
e.on('x', () => order.push('on1'));
assert.strictEqual(e.prependListener('x', () => order.push('prepended')), e);
e.on('x', () => order.push('on2'));
assert.strictEqual(e.prependOnceListener('x', () => order.push('once-first')), e);
e.emit('x');
assert.deepStrictEqual(order, ['once-first', 'prepended', 'on1', 'on2']);
order.length = 0;
e.emit('x');
assert.deepStrictEqual(order, ['prepended', 'on1', 'on2']);

// Prepending onto a single listener builds the array in the right order.
const e2 = new EventEmitter();
function a() {}
function b() {}
e2.on('y', a);
e2.prependListener('y', b);
assert.deepStrictEqual(e2.listeners('y'), [b, a]);

// newListener sees the original function for prependOnceListener.
const e3 = new EventEmitter();
function c() {}
let seen;
e3.on('newListener', (type, listener) => { seen = listener; });
e3.prependOnceListener('z', c);
assert.strictEqual(seen, c);
