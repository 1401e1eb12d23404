'use strict';
// A Duplex closes only after both sides are done. In object mode a synchronous
// write still completes on a later tick, so 'finish' comes after 'end' here.
const common = require('../../common');
const assert = require('assert');
const { Duplex, Writable, Readable } = require('stream');

const log = [];
const d = new Duplex({
  objectMode: true,
  read() {},
  write(c, e, cb) { log.push(`_write:${c}`); cb(); },
});
for (const ev of ['end', 'finish', 'close']) d.on(ev, () => log.push(ev));
d.on('data', (x) => log.push(`data:${x}`));
d.write('x');
d.end();
d.push('y');
d.push(null);
d.on('close', common.mustCall(() => {
  assert.deepStrictEqual(log, ['_write:x', 'data:y', 'end', 'finish', 'close']);
}));

assert.ok(d instanceof Readable);
assert.ok(d instanceof Writable);
assert.ok(!(new Readable() instanceof Writable));
