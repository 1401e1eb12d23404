'use strict';
// util.inspect of events: name, type, defaultPrevented, cancelable, timeStamp.
require('../../common');
const assert = require('assert');
const util = require('util');

const ev = new Event('foo', { cancelable: true });
const ts = ev.timeStamp;
assert.strictEqual(util.inspect(ev),
                   `Event {\n  type: 'foo',\n  defaultPrevented: false,\n  cancelable: true,\n` +
                   `  timeStamp: ${util.inspect(ts)}\n}`);
ev.preventDefault();
assert.match(util.inspect(ev), /defaultPrevented: true/);
assert.strictEqual(util.inspect(ev, { depth: -1 }), 'Event');
assert.strictEqual(util.inspect([ev], { depth: 0 }), '[ Event ]');
assert.strictEqual(util.inspect({ a: { b: { c: ev } } }), '{ a: { b: { c: Event } } }');

class MyEvent extends Event {
  constructor() {
    super('mine');
    this.extra = 1;                                   // not shown
  }
}
assert.match(util.inspect(new MyEvent()), /^MyEvent \{\n {2}type: 'mine',/);
assert.doesNotMatch(util.inspect(new MyEvent()), /extra/);

const ce = new CustomEvent('c', { detail: { deep: true } });
assert.match(util.inspect(ce), /^CustomEvent \{\n {2}type: 'c',\n {2}defaultPrevented: false,\n {2}cancelable: false,\n {2}timeStamp: [\d.]+\n\}$/);

// The custom inspector rejects other receivers.
const inspect = Event.prototype[util.inspect.custom];
assert.strictEqual(typeof inspect, 'function');
assert.throws(() => inspect.call({}, 1, {}), { code: 'ERR_INVALID_THIS' });
