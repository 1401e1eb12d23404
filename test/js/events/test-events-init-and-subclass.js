'use strict';
// EventEmitter as a function-style base class, ES class base, and EventEmitter.init.
const common = require('../../common');
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

function Legacy() {
  EventEmitter.call(this);
  this.name = 'legacy';
}
util.inherits(Legacy, EventEmitter);
const l = new Legacy();
l.on('x', common.mustCall(function() { assert.strictEqual(this, l); }));
l.emit('x');
assert.ok(l instanceof EventEmitter);
assert.deepStrictEqual(Object.keys(l), ['_events', '_eventsCount', '_maxListeners', 'name']);

class Modern extends EventEmitter {
  constructor() {
    super({ captureRejections: true });
    this.ready = true;
  }
  emit(type, ...args) {
    this.lastEmitted = type;
    return super.emit(type, ...args);
  }
}
const m = new Modern();
m.on('y', common.mustCall());
assert.strictEqual(m.emit('y'), true);
assert.strictEqual(m.lastEmitted, 'y');
assert.match(util.inspect(m), /^Modern \{/);
assert.match(util.inspect(m), /Symbol\(kCapture\): true/);

// init() on an existing emitter with its own _events keeps them (shape mode).
const e = new EventEmitter();
e.on('keep', () => {});
EventEmitter.init.call(e);
assert.strictEqual(e.listenerCount('keep'), 1);

// init() leaves an existing _maxListeners alone and turns falsy ones into undefined.
const g = Object.create(EventEmitter.prototype);
g._maxListeners = 0;
EventEmitter.init.call(g);
assert.strictEqual(g._maxListeners, undefined);
const h = Object.create(EventEmitter.prototype);
h._maxListeners = 7;
EventEmitter.init.call(h, { captureRejections: false });
assert.strictEqual(h.getMaxListeners(), 7);

// Without new, EventEmitter is a plain function call on `this`.
const target = {};
EventEmitter.call(target);
assert.strictEqual(target._eventsCount, 0);
