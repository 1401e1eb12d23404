'use strict';
require('../../common');
const assert = require('assert');
const ah = require('async_hooks');
assert.deepStrictEqual(Object.keys(ah), ['AsyncLocalStorage', 'createHook', 'executionAsyncId', 'triggerAsyncId',
  'executionAsyncResource', 'asyncWrapProviders', 'AsyncResource']);
assert.deepStrictEqual(Object.getOwnPropertyNames(ah.AsyncLocalStorage.prototype), ['constructor', 'name', 'disable',
  'enterWith', 'run', 'exit', 'getStore', 'withScope']);
assert.deepStrictEqual(Object.getOwnPropertyNames(ah.AsyncLocalStorage).sort(), ['bind', 'length', 'name', 'prototype', 'snapshot']);
assert.deepStrictEqual(Object.getOwnPropertyNames(ah.AsyncResource.prototype), ['constructor', 'runInAsyncScope',
  'emitDestroy', 'asyncId', 'triggerAsyncId', 'bind']);
assert.strictEqual(Object.isFrozen(ah.asyncWrapProviders), true);
assert.strictEqual(Object.getPrototypeOf(ah.asyncWrapProviders), null);
assert.strictEqual(ah.asyncWrapProviders.NONE, 0);
assert.strictEqual(ah.asyncWrapProviders.TCPWRAP, 40);
assert.strictEqual(ah.asyncWrapProviders.VERIFYREQUEST, 67);
assert.strictEqual(ah.executionAsyncId(), 1);
assert.strictEqual(ah.triggerAsyncId(), 0);
assert.strictEqual(typeof globalThis.AsyncContext, 'undefined');
