'use strict';
// EventTarget argument and receiver errors, with Node's codes and texts.
require('../../common');
const assert = require('assert');

const et = new EventTarget();
const missing = (names) => ({ code: 'ERR_MISSING_ARGS', name: 'TypeError', message: names });
assert.throws(() => et.addEventListener(), missing('The "type" and "listener" arguments must be specified'));
assert.throws(() => et.addEventListener('a'), missing('The "type" and "listener" arguments must be specified'));
assert.throws(() => et.removeEventListener(), missing('The "type" and "listener" arguments must be specified'));
assert.throws(() => et.removeEventListener('a'), missing('The "type" and "listener" arguments must be specified'));
assert.throws(() => et.dispatchEvent(), missing('The "event" argument must be specified'));

for (const [value, received] of [[1, 'type number (1)'], ['s', "type string ('s')"], [true, 'type boolean (true)']]) {
  assert.throws(() => et.addEventListener('a', value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "listener" argument must be an instance of EventListener. Received ${received}`,
  });
}
assert.throws(() => et.dispatchEvent(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "event" argument must be an instance of Event. Received type number (1)',
});
assert.throws(() => et.dispatchEvent({ type: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "event" argument must be an instance of Event. Received an instance of Object',
});
assert.throws(() => et.addEventListener('a', () => {}, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => et.addEventListener('a', () => {}, { signal: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
});
assert.throws(() => et.addEventListener(Symbol('s'), () => {}), TypeError);

// Methods need an EventTarget receiver.
for (const method of ['addEventListener', 'removeEventListener']) {
  assert.throws(() => EventTarget.prototype[method].call({}, 'a', () => {}), {
    code: 'ERR_INVALID_THIS',
    name: 'TypeError',
    message: 'Value of "this" must be of type EventTarget',
  });
}
assert.throws(() => EventTarget.prototype.dispatchEvent.call({}, new Event('a')), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type EventTarget',
});

// Re-dispatching an event from its own listener.
et.addEventListener('r', (e) => {
  assert.throws(() => et.dispatchEvent(e), {
    code: 'ERR_EVENT_RECURSION',
    name: 'Error',
    message: 'The event "r" is already being dispatched',
  });
});
et.dispatchEvent(new Event('r'));

assert.throws(() => EventTarget(), TypeError);   // class constructor without new
