'use strict';
// The Event class: constructor, defaults, flags, constants, property attributes.
require('../../common');
const assert = require('assert');

const ev = new Event('foo');
assert.strictEqual(ev.type, 'foo');
assert.strictEqual(ev.bubbles, false);
assert.strictEqual(ev.cancelable, false);
assert.strictEqual(ev.composed, false);
assert.strictEqual(ev.defaultPrevented, false);
assert.strictEqual(ev.isTrusted, false);
assert.strictEqual(ev.returnValue, true);
assert.strictEqual(ev.cancelBubble, false);
assert.strictEqual(ev.eventPhase, 0);
assert.strictEqual(typeof ev.timeStamp, 'number');
assert.ok(ev.timeStamp >= 0);
assert.deepStrictEqual(Object.keys(ev), []);

const full = new Event('bar', { bubbles: 1, cancelable: 'yes', composed: {} });
assert.strictEqual(full.bubbles, true);                // truthy values count
assert.strictEqual(full.cancelable, true);
assert.strictEqual(full.composed, true);

// Type conversion.
assert.strictEqual(new Event(1).type, '1');
assert.strictEqual(new Event(null).type, 'null');
assert.strictEqual(new Event(undefined).type, 'undefined');
assert.strictEqual(new Event({ toString() { return 'zz'; } }).type, 'zz');
assert.throws(() => new Event(Symbol('s')), TypeError);

// Options validation: a non-array object, or null.
new Event('x', null);
new Event('x', new Map());
for (const [value, received] of [
  [1, 'type number (1)'],
  ['s', "type string ('s')"],
  [true, 'type boolean (true)'],
  [[], 'an instance of Array'],
  [function named() {}, 'function named'],
]) {
  assert.throws(() => new Event('x', value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "options" argument must be of type object. Received ${received}`,
  });
}
assert.throws(() => new Event(), {
  code: 'ERR_MISSING_ARGS',
  name: 'TypeError',
  message: 'The "type" argument must be specified',
});
assert.throws(() => Event('x'), TypeError);

// Phase constants: on the constructor only.
assert.deepStrictEqual([Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE],
                       [0, 1, 2, 3]);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Event, 'AT_TARGET'),
                       { value: 2, writable: false, enumerable: true, configurable: false });
assert.strictEqual(ev.AT_TARGET, undefined);
assert.strictEqual(Event.length, 1);

// Prototype shape.
assert.deepStrictEqual(Object.getOwnPropertyNames(Event.prototype), [
  'constructor', 'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target',
  'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp',
  'composedPath', 'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble',
  'stopPropagation', 'isTrusted',
]);
for (const name of Object.getOwnPropertyNames(Event.prototype)) {
  if (name === 'constructor') continue;
  const d = Object.getOwnPropertyDescriptor(Event.prototype, name);
  assert.strictEqual(d.enumerable, true, name);
  assert.strictEqual(d.configurable, name !== 'isTrusted', name);
}
assert.strictEqual(Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.name, 'get type');
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(Event.prototype, 'returnValue').set, 'function');
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(Event.prototype, 'cancelBubble').set, 'function');
assert.strictEqual(Object.getOwnPropertyDescriptor(Event.prototype, 'type').set, undefined);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Event.prototype, Symbol.toStringTag),
                       { value: 'Event', writable: false, enumerable: false, configurable: true });
assert.strictEqual(Object.prototype.toString.call(ev), '[object Event]');
assert.strictEqual(String(ev), '[object Event]');

// Accessors and methods are brand-checked.
for (const name of ['type', 'target', 'cancelable', 'defaultPrevented', 'timeStamp', 'eventPhase']) {
  assert.throws(() => Object.getOwnPropertyDescriptor(Event.prototype, name).get.call({}), {
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type Event',
  });
}
assert.throws(() => Event.prototype.type, { code: 'ERR_INVALID_THIS' });
assert.throws(() => Event.prototype.preventDefault.call({}), { code: 'ERR_INVALID_THIS' });
assert.throws(() => Event.prototype.composedPath.call(Object.create(Event.prototype)),
              { code: 'ERR_INVALID_THIS' });
