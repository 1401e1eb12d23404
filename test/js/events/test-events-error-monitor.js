'use strict';
// errorMonitor listeners see 'error' events first, without consuming them.
const common = require('../../common');
const assert = require('assert');
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

const e = new EventEmitter();
const err = new Error('boom');
const order = [];
e.on(errorMonitor, common.mustCall((got, extra) => {
  assert.strictEqual(got, err);
  assert.strictEqual(extra, 'extra');
  order.push('monitor');
}, 2));
// No 'error' listener: the monitor runs, then the error is thrown.
assert.throws(() => e.emit('error', err, 'extra'), (thrown) => thrown === err);
assert.deepStrictEqual(order, ['monitor']);

e.on('error', common.mustCall(() => order.push('listener')));
assert.strictEqual(e.emit('error', err, 'extra'), true);
assert.deepStrictEqual(order, ['monitor', 'monitor', 'listener']);

// Monitors are ordinary listeners of a symbol event.
assert.strictEqual(e.listenerCount(errorMonitor), 1);
// (String keys come before symbol keys.)
assert.deepStrictEqual(e.eventNames(), ['error', errorMonitor]);
