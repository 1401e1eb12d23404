'use strict';
// autoDestroy: false keeps the stream alive after 'end'/'finish' and errors.
const common = require('../../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

{
  const r = new Readable({ autoDestroy: false, read() {} });
  r.on('close', common.mustNotCall());
  r.on('end', common.mustCall(() => setImmediate(() => assert.strictEqual(r.destroyed, false))));
  r.resume();
  r.push(null);
}
{
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('e1')); } });
  w.on('close', common.mustNotCall());
  w.on('error', common.mustCall((e) => {
    assert.strictEqual(e.message, 'e1');
    assert.strictEqual(w.destroyed, false);
    assert.strictEqual(w.errored, e);
    assert.strictEqual(w.writable, false);
  }));
  w.write('x');
}
{
  // Default: destroyed (and closed) after finish.
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('close', common.mustCall(() => assert.strictEqual(w.destroyed, true)));
}
