'use strict';
// events.once(emitter, name): resolves with the arguments array, rejects on 'error'.
const common = require('../../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

(async () => {
  const e = new EventEmitter();
  const p = once(e, 'x');
  assert.ok(p instanceof Promise);
  assert.strictEqual(e.listenerCount('x'), 1);
  assert.strictEqual(e.listenerCount('error'), 1);
  e.emit('x', 1, 2);
  assert.deepStrictEqual(await p, [1, 2]);
  assert.strictEqual(e.listenerCount('x'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  // No arguments: an empty array.
  const p0 = once(e, 'y');
  e.emit('y');
  assert.deepStrictEqual(await p0, []);

  // 'error' rejects and removes the event listener.
  const err = new Error('boom');
  const p2 = once(e, 'x');
  e.emit('error', err);
  await assert.rejects(p2, (got) => got === err);
  assert.strictEqual(e.listenerCount('x'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  // Waiting for 'error' itself resolves with it.
  const p3 = once(e, 'error');
  assert.strictEqual(e.listenerCount('error'), 1);
  e.emit('error', err);
  assert.deepStrictEqual(await p3, [err]);

  // Symbols work as names.
  const sym = Symbol('s');
  const p4 = once(e, sym);
  e.emit(sym, 'v');
  assert.deepStrictEqual(await p4, ['v']);

  // Only the first emission counts.
  const p5 = once(e, 'z');
  e.emit('z', 'first');
  e.emit('z', 'second');
  assert.deepStrictEqual(await p5, ['first']);

  // Invalid arguments reject (it is an async function).
  await assert.rejects(once({}, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter. Received an instance of Object',
  });
  await assert.rejects(once(e, 'x', null), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received null',
  });
  await assert.rejects(once(e, 'x', 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (1)',
  });
  await assert.rejects(once(e, 'x', { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
  });
  assert.deepStrictEqual(e.eventNames(), []);
})().then(common.mustCall());
