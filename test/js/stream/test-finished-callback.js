'use strict';
// finished(): called once, after 'end'/'finish' or with the error; returns cleanup.
const common = require('../../common');
const assert = require('assert');
const { finished, Readable, Writable } = require('stream');

{
  const r = new Readable({ read() {} });
  const log = [];
  r.on('end', () => log.push('end'));
  r.on('close', () => log.push('close'));
  finished(r, common.mustCall((err) => {
    assert.ifError(err);
    // Streams that emit 'close' are reported done after it.
    assert.deepStrictEqual(log, ['end', 'close']);
  }));
  r.resume();
  r.push(null);
}
{
  const w = new Writable({ write(c, e, cb) { cb(new Error('werr')); } });
  w.on('error', () => {});
  finished(w, common.mustCall((err) => assert.strictEqual(err.message, 'werr')));
  w.write('x');
}
{
  // Without emitClose, 'finish' is enough.
  const w = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
  finished(w, common.mustCall((err) => assert.ifError(err)));
  w.end('x');
}
{
  const r = new Readable({ read() {} });
  const cleanup = finished(r, common.mustNotCall());
  cleanup();
  r.destroy();
}
assert.throws(() => finished({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => finished(new Readable()), { code: 'ERR_INVALID_ARG_TYPE' });
