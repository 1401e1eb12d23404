'use strict';
// diagnostics_channel bindStore/unbindStore/runStores with AsyncLocalStorage: fn runs inside
// every bound store, the message is published inside them first, transforms, a throwing
// transform, nesting, and that the store value flows into async work started inside.
const common = require('../../common');
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');
const dc = require('diagnostics_channel');

const ch = dc.channel('test:stores');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();

// Inactive channel: runStores just calls fn with thisArg and args.
const self = {};
assert.strictEqual(ch.runStores({ d: 1 }, function(a, b) {
  assert.strictEqual(this, self);
  assert.strictEqual(als.getStore(), undefined);
  return a + b;
}, self, 2, 3), 5);

assert.strictEqual(ch.bindStore(als), undefined);
assert.strictEqual(ch.hasSubscribers, true);
ch.bindStore(other, (data) => ({ wrapped: data }));
const data = { id: 7 };
ch.subscribe(common.mustCall((message) => {
  // Published inside the stores.
  assert.strictEqual(message, data);
  assert.strictEqual(als.getStore(), data);
  assert.deepStrictEqual(other.getStore(), { wrapped: data });
}, 2));
const result = ch.runStores(data, function(x) {
  assert.strictEqual(this, self);
  assert.strictEqual(x, 'arg');
  assert.strictEqual(als.getStore(), data);
  assert.deepStrictEqual(other.getStore(), { wrapped: data });
  setTimeout(common.mustCall(() => assert.strictEqual(als.getStore(), data)), 1);
  Promise.resolve().then(common.mustCall(() => assert.strictEqual(als.getStore(), data)));
  return 'ret';
}, self, 'arg');
assert.strictEqual(result, 'ret');
assert.strictEqual(als.getStore(), undefined);
assert.strictEqual(other.getStore(), undefined);

// Errors from fn propagate, and the stores are left.
assert.throws(() => ch.runStores(data, () => { throw new Error('inside'); }), /inside/);
assert.strictEqual(als.getStore(), undefined);

assert.strictEqual(ch.unbindStore(other), true);
assert.strictEqual(ch.unbindStore(other), false);
assert.strictEqual(ch.unbindStore(new AsyncLocalStorage()), false);

// A throwing transform: fn still runs (without that store's new value), the error is
// reported as an uncaught exception later.
const tCh = dc.channel('test:stores-transform');
const bad = new Error('transform failed');
tCh.bindStore(als, () => { throw bad; });
process.once('uncaughtException', common.mustCall((err) => assert.strictEqual(err, bad)));
als.run('outer', () => {
  assert.strictEqual(tCh.runStores({}, () => als.getStore()), 'outer');
});
tCh.unbindStore(als);
assert.strictEqual(tCh.hasSubscribers, false);

// Binding the same store again replaces its transform.
const rCh = dc.channel('test:stores-rebind');
rCh.bindStore(als, () => 1);
rCh.bindStore(als, () => 2);
assert.strictEqual(rCh.runStores({}, () => als.getStore()), 2);
