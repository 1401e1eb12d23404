'use strict';
// zstd level12-checksum: one-shot output equals Node's bytes; Node's output decompresses (sync, callback, stream in small pieces); the stream compressor's output decompresses.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const params = {"100":12,"201":1};
const expected = Buffer.from("KLUv/WQoIuUMAKaaYikgnpPWCeqV+nqlvl6pr1dqrk8Zb5tRGcIAhgbgAXgApgRoAuUAPAATA1wAVQBWADtotDgBQsMEBgUK69e7wjWtYt0qVZtq1L/xjlvtsbmu2umji350jlqmNDHyA0eMFSQ8XICQQMAc1pQzk6ioqAM0kcegcv707CRx5lBJM3mESqRx5sjcJH3m0YYYJj5kkLCAAGH7ate3ojWsWp0qUwv3+2640xZ7a6qbNpoImTOTRQqTIj5uwFAxooOFBwgCBFavc2VrWb16VagmVfC96W7b7K+xjlrpL0GlTdEKlCRCAhgiKBgwWL7W1a1nBWtWpbpUwvu2+220w9Z6aqbDDPngyGCJsoRIDxsvUojgUMHBAQCAzatc10rWrlr1qUgNXO+52S7b66uhTtpLkqeGS5UnSILomMEigt0rXdtq1q9iNapKHZzvut0+G+yspV4ajFDPjfEKUckQHjVcoAixgUIDAzF/xWtc1TpWrlbVqUcFPG+51ya7a6ufRroL0A7NFipOjgDJIWNYYgYDAIARMLj6SRZQ9QgCUE9jei3S", 'base64');
assert.deepStrictEqual(zlib.zstdCompressSync(input, { params }), expected);
assert.deepStrictEqual(zlib.zstdDecompressSync(expected), input);
zlib.zstdDecompress(expected, common.mustSucceed((r) => assert.deepStrictEqual(r, input)));
const out = [];
const d = zlib.createZstdDecompress();
d.on('data', (c) => out.push(c));
d.on('end', common.mustCall(() => assert.deepStrictEqual(Buffer.concat(out), input)));
for (let i = 0; i < expected.length; i += 7) d.write(expected.subarray(i, i + 7));
d.end();
const parts = [];
const c = zlib.createZstdCompress({ params });
c.on('data', (b) => parts.push(b));
c.on('end', common.mustCall(() => assert.deepStrictEqual(zlib.zstdDecompressSync(Buffer.concat(parts)), input)));
c.write(input.subarray(0, 2000));
c.flush(() => c.end(input.subarray(2000)));
