'use strict';
// A custom _destroy() decides the final error; only the first destroy runs it.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({
  read() {},
  destroy: common.mustCall((err, cb) => {
    assert.strictEqual(err, null);
    setImmediate(() => cb(new Error('from _destroy')));
  }),
});
r.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'from _destroy')));
r.on('close', common.mustCall());
r.destroy(null, common.mustCall((e) => assert.strictEqual(e.message, 'from _destroy')));
r.destroy(new Error('second'), common.mustCall((e) => assert.strictEqual(e, undefined)));
// The second error is not recorded: the first destroy already set destroyed.
assert.strictEqual(r.errored, null);

// _destroy that throws is like calling back with the error.
const r2 = new Readable({ read() {}, destroy() { throw new Error('thrown'); } });
r2.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'thrown')));
r2.destroy();
