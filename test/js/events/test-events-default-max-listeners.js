'use strict';
// EventEmitter.defaultMaxListeners and events.setMaxListeners(n) without targets.
require('../../common');
const assert = require('assert');
const events = require('events');
const { EventEmitter } = events;

const before = new EventEmitter();
const own = new EventEmitter().setMaxListeners(4);
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);

EventEmitter.defaultMaxListeners = 3;
assert.strictEqual(EventEmitter.defaultMaxListeners, 3);
assert.strictEqual(before.getMaxListeners(), 3);     // read at use, not at construction
assert.strictEqual(own.getMaxListeners(), 4);
assert.strictEqual(new EventEmitter().getMaxListeners(), 3);

events.setMaxListeners(7);
assert.strictEqual(EventEmitter.defaultMaxListeners, 7);
assert.strictEqual(events.getMaxListeners(before), 7);
events.setMaxListeners();                            // back to... the current default
assert.strictEqual(EventEmitter.defaultMaxListeners, 7);

assert.throws(() => { EventEmitter.defaultMaxListeners = -1; }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => { EventEmitter.defaultMaxListeners = 'a'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "defaultMaxListeners" argument must be of type number. Received type string (\'a\')',
});
assert.throws(() => events.setMaxListeners(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
});
assert.strictEqual(EventEmitter.defaultMaxListeners, 7);

// It cannot be redefined.
assert.throws(() => Object.defineProperty(EventEmitter, 'defaultMaxListeners', { value: 1 }),
              TypeError);
EventEmitter.defaultMaxListeners = 10;
