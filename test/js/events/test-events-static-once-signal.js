'use strict';
// events.once with an AbortSignal.
const common = require('../../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

(async () => {
  const e = new EventEmitter();

  // Already aborted: rejects with an AbortError carrying the reason as cause.
  const reason = new Error('why');
  await assert.rejects(once(e, 'x', { signal: AbortSignal.abort(reason) }), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, reason);
    return true;
  });
  assert.strictEqual(e.listenerCount('x'), 0);

  // Aborted while waiting: rejects and cleans up.
  const ac = new AbortController();
  const p = once(e, 'x', { signal: ac.signal });
  assert.strictEqual(e.listenerCount('x'), 1);
  ac.abort('string reason');
  await assert.rejects(p, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.cause, 'string reason');
    return true;
  });
  assert.strictEqual(e.listenerCount('x'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  // Resolved first: aborting afterwards changes nothing.
  const ac2 = new AbortController();
  const p2 = once(e, 'y', { signal: ac2.signal });
  e.emit('y', 7);
  assert.deepStrictEqual(await p2, [7]);
  ac2.abort();

  // An 'error' while waiting with a signal.
  const ac3 = new AbortController();
  const p3 = once(e, 'y', { signal: ac3.signal });
  const err = new Error('e');
  e.emit('error', err);
  await assert.rejects(p3, (got) => got === err);
  assert.deepStrictEqual(e.eventNames(), []);
})().then(common.mustCall());
