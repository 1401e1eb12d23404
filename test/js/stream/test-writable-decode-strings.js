'use strict';
// Strings reach _write as Buffers unless decodeStrings is false; encodings pass through.
const common = require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

const got = [];
const w = new Writable({ write(c, e, cb) { got.push([Buffer.isBuffer(c), e, String(c)]); cb(); } });
w.write('ab');
w.write('6869', 'hex');
w.write(new Uint8Array([0x7a]));
w.end(common.mustCall(() => {
  assert.deepStrictEqual(got, [[true, 'buffer', 'ab'], [true, 'buffer', 'hi'], [true, 'buffer', 'z']]);
}));

const raw = [];
const w2 = new Writable({ decodeStrings: false, write(c, e, cb) { raw.push([typeof c, e]); cb(); } });
w2.write('x');
w2.write('ff', 'hex');
w2.setDefaultEncoding('latin1');
w2.write('y');
w2.end(common.mustCall(() => {
  assert.deepStrictEqual(raw, [['string', 'utf8'], ['string', 'hex'], ['string', 'latin1']]);
}));
