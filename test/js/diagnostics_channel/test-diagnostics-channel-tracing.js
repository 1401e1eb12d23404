'use strict';
// diagnostics_channel.tracingChannel: the five channels, subscribe/unsubscribe with handler
// objects, traceSync / tracePromise / traceCallback event order and context contents
// (result, error), stores bound to the start channel, no-subscriber fast path, and errors.
const common = require('../../common');
const assert = require('assert');
const util = require('util');
const { AsyncLocalStorage } = require('async_hooks');
const dc = require('diagnostics_channel');

const tc = dc.tracingChannel('test:trace');
for (const event of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  assert.ok(tc[event] instanceof dc.Channel);
  assert.strictEqual(tc[event].name, `tracing:test:trace:${event}`);
  assert.strictEqual(tc[event], dc.channel(`tracing:test:trace:${event}`));
}
assert.strictEqual(util.inspect(tc), 'TracingChannel {}');
assert.strictEqual(tc.hasSubscribers, false);

// No subscribers: fn is called directly, the context untouched.
const ctx0 = {};
assert.strictEqual(tc.traceSync(function(a) { return [this, a]; }, ctx0, 'T', 'A')[1], 'A');
assert.deepStrictEqual(ctx0, {});

const log = [];
const snap = (c) => {
  const copy = { ...c };
  if (copy.error) copy.error = `Error: ${copy.error.message}`;
  return copy;
};
const handlers = {
  start: (c) => log.push(['start', snap(c)]),
  end: (c) => log.push(['end', snap(c)]),
  asyncStart: (c) => log.push(['asyncStart', snap(c)]),
  asyncEnd: (c) => log.push(['asyncEnd', snap(c)]),
  error: (c) => log.push(['error', snap(c)]),
};
tc.subscribe(handlers);
assert.strictEqual(tc.hasSubscribers, true);

// traceSync
assert.strictEqual(tc.traceSync(function(a, b) {
  assert.strictEqual(this, 'self');
  return a + b;
}, { n: 1 }, 'self', 1, 2), 3);
assert.deepStrictEqual(log, [['start', { n: 1 }], ['end', { n: 1, result: 3 }]]);
log.length = 0;
assert.throws(() => tc.traceSync(() => { throw new Error('sync'); }, { n: 2 }), /sync/);
assert.deepStrictEqual(log, [
  ['start', { n: 2 }], ['error', { n: 2, error: 'Error: sync' }], ['end', { n: 2, error: 'Error: sync' }],
]);
log.length = 0;
// The default context is a fresh object.
tc.traceSync(() => 'r');
assert.deepStrictEqual(log, [['start', {}], ['end', { result: 'r' }]]);
log.length = 0;

// Stores bound to the start channel wrap the traced function.
const als = new AsyncLocalStorage();
tc.start.bindStore(als, (c) => c.n);
tc.traceSync(() => assert.strictEqual(als.getStore(), 5), { n: 5 });
tc.start.unbindStore(als);
log.length = 0;

(async () => {
  // tracePromise: start and end synchronously, asyncStart/asyncEnd on settlement.
  const p = tc.tracePromise(async (x) => x * 2, { n: 3 }, null, 21);
  assert.ok(p instanceof Promise);
  assert.deepStrictEqual(log, [['start', { n: 3 }], ['end', { n: 3 }]]);
  assert.strictEqual(await p, 42);
  assert.deepStrictEqual(log.slice(2), [['asyncStart', { n: 3, result: 42 }], ['asyncEnd', { n: 3, result: 42 }]]);
  log.length = 0;

  // A thenable becomes a promise.
  const t = tc.tracePromise(() => ({ then(resolve) { resolve(5); } }), { n: 4 });
  assert.ok(t instanceof Promise);
  assert.strictEqual(await t, 5);
  log.length = 0;

  await assert.rejects(tc.tracePromise(async () => { throw new Error('async'); }, { n: 6 }), /async/);
  assert.deepStrictEqual(log, [
    ['start', { n: 6 }], ['end', { n: 6 }], ['error', { n: 6, error: 'Error: async' }],
    ['asyncStart', { n: 6, error: 'Error: async' }], ['asyncEnd', { n: 6, error: 'Error: async' }],
  ]);
  log.length = 0;

  // A synchronous throw from the function.
  assert.throws(() => tc.tracePromise(() => { throw new Error('early'); }, { n: 7 }), /early/);
  assert.deepStrictEqual(log, [
    ['start', { n: 7 }], ['error', { n: 7, error: 'Error: early' }], ['end', { n: 7, error: 'Error: early' }],
  ]);
  log.length = 0;

  // traceCallback: the callback at `position` is wrapped.
  await new Promise((resolve) => {
    tc.traceCallback(function(a, cb) {
      assert.strictEqual(this, 'this');
      assert.strictEqual(a, 'a');
      setImmediate(cb, null, 'value');
    }, -1, { n: 8 }, 'this', 'a', common.mustCall(function(err, value) {
      assert.strictEqual(err, null);
      assert.strictEqual(value, 'value');
      assert.deepStrictEqual(log.map((e) => e[0]), ['start', 'end', 'asyncStart']);
      setImmediate(resolve);
    }));
  });
  assert.deepStrictEqual(log, [
    ['start', { n: 8 }], ['end', { n: 8 }], ['asyncStart', { n: 8, result: 'value' }],
    ['asyncEnd', { n: 8, result: 'value' }],
  ]);
  log.length = 0;

  await new Promise((resolve) => {
    tc.traceCallback((cb, b) => {
      assert.strictEqual(b, 'b');
      cb(new Error('cb'));
    }, 0, { n: 9 }, undefined, common.mustCall((err) => {
      assert.strictEqual(err.message, 'cb');
      resolve();
    }), 'b');
  });
  assert.deepStrictEqual(log, [
    ['start', { n: 9 }], ['error', { n: 9, error: 'Error: cb' }], ['asyncStart', { n: 9, error: 'Error: cb' }],
    ['asyncEnd', { n: 9, error: 'Error: cb' }], ['end', { n: 9, error: 'Error: cb' }],
  ]);
  log.length = 0;

  assert.throws(() => tc.traceCallback(() => {}, -1, {}, undefined, 'not a function'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received type string (\'not a function\')',
  });

  assert.strictEqual(tc.unsubscribe(handlers), true);
  assert.strictEqual(tc.unsubscribe(handlers), false);
  assert.strictEqual(tc.hasSubscribers, false);
  assert.strictEqual(tc.unsubscribe({ start: () => {} }), false);

  // Partial handler objects.
  const only = dc.tracingChannel('test:partial');
  only.subscribe({ end: common.mustCall() });
  assert.strictEqual(only.start.hasSubscribers, false);
  assert.strictEqual(only.hasSubscribers, true);
  only.traceSync(() => {});

  // From channel objects.
  const chans = {
    start: dc.channel('c:start'), end: dc.channel('c:end'), asyncStart: dc.channel('c:as'),
    asyncEnd: dc.channel('c:ae'), error: dc.channel('c:err'),
  };
  const fromObj = dc.tracingChannel(chans);
  assert.strictEqual(fromObj.start, chans.start);
  assert.strictEqual(fromObj.error, chans.error);

  assert.throws(() => dc.tracingChannel(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "nameOrChannels" argument must be of type string or an instance of TracingChannel or Object. ' +
      'Received type number (1)',
  });
  assert.throws(() => dc.tracingChannel({ start: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "nameOrChannels.start" property must be an instance of Channel. Received type number (1)',
  });
})().then(common.mustCall());
