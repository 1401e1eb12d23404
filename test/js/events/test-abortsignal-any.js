'use strict';
// AbortSignal.any: aborts with the first source's reason; dependants are marked aborted
// before any abort event fires.
const common = require('../../common');
const assert = require('assert');

const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const nested = AbortSignal.any([any]);
assert.strictEqual(any.aborted, false);
const order = [];
b.signal.addEventListener('abort', common.mustCall(() => {
  order.push('source');
  assert.strictEqual(any.aborted, true);
  assert.strictEqual(nested.aborted, true);
}));
any.addEventListener('abort', common.mustCall((e) => {
  order.push('any');
  assert.strictEqual(e.isTrusted, true);
}));
nested.addEventListener('abort', common.mustCall(() => order.push('nested')));
b.abort('second');
a.abort('first');
assert.deepStrictEqual(order, ['source', 'any', 'nested']);
assert.strictEqual(any.reason, 'second');
assert.strictEqual(nested.reason, 'second');

// An already aborted source: the result is aborted at once.
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre')]);
assert.strictEqual(pre.aborted, true);
assert.strictEqual(pre.reason, 'pre');
assert.strictEqual(AbortSignal.any([]).aborted, false);
// Any iterable works.
assert.strictEqual(AbortSignal.any(new Set([AbortSignal.abort(1)])).reason, 1);

assert.throws(() => AbortSignal.any('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'signals cannot be converted to sequence.',
});
assert.throws(() => AbortSignal.any(1), { message: 'signals cannot be converted to sequence.' });
assert.throws(() => AbortSignal.any([a.signal, {}]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'signals[1] is not of type AbortSignal.',
});
