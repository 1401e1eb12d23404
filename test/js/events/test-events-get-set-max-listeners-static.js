'use strict';
// events.getMaxListeners / events.setMaxListeners(n, ...targets).
require('../../common');
const assert = require('assert');
const { getMaxListeners, setMaxListeners, EventEmitter } = require('events');

const e = new EventEmitter();
const et = new EventTarget();
assert.strictEqual(getMaxListeners(e), 10);
assert.strictEqual(getMaxListeners(et), 10);

setMaxListeners(3, e, et);
assert.strictEqual(getMaxListeners(e), 3);
assert.strictEqual(e.getMaxListeners(), 3);
assert.strictEqual(getMaxListeners(et), 3);
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);   // unchanged with targets

setMaxListeners(0, et);
assert.strictEqual(getMaxListeners(et), 0);

// EventTargets created later start from the default at construction time.
EventEmitter.defaultMaxListeners = 4;
assert.strictEqual(getMaxListeners(new EventTarget()), 4);
assert.strictEqual(getMaxListeners(et), 0);
EventEmitter.defaultMaxListeners = 10;

// AbortSignals are EventTargets.
const { signal } = new AbortController();
setMaxListeners(20, signal);
assert.strictEqual(getMaxListeners(signal), 20);

for (const [value, received] of [[{}, 'an instance of Object'], [5, 'type number (5)']]) {
  assert.throws(() => getMaxListeners(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "emitter" argument must be an instance of EventEmitter or EventTarget. Received ${received}`,
  });
  assert.throws(() => setMaxListeners(1, e, value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "eventTargets" argument must be an instance of EventEmitter or EventTarget. Received ${received}`,
  });
}
assert.throws(() => setMaxListeners(-1, e), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => setMaxListeners('1', e), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "setMaxListeners" argument must be of type number. Received type string (\'1\')',
});
// null/undefined: getMaxListeners reports them, setMaxListeners fails reading a property.
assert.throws(() => getMaxListeners(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. Received null',
});
assert.throws(() => setMaxListeners(1, undefined), (err) => err instanceof TypeError && !err.code);
