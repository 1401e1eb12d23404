'use strict';
// _construct(): reads and writes wait until it calls back.
const common = require('../../common');
const assert = require('assert');
const { Writable, Readable, Duplex } = require('stream');

{
  const log = [];
  const w = new Writable({
    construct(cb) { log.push('construct'); setImmediate(() => { log.push('constructed'); cb(); }); },
    write(c, e, cb) { log.push(`_write:${c}`); cb(); },
    final(cb) { log.push('final'); cb(); },
  });
  w.write('a');
  w.end('b');
  log.push('sync');
  w.on('finish', common.mustCall(() => {
    assert.deepStrictEqual(log, ['sync', 'construct', 'constructed', '_write:a', '_write:b', 'final']);
  }));
}
{
  let constructed = false;
  const r = new Readable({
    construct(cb) { setImmediate(() => { constructed = true; cb(); }); },
    read() { assert.ok(constructed); this.push(null); },
  });
  r.resume();
  r.on('end', common.mustCall());
}
{
  // One _construct for both sides of a Duplex.
  const d = new Duplex({
    construct: common.mustCall((cb) => cb()),
    read() { this.push(null); },
    write(c, e, cb) { cb(); },
  });
  d.resume();
  d.end('x');
  d.on('close', common.mustCall());
}
