'use strict';
// events.getEventListeners for EventEmitters and EventTargets.
require('../../common');
const assert = require('assert');
const { getEventListeners, EventEmitter } = require('events');

function a() {}
function b() {}
const e = new EventEmitter();
e.on('x', a);
e.once('x', b);
assert.deepStrictEqual(getEventListeners(e, 'x'), [a, b]);
assert.deepStrictEqual(getEventListeners(e, 'none'), []);

const et = new EventTarget();
const handler = { handleEvent() {} };
et.addEventListener('x', a);
et.addEventListener('x', a);              // duplicate, ignored
et.addEventListener('x', a, true);        // capture: a separate registration
et.addEventListener('x', handler);
et.addEventListener('y', b, { once: true });
assert.deepStrictEqual(getEventListeners(et, 'x'), [a, a, handler]);
assert.deepStrictEqual(getEventListeners(et, 'y'), [b]);
assert.deepStrictEqual(getEventListeners(et, 'none'), []);
et.dispatchEvent(new Event('y'));
assert.deepStrictEqual(getEventListeners(et, 'y'), []);
et.removeEventListener('x', a);
assert.deepStrictEqual(getEventListeners(et, 'x'), [a, handler]);

// Anything with a listeners() method is asked directly.
assert.deepStrictEqual(getEventListeners({ listeners: (t) => [t] }, 'q'), ['q']);

for (const [value, received] of [
  [{}, 'an instance of Object'],
  [1, 'type number (1)'],
  ['s', "type string ('s')"],
]) {
  assert.throws(() => getEventListeners(value, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "emitter" argument must be an instance of EventEmitter or EventTarget. Received ${received}`,
  });
}
// null and undefined: a plain TypeError from reading .listeners.
assert.throws(() => getEventListeners(null, 'x'), (err) => err instanceof TypeError && !err.code);
assert.throws(() => getEventListeners(undefined, 'x'), (err) => err instanceof TypeError && !err.code);
