'use strict';
// addAbortSignal() and the signal option destroy the stream with an AbortError.
const common = require('../../common');
const assert = require('assert');
const { addAbortSignal, Readable, Writable, Duplex } = require('stream');

{
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', common.mustCall((e) => {
    assert.strictEqual(e.name, 'AbortError');
    assert.strictEqual(e.code, 'ABORT_ERR');
    assert.strictEqual(e.message, 'The operation was aborted');
    assert.strictEqual(e.cause, ac.signal.reason);
  }));
  r.on('close', common.mustCall());
  ac.abort();
}
{
  // Already aborted: destroyed at once.
  const w = new Writable({ signal: AbortSignal.abort(), write(c, e, cb) { cb(); } });
  assert.strictEqual(w.destroyed, true);
  w.on('error', common.mustCall((e) => assert.strictEqual(e.name, 'AbortError')));
}
{
  const ac = new AbortController();
  const d = new Duplex({ signal: ac.signal, read() {}, write(c, e, cb) { cb(); } });
  d.on('error', common.mustCall());
  ac.abort();
  assert.strictEqual(d.destroyed, true);
}
assert.throws(() => addAbortSignal('x', new Readable()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /The "signal" argument must be an instance of AbortSignal/,
});
assert.throws(() => addAbortSignal(new AbortController().signal, {}), { code: 'ERR_INVALID_ARG_TYPE' });
