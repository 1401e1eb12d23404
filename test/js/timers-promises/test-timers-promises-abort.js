'use strict';
const common = require('../../common');
const assert = require('assert');
const tp = require('timers/promises');

(async () => {
  // Already aborted.
  await assert.rejects(tp.setTimeout(10, 'v', { signal: AbortSignal.abort('why') }), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, 'why');
    return true;
  });
  await assert.rejects(tp.setImmediate('v', { signal: AbortSignal.abort() }), { name: 'AbortError' });
  // Aborted while waiting: the timer is cancelled and the promise rejects at once.
  const ac = new AbortController();
  const start = Date.now();
  const p = tp.setTimeout(10000, 'v', { signal: ac.signal });
  setTimeout(() => ac.abort(new Error('stop')), 5);
  await assert.rejects(p, (err) => err.name === 'AbortError' && err.cause.message === 'stop');
  assert.ok(Date.now() - start < 5000);
  const ac2 = new AbortController();
  const q = tp.setImmediate('x', { signal: ac2.signal });
  ac2.abort();
  await assert.rejects(q, { name: 'AbortError' });
  // After settling, aborting does nothing.
  const ac3 = new AbortController();
  assert.strictEqual(await tp.setTimeout(1, 'ok', { signal: ac3.signal }), 'ok');
  ac3.abort();
  await assert.rejects(tp.scheduler.wait(10000, { signal: AbortSignal.abort() }), { name: 'AbortError' });
})().then(common.mustCall());
