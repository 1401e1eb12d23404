'use strict';
// captureRejections: a promise rejected by a listener becomes an 'error' event, emitted
// from process.nextTick, with the rejection reason.
const common = require('../../common');
const assert = require('assert');
const { EventEmitter, captureRejectionSymbol } = require('events');

const err = new Error('kaboom');

// Single listener.
{
  const e = new EventEmitter({ captureRejections: true });
  e.on('something', common.mustCall(async (value) => {
    assert.strictEqual(value, 42);
    throw err;
  }));
  let sync = true;
  e.on('error', common.mustCall((got) => {
    assert.strictEqual(got, err);
    assert.strictEqual(sync, false);
    assert.strictEqual(e.listenerCount('error'), 1);
  }));
  assert.strictEqual(e.emit('something', 42), true);
  sync = false;
}

// Array of listeners: each rejection is reported.
{
  const e = new EventEmitter({ captureRejections: true });
  e.on('x', async () => { throw new Error('one'); });
  e.on('x', async () => { throw new Error('two'); });
  e.on('x', () => 'not a promise');
  const seen = [];
  e.on('error', common.mustCall((got) => seen.push(got.message), 2));
  e.emit('x');
  process.on('exit', () => assert.deepStrictEqual(seen.sort(), ['one', 'two']));
}

// [Symbol.for('nodejs.rejection')](err, type, ...args) takes precedence over 'error'.
{
  const e = new EventEmitter({ captureRejections: true });
  e[captureRejectionSymbol] = common.mustCall(function(got, type, a, b) {
    assert.strictEqual(this, e);
    assert.strictEqual(got, err);
    assert.strictEqual(type, 'evt');
    assert.strictEqual(a, 1);
    assert.strictEqual(b, 2);
  });
  e.on('error', common.mustNotCall());
  e.on('evt', async () => { throw err; });
  e.emit('evt', 1, 2);
}

// Resolved promises and thenables that fulfil report nothing.
{
  const e = new EventEmitter({ captureRejections: true });
  e.on('error', common.mustNotCall());
  e.on('ok', async () => 1);
  // then() is called with (undefined, onRejected).
  e.on('ok', () => ({ then: common.mustCall((onFulfilled, onRejected) => {
    assert.strictEqual(onFulfilled, undefined);
    assert.strictEqual(typeof onRejected, 'function');
  }) }));
  e.emit('ok');
}

// A thenable whose then() throws is reported synchronously.
{
  const e = new EventEmitter({ captureRejections: true });
  const thrown = new Error('then threw');
  e.on('error', common.mustCall((got) => assert.strictEqual(got, thrown)));
  e.on('t', () => ({ get then() { throw thrown; } }));
  e.emit('t');
}

// Without the option rejections are not observed (and stay unhandled, so handle them).
{
  const e = new EventEmitter();
  e.on('error', common.mustNotCall());
  e.on('x', () => Promise.reject(new Error('ignored')).catch(() => {}));
  e.emit('x');
}

// Synchronous throws still propagate out of emit().
{
  const e = new EventEmitter({ captureRejections: true });
  e.on('error', common.mustNotCall());
  e.on('x', () => { throw err; });
  assert.throws(() => e.emit('x'), (got) => got === err);
}
