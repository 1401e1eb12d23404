'use strict';
// Every listener-taking method rejects non-functions with ERR_INVALID_ARG_TYPE.
require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const cases = [
  [1, 'type number (1)'],
  [null, 'null'],
  [undefined, 'undefined'],
  ['str', "type string ('str')"],
  [{}, 'an instance of Object'],
  [[], 'an instance of Array'],
  [Symbol('s'), 'type symbol (Symbol(s))'],
  [10n, 'type bigint (10n)'],
  [true, 'type boolean (true)'],
];
for (const method of ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener',
  'removeListener', 'off']) {
  for (const [value, received] of cases) {
    assert.throws(() => e[method]('foo', value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "listener" argument must be of type function. Received ${received}`,
    }, `${method}(${String(value)})`);
  }
}
assert.strictEqual(e.eventNames().length, 0);
