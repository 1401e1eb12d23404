'use strict';
// The captureRejections option, the class-wide default and their validation.
const common = require('../../common');
const assert = require('assert');
const util = require('util');
const events = require('events');
const { EventEmitter } = events;

for (const [value, received] of [[1, 'type number (1)'], ['yes', "type string ('yes')"], [{}, 'an instance of Object']]) {
  assert.throws(() => new EventEmitter({ captureRejections: value }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "options.captureRejections" property must be of type boolean. Received ${received}`,
  });
  assert.throws(() => { EventEmitter.captureRejections = value; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "EventEmitter.captureRejections" property must be of type boolean. Received ${received}`,
  });
}
// Falsy non-booleans are accepted (not captured).
assert.match(util.inspect(new EventEmitter({ captureRejections: 0 })), /Symbol\(kCapture\): false/);
assert.match(util.inspect(new EventEmitter({ captureRejections: false })), /Symbol\(kCapture\): false/);

// The class-wide default applies to emitters created afterwards.
const before = new EventEmitter();
EventEmitter.captureRejections = true;
assert.strictEqual(events.captureRejections, true);
const after = new EventEmitter();
assert.match(util.inspect(after), /Symbol\(kCapture\): true/);
assert.match(util.inspect(before), /Symbol\(kCapture\): false/);
EventEmitter.captureRejections = false;

after.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'late')));
after.on('x', async () => { throw new Error('late'); });
after.emit('x');

// A rejecting 'error' listener is not captured again (no loop): it is an unhandled rejection.
const e = new EventEmitter({ captureRejections: true });
const second = new Error('from error listener');
process.on('unhandledRejection', common.mustCall((reason) => {
  assert.strictEqual(reason, second);
}));
e.on('error', common.mustCall(async () => { throw second; }));
e.on('y', async () => { throw new Error('first'); });
e.emit('y');
