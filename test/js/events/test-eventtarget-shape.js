'use strict';
// EventTarget's prototype, brand, inspection and subclassing.
require('../../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(EventTarget.length, 0);
assert.deepStrictEqual(Object.getOwnPropertyNames(EventTarget.prototype),
                       ['constructor', 'addEventListener', 'removeEventListener', 'dispatchEvent']);
for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  const d = Object.getOwnPropertyDescriptor(EventTarget.prototype, name);
  assert.strictEqual(d.enumerable, true, name);
  assert.strictEqual(d.writable, true, name);
  assert.strictEqual(d.configurable, true, name);
}
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(EventTarget.prototype, Symbol.toStringTag),
                       { value: 'EventTarget', writable: false, enumerable: false, configurable: true });
assert.strictEqual(Object.prototype.toString.call(new EventTarget()), '[object EventTarget]');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(EventTarget, Symbol.for('nodejs.event_target')),
                       { value: true, writable: true, enumerable: true, configurable: true });

const et = new EventTarget();
assert.deepStrictEqual(Object.keys(et), []);
assert.strictEqual(util.inspect(et), 'EventTarget {}');
assert.strictEqual(util.inspect(et, { showHidden: true }), 'EventTarget {}');
assert.strictEqual(util.inspect(et, { depth: -1 }), 'EventTarget');
assert.strictEqual(util.inspect({ a: { b: et } }), '{ a: { b: EventTarget {} } }');

class Foo extends EventTarget {
  constructor() {
    super();
    this.own = 1;
  }
}
const foo = new Foo();
assert.strictEqual(util.inspect(foo), 'Foo {}');         // own fields are not shown
assert.strictEqual(Object.prototype.toString.call(foo), '[object EventTarget]');
foo.addEventListener('x', function() { this.own++; });
foo.dispatchEvent(new Event('x'));
assert.strictEqual(foo.own, 2);
