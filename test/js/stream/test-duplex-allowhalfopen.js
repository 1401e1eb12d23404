'use strict';
// allowHalfOpen: false ends the writable side after the readable 'end'.
const common = require('../../common');
const assert = require('assert');
const { Duplex } = require('stream');

const log = [];
const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
assert.strictEqual(d.allowHalfOpen, false);
for (const ev of ['end', 'prefinish', 'finish', 'close']) d.on(ev, () => log.push(ev));
d.push(null);
d.resume();
d.on('close', common.mustCall(() => {
  assert.deepStrictEqual(log, ['end', 'prefinish', 'finish', 'close']);
  assert.strictEqual(d.writableEnded, true);
}));

// Default: half-open; the stream stays writable after 'end'.
const d2 = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
assert.strictEqual(d2.allowHalfOpen, true);
d2.push(null);
d2.resume();
d2.on('end', common.mustCall(() => {
  setImmediate(() => {
    assert.strictEqual(d2.writable, true);
    assert.strictEqual(d2.destroyed, false);
    d2.end();
  });
}));
d2.on('close', common.mustCall());
