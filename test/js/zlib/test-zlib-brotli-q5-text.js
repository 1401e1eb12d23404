'use strict';
// brotli q5-text: one-shot output equals Node's bytes; Node's output decompresses (sync, callback, stream in small pieces); the stream compressor's output decompresses.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const params = {"0":1,"1":5};
const expected = Buffer.from("GycjAIzUSE1zOyigTkFdpRRWKgRw8f7vzJgz5Do1P7xHgerAS/WVdSvMbofhdA1rNJQKGs5Q2vAmAuGYEUo6og+MEZIA4LdkM4Y95DIZwD7OBwCFFfVtvcNTC+t7pzdPnw5/LCtQhHhpcpWo1qQTABwOFYeYipGDX0l1U2f/2Mzy1uHF/avFHUr+ChEtSaYC5eq06gGGQsTAJ6Nl4S4or2vtGZqcX9s9uX78sPuiGQHCxUmVo1iVRh36gcGiYBNRMrDzFVc1dvSNTi9tHpzfvXy7gokfwaIkypCvTK0W3UCQCOh4pDTMXPlltS3dgxNzqzvHVw/vNm8k/f/HxEqRrUilBu36QGGQsQgp6Nl4iyob2o0R0+LG/tnt85czEM8JEilBujylajTrAoSAR8MloWbizCutae4aGJ9d2T66NL9ZPeHUn1AxkmUpVKFem14QaCRMAnI6Vp4G", 'base64');
assert.deepStrictEqual(zlib.brotliCompressSync(input, { params }), expected);
assert.deepStrictEqual(zlib.brotliDecompressSync(expected), input);
zlib.brotliDecompress(expected, common.mustSucceed((r) => assert.deepStrictEqual(r, input)));
const out = [];
const d = zlib.createBrotliDecompress();
d.on('data', (c) => out.push(c));
d.on('end', common.mustCall(() => assert.deepStrictEqual(Buffer.concat(out), input)));
for (let i = 0; i < expected.length; i += 7) d.write(expected.subarray(i, i + 7));
d.end();
const parts = [];
const c = zlib.createBrotliCompress({ params });
c.on('data', (b) => parts.push(b));
c.on('end', common.mustCall(() => assert.deepStrictEqual(zlib.brotliDecompressSync(Buffer.concat(parts)), input)));
c.write(input.subarray(0, 2000));
c.flush(() => c.end(input.subarray(2000)));
