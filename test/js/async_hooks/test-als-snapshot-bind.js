'use strict';
const common = require('../../common');
const assert = require('assert');
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');

const als = new AsyncLocalStorage();
const snap = als.run(1, () => AsyncLocalStorage.snapshot());
assert.strictEqual(snap(() => als.getStore()), 1);
assert.strictEqual(snap((a, b) => a + b, 2, 3), 5);
als.run(2, () => assert.strictEqual(snap(() => als.getStore()), 1));
const bound = als.run(3, () => AsyncLocalStorage.bind(function(x) { return [als.getStore(), x, this]; }));
assert.deepStrictEqual(bound.call('T', 'x'), [3, 'x', 'T']);
assert.strictEqual(bound.length, 1);
assert.ok(bound.asyncResource instanceof AsyncResource);
als.run(4, () => {
  setTimeout(common.mustCall(() => assert.strictEqual(snap(() => als.getStore()), 1)), 1);
});
// EventEmitter listeners run in the emitter's caller's store, not the registrant's (as in Node).
const { EventEmitter } = require('events');
const ee = new EventEmitter();
als.run('reg', () => ee.on('x', common.mustCall(() => assert.strictEqual(als.getStore(), 'emit'))));
als.run('emit', () => ee.emit('x'));
