'use strict';
require('../../common');
const assert = require('assert');
const { AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId } = require('async_hooks');

const als = new AsyncLocalStorage();
const r = als.run('R', () => new AsyncResource('MY_TYPE'));
assert.strictEqual(typeof r.asyncId(), 'number');
assert.ok(r.asyncId() > 1);
assert.strictEqual(r.triggerAsyncId(), 1);
const result = r.runInAsyncScope(function(a, b) {
  assert.strictEqual(this, 'thisArg');
  assert.strictEqual(executionAsyncId(), r.asyncId());
  assert.strictEqual(triggerAsyncId(), 1);
  assert.strictEqual(als.getStore(), 'R');
  return a * b;
}, 'thisArg', 6, 7);
assert.strictEqual(result, 42);
assert.strictEqual(executionAsyncId(), 1);
assert.strictEqual(r.emitDestroy(), r);
const r2 = new AsyncResource('T', { triggerAsyncId: 123 });
assert.strictEqual(r2.triggerAsyncId(), 123);
assert.strictEqual(new AsyncResource('T', 77).triggerAsyncId(), 77);
assert.notStrictEqual(r2.asyncId(), r.asyncId());
const fn = r.bind(function() { return [als.getStore(), this]; });
assert.deepStrictEqual(fn.call('me'), ['R', 'me']);
assert.strictEqual(r.bind(() => als.getStore(), 'x')(), 'R');
assert.strictEqual(fn.asyncResource, r);
const sb = AsyncResource.bind(function named() {});
assert.strictEqual(sb.asyncResource instanceof AsyncResource, true);

assert.throws(() => new AsyncResource(), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "type" argument must be of type string. Received undefined' });
assert.throws(() => new AsyncResource('x', { triggerAsyncId: -2 }), { name: 'RangeError', code: 'ERR_INVALID_ASYNC_ID',
  message: 'Invalid triggerAsyncId value: -2' });
assert.throws(() => new AsyncResource('x', { triggerAsyncId: 'a' }), { code: 'ERR_INVALID_ASYNC_ID',
  message: 'Invalid triggerAsyncId value: a' });
assert.throws(() => AsyncResource.bind(1), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (1)' });
assert.throws(() => r.bind({}), { code: 'ERR_INVALID_ARG_TYPE' });
