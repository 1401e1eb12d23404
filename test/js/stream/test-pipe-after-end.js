'use strict';
// pipe() from a source that already ended still ends the destination.
const common = require('../../common');
const { Readable, Writable } = require('stream');

const r = new Readable({ autoDestroy: false, read() {} });
r.push(null);
r.resume();
r.on('end', common.mustCall(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('finish', common.mustCall());
  r.pipe(w);
}));
