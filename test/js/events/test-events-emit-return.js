'use strict';
// emit() returns whether there were listeners, and `this` inside listeners.
const common = require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
assert.strictEqual(e.emit('x'), false);
e.on('x', common.mustCall(function() {
  assert.strictEqual(this, e);
}));
assert.strictEqual(e.emit('x'), true);
// Arrow functions keep their lexical this.
const outer = this;
e.on('arrow', common.mustCall(() => assert.strictEqual(this, outer)));
e.emit('arrow');

// emit() called with another receiver uses that receiver's _events.
const other = new EventEmitter();
other.on('x', common.mustCall(function() { assert.strictEqual(this, other); }));
assert.strictEqual(EventEmitter.prototype.emit.call(other, 'x'), true);

// An emitter with _events wiped out by hand.
const w = new EventEmitter();
w._events = undefined;
assert.strictEqual(w.emit('x'), false);
assert.throws(() => w.emit('error', new Error('still thrown')), /still thrown/);

// The listener's return value does not matter.
const r = new EventEmitter();
r.on('v', () => false);
assert.strictEqual(r.emit('v'), true);

// Throwing listeners stop the emit and propagate.
const t = new EventEmitter();
t.on('z', () => { throw new Error('first'); });
t.on('z', common.mustNotCall());
assert.throws(() => t.emit('z'), /first/);
