'use strict';
// _read() is not called again until the previous one pushed.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

let inRead = false;
let i = 0;
const got = [];
const r = new Readable({
  highWaterMark: 2,
  read() {
    assert.strictEqual(inRead, false);
    inRead = true;
    setImmediate(() => {
      inRead = false;
      this.push(i < 5 ? String(i++) : null);
    });
  },
});
r.on('data', (d) => got.push(String(d)));
r.on('end', common.mustCall(() => {
  assert.deepStrictEqual(got, ['0', '1', '2', '3', '4']);
}));
