'use strict';
// EventEmitter listeners run in the store of whoever emits, unless bound with
// AsyncResource.bind / AsyncLocalStorage.bind or the emitter is an
// EventEmitterAsyncResource; timers/promises and AbortSignal listeners keep the store.
const common = require('../../common');
const assert = require('assert');
const { EventEmitter, EventEmitterAsyncResource } = require('events');
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const timersPromises = require('timers/promises');

const als = new AsyncLocalStorage();
const ee = new EventEmitter();

als.run('registrant', () => {
  ee.on('plain', common.mustCall(() => assert.strictEqual(als.getStore(), 'emitter')));
  ee.on('bound', AsyncResource.bind(common.mustCall(() => assert.strictEqual(als.getStore(), 'registrant'))));
  ee.on('bound-als', AsyncLocalStorage.bind(common.mustCall(() => {
    assert.strictEqual(als.getStore(), 'registrant');
  })));
});
als.run('emitter', () => {
  ee.emit('plain');
  ee.emit('bound');
  ee.emit('bound-als');
});

// EventEmitterAsyncResource: listeners run in the store current when the emitter was made.
const eear = als.run('creator', () => new EventEmitterAsyncResource({ name: 'TestResource' }));
eear.on('x', common.mustCall(function(arg) {
  assert.strictEqual(arg, 1);
  assert.strictEqual(this, eear);
  assert.strictEqual(als.getStore(), 'creator');
}));
als.run('somebody else', () => eear.emit('x', 1));
assert.ok(eear.asyncResource instanceof AsyncResource);
assert.strictEqual(typeof eear.asyncId, 'number');

// A stored snapshot runs later code in the captured store.
const snapshot = als.run('snap', () => AsyncLocalStorage.snapshot());
setTimeout(common.mustCall(() => {
  assert.strictEqual(als.getStore(), undefined);
  assert.strictEqual(snapshot(() => als.getStore()), 'snap');
}), 1);

als.run('timers/promises', async () => {
  await timersPromises.setTimeout(1);
  assert.strictEqual(als.getStore(), 'timers/promises');
  for await (const _ of timersPromises.setInterval(1)) { // eslint-disable-line no-unused-vars
    assert.strictEqual(als.getStore(), 'timers/promises');
    break;
  }
  const ac = new AbortController();
  ac.signal.addEventListener('abort', common.mustCall(() => {
    assert.strictEqual(als.getStore(), 'aborter');
  }));
  als.run('aborter', () => ac.abort());
  assert.strictEqual(als.getStore(), 'timers/promises');
}).then(common.mustCall());

// enterWith inside a callback stays within that callback's continuation.
setImmediate(common.mustCall(() => {
  als.enterWith('entered');
  process.nextTick(common.mustCall(() => assert.strictEqual(als.getStore(), 'entered')));
}));
setImmediate(common.mustCall(() => assert.strictEqual(als.getStore(), undefined)));
