'use strict';
// end() twice: the second callback waits for 'finish'; after finish it gets
// ERR_STREAM_ALREADY_FINISHED.
const common = require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', common.mustNotCall());
w.end();
w.end(common.mustCall((e) => assert.strictEqual(e, null)));
w.on('finish', common.mustCall(() => {
  setImmediate(() => {
    w.end(common.mustCall((e) => {
      assert.strictEqual(e.code, 'ERR_STREAM_ALREADY_FINISHED');
      assert.strictEqual(e.message, 'Cannot call end after a stream was finished');
    }));
  });
}));
