'use strict';
// finished() on a stream that is already done calls back on the next tick.
const common = require('../../common');
const assert = require('assert');
const { finished, Readable } = require('stream');

const r = new Readable({ read() {} });
r.resume();
r.push(null);
r.on('close', common.mustCall(() => {
  let sync = true;
  finished(r, common.mustCall((err) => {
    assert.ifError(err);
    assert.strictEqual(sync, false);
  }));
  sync = false;
}));

// Errored and closed already: the stored error is reported.
const r2 = new Readable({ read() {} });
r2.on('error', () => {});
r2.destroy(new Error('early'));
r2.on('close', common.mustCall(() => {
  finished(r2, common.mustCall((err) => assert.strictEqual(err.message, 'early')));
}));
