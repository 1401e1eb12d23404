'use strict';
// Error kinds survive serialization; custom names fall back to Error; message-less errors stay so.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

for (const Ctor of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const e = v8.deserialize(v8.serialize(new Ctor('m')));
  assert.strictEqual(Object.getPrototypeOf(e), Ctor.prototype);
  assert.strictEqual(e.message, 'm');
}
class MyError extends Error {}
const custom = new MyError('mine');
custom.name = 'MyError';
assert.strictEqual(Object.getPrototypeOf(v8.deserialize(v8.serialize(custom))), Error.prototype);
const bare = v8.deserialize(v8.serialize(new Error()));
assert.strictEqual(Object.prototype.hasOwnProperty.call(bare, 'message'), false);
assert.strictEqual(typeof bare.stack, 'string');
