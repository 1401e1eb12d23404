'use strict';
// brotli lgwin16: one-shot output equals Node's bytes; Node's output decompresses (sync, callback, stream in small pieces); the stream compressor's output decompresses.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const params = {"1":4,"2":16};
const expected = Buffer.from("4mQEgChCh4G6EXwOkJO2TYHqwEv11aEr0kuLhBy8K+TX17RUC8U1rUJ5U1Vtg1DTXFT/wBghCQCVee1tQmFNiaMA7ON8ACAup6pjbOng7hcak5z1t6iyoR19GMUMlrGFQ1zgHm/s5QinucRNHvCcd3zlj5Sihr6pjbNXYER8Wm5eaU1zFwYxgXmsYRcnuMYTPjnAcc5xlTs85hUf+SEmq6JtZGHv5hsSnZT5p7Civg29GME0lrCJA5zjDq/44TCnuMgN7vOMt3zht6SCup6JtZNnQHhcas7/kuqmTgxgHHNYxQ6OcYVHfLCfY5zlCrd5xEs+8F1URlnL0NzO1Sc4KjHjd0F5XWsPhjGFRWxgH2e4xQu+OcRJLnCdezzlDZ/5JSGvpitYOXr4h8WmZP8rrmrsQD/GMIsVbOMIl3jAO/s4yhkuc4uHvOA930SklTQNzGxdvIMiE9J/5ZfVtnRjCJNYwDr2cIobPOOLg5zgPNe4yxNe84mfDgA=", 'base64');
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
