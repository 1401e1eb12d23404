'use strict';
// zstd level3: one-shot output equals Node's bytes; Node's output decompresses (sync, callback, stream in small pieces); the stream compressor's output decompresses.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const params = {};
const expected = Buffer.from("KLUv/WAoIuUMANYaYykg3JPWiV+HAgoooIACCqiBUYjqNMhODoOEgYGBgYEBRETBYERERESxAVwAVgBXAC1OgNAwgUGBwwI2r3JdK1m7atWnIjVwvedmu2yvr4Y66aMgHlLLlCZGfuCIsYKEhwsQEgiYRJzSZhodzfBMsig0jeRQOYN+eo46s6i8mT5EpZFm7tTkHIEmWZQJHzJIWEDAsH/Fa1zVOlauVtWphwOet9xrk9211U8jbWTcsckihUkRHzdgqBjRwcIDBAEGy9e6uvWsYM2qVJdKeN92v4122FpPzfSXobI4YwVKEiE7aAQYIigYUFi/3hWuaRXrVqnaVMP/xjtutcfmumqnwxQB6dRgibKESA8bL1KI4FDBwQEAgt0rXdtq1q9iNapKHZzvut0+G+yspV7ay9EHh0uVJ0iC6JjBwkSE7atd34rWsGp1qkwt3O+74U5b7K2pbhoM0U8OzRUZJUN41HCBIsQGCg0MxARWr3Nla1m9elWoJlXwvelu2+yvsY5a6S5CPTdbqDg5AiSHDGKJGQIAgBEwuPpZsoC9KgM=", 'base64');
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
