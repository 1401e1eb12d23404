'use strict';
// setEncoding(): chunks become strings, multi-byte characters split across
// chunks are kept whole, already-buffered data is converted.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push(Buffer.from([0xe2, 0x82]));
assert.strictEqual(r.setEncoding('UTF-8'), r);
assert.strictEqual(r.readableEncoding, 'utf8');
r.push(Buffer.from([0xac, 0x41]));
r.push(null);
const got = [];
r.on('data', (d) => got.push(d));
r.on('end', common.mustCall(() => assert.deepStrictEqual(got, ['€A'])));

const h = new Readable({ encoding: 'hex', read() {} });
h.push(Buffer.from('hi'));
assert.strictEqual(h.read(), '6869');
