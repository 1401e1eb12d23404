'use strict';
// The public surface of require('events'): keys, property attributes, prototype methods.
require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(require('node:events'), EventEmitter);
assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);
assert.deepStrictEqual(Object.keys(EventEmitter), [
  'addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners', 'listenerCount',
  'EventEmitter', 'usingDomains', 'captureRejectionSymbol', 'captureRejections',
  'EventEmitterAsyncResource', 'errorMonitor', 'defaultMaxListeners', 'setMaxListeners', 'init',
]);
assert.deepStrictEqual(Object.getOwnPropertyNames(EventEmitter.prototype), [
  'constructor', '_events', '_eventsCount', '_maxListeners', 'setMaxListeners',
  'getMaxListeners', 'emit', 'addListener', 'on', 'prependListener', 'once',
  'prependOnceListener', 'removeListener', 'off', 'removeAllListeners', 'listeners',
  'rawListeners', 'listenerCount', 'eventNames',
]);
assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);
assert.strictEqual(EventEmitter.prototype.on.name, 'addListener');
assert.strictEqual(EventEmitter.prototype.off.name, 'removeListener');
assert.strictEqual(EventEmitter.length, 1);
assert.strictEqual(EventEmitter.prototype._events, undefined);
assert.strictEqual(EventEmitter.prototype._eventsCount, 0);
assert.strictEqual(EventEmitter.prototype._maxListeners, undefined);

assert.strictEqual(EventEmitter.usingDomains, false);
assert.strictEqual(EventEmitter.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
assert.strictEqual(EventEmitter.errorMonitor.description, 'events.errorMonitor');
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
assert.strictEqual(EventEmitter.captureRejections, false);

for (const name of ['captureRejections', 'defaultMaxListeners']) {
  const d = Object.getOwnPropertyDescriptor(EventEmitter, name);
  assert.strictEqual(typeof d.get, 'function');
  assert.strictEqual(typeof d.set, 'function');
  assert.strictEqual(d.enumerable, true);
  assert.strictEqual(d.configurable, false);
}
for (const name of ['kMaxEventTargetListeners', 'kMaxEventTargetListenersWarned']) {
  const d = Object.getOwnPropertyDescriptor(EventEmitter, name);
  assert.strictEqual(typeof d.value, 'symbol');
  assert.strictEqual(d.enumerable, false);
  assert.strictEqual(d.writable, false);
  assert.strictEqual(d.configurable, false);
}
assert.strictEqual(EventEmitter.kMaxEventTargetListeners.description, 'events.maxEventTargetListeners');
assert.strictEqual(EventEmitter.kMaxEventTargetListenersWarned.description,
                   'events.maxEventTargetListenersWarned');

const lazy = Object.getOwnPropertyDescriptor(EventEmitter, 'EventEmitterAsyncResource');
assert.strictEqual(typeof lazy.get, 'function');
assert.strictEqual(lazy.set, undefined);
assert.strictEqual(lazy.enumerable, true);

assert.strictEqual(EventEmitter.once.constructor.name, 'AsyncFunction');
assert.strictEqual(EventEmitter.on.name, 'on');
assert.strictEqual(EventEmitter.listenerCount.name, 'listenerCount');
assert.strictEqual(EventEmitter.setMaxListeners.name, '');
assert.strictEqual(EventEmitter.init.name, '');

// The kCapture default lives, non-enumerable, on the prototype.
const protoSymbols = Object.getOwnPropertySymbols(EventEmitter.prototype);
assert.deepStrictEqual(protoSymbols.map(String), ['Symbol(kCapture)']);
const d = Object.getOwnPropertyDescriptor(EventEmitter.prototype, protoSymbols[0]);
assert.deepStrictEqual(d, { value: false, writable: true, enumerable: false, configurable: false });
