'use strict';
// stream.pipeline through gzip → gunzip → brotli → brotli-decompress → zstd → zstd-decompress gives back the input.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const input = Buffer.from(Array.from({ length: 200000 }, (_, i) => 97 + (i * 7 % 26)));
const out = [];
pipeline(Readable.from([input.subarray(0, 70000), input.subarray(70000)]), zlib.createGzip(), zlib.createGunzip(),
         zlib.createBrotliCompress(), zlib.createBrotliDecompress(), zlib.createZstdCompress(), zlib.createZstdDecompress(),
         new Writable({ write(c, e, cb) { out.push(c); cb(); } }), common.mustSucceed(() => {
  assert.deepStrictEqual(Buffer.concat(out), input);
}));
