'use strict';
// emitter.setMaxListeners / getMaxListeners and their validation.
require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
assert.strictEqual(e.getMaxListeners(), 10);
assert.strictEqual(e.setMaxListeners(3), e);
assert.strictEqual(e.getMaxListeners(), 3);
assert.strictEqual(e._maxListeners, 3);
e.setMaxListeners(0);
assert.strictEqual(e.getMaxListeners(), 0);
e.setMaxListeners(Infinity);
assert.strictEqual(e.getMaxListeners(), Infinity);
e.setMaxListeners(1.5);                            // any non-negative number
assert.strictEqual(e.getMaxListeners(), 1.5);

for (const [value, message] of [
  [-1, 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1'],
  [NaN, 'The value of "setMaxListeners" is out of range. It must be >= 0. Received NaN'],
  [-Infinity, 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -Infinity'],
]) {
  assert.throws(() => e.setMaxListeners(value), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message });
}
for (const [value, received] of [
  ['1', "type string ('1')"],
  [null, 'null'],
  [undefined, 'undefined'],
  [1n, 'type bigint (1n)'],
  [{}, 'an instance of Object'],
]) {
  assert.throws(() => e.setMaxListeners(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "setMaxListeners" argument must be of type number. Received ${received}`,
  });
}
assert.strictEqual(e.getMaxListeners(), 1.5);

// An own _maxListeners set before the constructor ran is kept.
class Preset extends EventEmitter {
  constructor() {
    super();
  }
}
Preset.prototype._maxListeners = 5;
assert.strictEqual(new Preset().getMaxListeners(), 5);
