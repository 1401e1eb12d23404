'use strict';
// AbortSignal / AbortController prototypes, brand checks, constructors.
require('../../common');
const assert = require('assert');

assert.deepStrictEqual(Object.getOwnPropertyNames(AbortController.prototype), ['constructor', 'signal', 'abort']);
assert.deepStrictEqual(Object.getOwnPropertyNames(AbortSignal.prototype),
                       ['constructor', 'aborted', 'reason', 'throwIfAborted', 'onabort']);
assert.deepStrictEqual(Object.getOwnPropertyNames(AbortSignal), ['length', 'name', 'prototype', 'abort', 'timeout', 'any']);
const enumerable = (o, n) => Object.getOwnPropertyDescriptor(o, n).enumerable;
assert.strictEqual(enumerable(AbortController.prototype, 'signal'), true);
assert.strictEqual(enumerable(AbortController.prototype, 'abort'), true);
assert.strictEqual(enumerable(AbortSignal.prototype, 'aborted'), true);
assert.strictEqual(enumerable(AbortSignal.prototype, 'onabort'), true);
assert.strictEqual(enumerable(AbortSignal.prototype, 'reason'), false);
assert.strictEqual(enumerable(AbortSignal.prototype, 'throwIfAborted'), false);
assert.strictEqual(enumerable(AbortSignal, 'abort'), false);
assert.deepStrictEqual([AbortController.length, AbortSignal.length, AbortSignal.abort.length,
  AbortSignal.timeout.length, AbortSignal.any.length], [0, 0, 0, 1, 1]);

assert.throws(() => new AbortSignal(), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR',
  name: 'TypeError',
  message: 'Illegal constructor',
});
for (const name of ['aborted', 'reason']) {
  assert.throws(() => Object.getOwnPropertyDescriptor(AbortSignal.prototype, name).get.call({}), {
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type AbortSignal',
  });
}
assert.throws(() => AbortSignal.prototype.aborted, { code: 'ERR_INVALID_THIS' });
assert.throws(() => AbortSignal.prototype.throwIfAborted.call(new EventTarget()), { code: 'ERR_INVALID_THIS' });
assert.throws(() => AbortController.prototype.abort.call({}), TypeError);

const aborted = AbortSignal.abort();
assert.strictEqual(aborted.aborted, true);
assert.strictEqual(aborted.reason.name, 'AbortError');
assert.strictEqual(AbortSignal.abort('r').reason, 'r');
assert.throws(() => AbortSignal.abort('r').throwIfAborted(), (e) => e === 'r');
