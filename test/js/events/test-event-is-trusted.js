'use strict';
// isTrusted: false for user-created events, true for the abort event of an AbortSignal.
const common = require('../../common');
const assert = require('assert');

assert.strictEqual(new Event('x').isTrusted, false);
assert.strictEqual(new Event('x', { isTrusted: true }).isTrusted, false);
const getter = Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get;
assert.strictEqual(getter.name, 'get isTrusted');
assert.strictEqual(getter.call({}), false);               // no brand check

const ac = new AbortController();
ac.signal.addEventListener('abort', common.mustCall((e) => {
  assert.strictEqual(e.type, 'abort');
  assert.strictEqual(e.isTrusted, true);
  assert.strictEqual(e.target, ac.signal);
}));
ac.abort();
// isTrusted cannot be redefined on the prototype.
assert.throws(() => Object.defineProperty(Event.prototype, 'isTrusted', { value: true }), TypeError);
