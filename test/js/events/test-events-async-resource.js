'use strict';
// EventEmitterAsyncResource: an EventEmitter whose listeners run in its async context.
const common = require('../../common');
const assert = require('assert');
const { EventEmitterAsyncResource, EventEmitter } = require('events');
const { executionAsyncId } = require('async_hooks');

assert.strictEqual(require('events').EventEmitterAsyncResource, EventEmitterAsyncResource);
assert.ok(EventEmitterAsyncResource.prototype instanceof EventEmitter);
assert.deepStrictEqual(Object.getOwnPropertyNames(EventEmitterAsyncResource.prototype), [
  'constructor', 'emit', 'emitDestroy', 'asyncId', 'triggerAsyncId', 'asyncResource',
]);

// options.name is required for the class itself, not for subclasses or a string name.
assert.throws(() => new EventEmitterAsyncResource(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.name" property must be of type string. Received undefined',
});
assert.throws(() => new EventEmitterAsyncResource({}), { code: 'ERR_INVALID_ARG_TYPE' });
class Sub extends EventEmitterAsyncResource {}
const sub = new Sub();
assert.strictEqual(sub.asyncResource.constructor.name, 'EventEmitterReferencingAsyncResource');
new EventEmitterAsyncResource('by-string');

const ee = new EventEmitterAsyncResource({ name: 'test', captureRejections: true });
assert.strictEqual(typeof ee.asyncId, 'number');
assert.strictEqual(typeof ee.triggerAsyncId, 'number');
assert.strictEqual(ee.asyncResource.eventEmitter, ee);
ee.on('x', common.mustCall(function(v) {
  assert.strictEqual(this, ee);
  assert.strictEqual(v, 1);
  assert.strictEqual(executionAsyncId(), ee.asyncId);
}));
assert.strictEqual(ee.emit('x', 1), true);
assert.strictEqual(ee.emit('none'), false);

// captureRejections is passed on to EventEmitter.
ee.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'rej')));
ee.on('y', async () => { throw new Error('rej'); });
ee.emit('y');

// The private state is brand-checked.
assert.throws(() => EventEmitterAsyncResource.prototype.emit.call(new EventEmitter(), 'x'), TypeError);
ee.emitDestroy();
