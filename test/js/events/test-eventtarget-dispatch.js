'use strict';
// EventTarget dispatch: listener order, `this`, and the event's state during and after.
const common = require('../../common');
const assert = require('assert');

const et = new EventTarget();
const ev = new Event('foo', { cancelable: true });
assert.strictEqual(ev.target, null);
assert.strictEqual(ev.currentTarget, null);
assert.strictEqual(ev.eventPhase, Event.NONE);
assert.deepStrictEqual(ev.composedPath(), []);

const order = [];
et.addEventListener('foo', common.mustCall(function(e) {
  order.push(1);
  assert.strictEqual(this, et);
  assert.strictEqual(e, ev);
  assert.strictEqual(e.target, et);
  assert.strictEqual(e.currentTarget, et);
  assert.strictEqual(e.srcElement, et);
  assert.strictEqual(e.eventPhase, Event.AT_TARGET);
  assert.deepStrictEqual(e.composedPath(), [et]);
  assert.strictEqual(e.isTrusted, false);
}));
et.addEventListener('foo', () => order.push(2));
et.addEventListener('bar', common.mustNotCall());

assert.strictEqual(et.dispatchEvent(ev), true);
assert.deepStrictEqual(order, [1, 2]);
assert.strictEqual(ev.target, et);                // kept
assert.strictEqual(ev.currentTarget, null);       // reset
assert.strictEqual(ev.eventPhase, Event.NONE);
assert.deepStrictEqual(ev.composedPath(), []);

// dispatchEvent returns false when a listener cancels a cancelable event.
et.addEventListener('c', (e) => e.preventDefault());
assert.strictEqual(et.dispatchEvent(new Event('c', { cancelable: true })), false);
assert.strictEqual(et.dispatchEvent(new Event('c')), true);

// No listeners: true.
assert.strictEqual(new EventTarget().dispatchEvent(new Event('x')), true);

// An event can be dispatched again after its dispatch ended, even on another target.
const other = new EventTarget();
other.addEventListener('foo', common.mustCall((e) => assert.strictEqual(e.target, other)));
other.dispatchEvent(ev);

// The type is converted with String semantics.
const t = new EventTarget();
t.addEventListener(1, common.mustCall());
t.dispatchEvent(new Event('1'));
t.addEventListener({ toString() { return 'obj'; } }, common.mustCall());
t.dispatchEvent(new Event('obj'));
