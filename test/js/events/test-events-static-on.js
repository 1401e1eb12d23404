'use strict';
// events.on(emitter, name): an async iterator over emissions.
const common = require('../../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  const e = new EventEmitter();
  const it = on(e, 'x');
  assert.strictEqual(it[Symbol.asyncIterator](), it);
  assert.deepStrictEqual(Object.keys(it), ['next', 'return', 'throw']);
  const AsyncIteratorPrototype =
    Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  assert.strictEqual(Object.getPrototypeOf(it), AsyncIteratorPrototype);
  assert.strictEqual(e.listenerCount('x'), 1);
  assert.strictEqual(e.listenerCount('error'), 1);

  // Emissions before next() are queued.
  e.emit('x', 1, 2);
  e.emit('x', 3);
  assert.deepStrictEqual(await it.next(), { value: [1, 2], done: false });
  assert.deepStrictEqual(await it.next(), { value: [3], done: false });

  // A pending next() is resolved by the next emission.
  const pending = it.next();
  e.emit('x', 4);
  assert.deepStrictEqual(await pending, { value: [4], done: false });

  // 'error' rejects the next next(), then the iterator is done and detached.
  const err = new Error('bad');
  e.emit('error', err);
  assert.strictEqual(e.listenerCount('x'), 0);
  await assert.rejects(it.next(), (got) => got === err);
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });

  // return() ends the iteration and resolves pending next() calls with done.
  const it2 = on(e, 'y');
  const p1 = it2.next();
  const p2 = it2.next();
  assert.deepStrictEqual(await it2.return(), { value: undefined, done: true });
  assert.deepStrictEqual(await p1, { value: undefined, done: true });
  assert.deepStrictEqual(await p2, { value: undefined, done: true });
  assert.deepStrictEqual(e.eventNames(), []);

  // for await, with break: listeners are removed.
  const it3 = on(e, 'z');
  process.nextTick(() => {
    e.emit('z', 'a');
    e.emit('z', 'b');
  });
  const seen = [];
  for await (const [v] of it3) {
    seen.push(v);
    if (v === 'b') break;
  }
  assert.deepStrictEqual(seen, ['a', 'b']);
  assert.deepStrictEqual(e.eventNames(), []);

  // Iterating 'error' itself does not add a second 'error' listener.
  const it4 = on(e, 'error');
  assert.strictEqual(e.listenerCount('error'), 1);
  e.emit('error', 7);
  assert.deepStrictEqual(await it4.next(), { value: [7], done: false });
  await it4.return();

  // An error emitted while next() is pending rejects it.
  const it5 = on(e, 'w');
  const p5 = it5.next();
  e.emit('error', err);
  await assert.rejects(p5, (got) => got === err);
  assert.deepStrictEqual(await it5.next(), { value: undefined, done: true });
})().then(common.mustCall());
