'use strict';
// util.promisify of every one-shot pair (deflate, gzip, raw, brotli, zstd) round-trips, and unzip auto-detects gzip and zlib data.
// Expected values were recorded by running reference Node 24 on the same inputs.
require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const { promisify } = require('util');
const input = Buffer.from('promisified '.repeat(500));
(async () => {
  for (const [c, d] of [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['brotliCompress', 'brotliDecompress'], ['zstdCompress', 'zstdDecompress'], ['gzip', 'unzip'], ['deflate', 'unzip']]) {
    const packed = await promisify(zlib[c])(input);
    assert.deepStrictEqual(await promisify(zlib[d])(packed), input);
  }
})().then(require('../../common').mustCall());
