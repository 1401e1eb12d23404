'use strict';
// events.on with an AbortSignal.
const common = require('../../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  const e = new EventEmitter();
  const ac = new AbortController();
  const it = on(e, 'x', { signal: ac.signal });
  e.emit('x', 'a');
  assert.deepStrictEqual(await it.next(), { value: ['a'], done: false });
  const pending = it.next();
  ac.abort('because');
  await assert.rejects(pending, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, 'because');
    return true;
  });
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  assert.deepStrictEqual(e.eventNames(), []);

  // Aborting with nothing pending: the next next() rejects.
  const ac2 = new AbortController();
  const it2 = on(e, 'x', { signal: ac2.signal });
  ac2.abort();
  await assert.rejects(it2.next(), { name: 'AbortError' });

  // Aborting after return(): nothing happens.
  const ac3 = new AbortController();
  const it3 = on(e, 'x', { signal: ac3.signal });
  await it3.return();
  ac3.abort();
  assert.deepStrictEqual(await it3.next(), { value: undefined, done: true });

  // for await over an aborted iterator throws the AbortError.
  const ac4 = new AbortController();
  setImmediate(() => {
    e.emit('x', 1);
    ac4.abort();
  });
  const seen = [];
  await assert.rejects((async () => {
    for await (const [v] of on(e, 'x', { signal: ac4.signal })) seen.push(v);
  })(), { name: 'AbortError' });
  assert.deepStrictEqual(seen, [1]);
})().then(common.mustCall());
