'use strict';
// brotli q0: one-shot output equals Node's bytes; Node's output decompresses (sync, callback, stream in small pieces); the stream compressor's output decompresses.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const params = {"1":0};
const expected = Buffer.from("i5MRAICqqqrqPyMiM3KNjMgtctkktyU8IzMil8jIjMyIjMiIyIiMiIzwiMiIjIgMX9TdfFV3czffMiJjXTcAkf+76t9zb3XPqC5vY7grXiwsLGxsrOplRnXw4cOPwWAwjjNZVYPBYDAYDOZQZ0QqSqNwWGgn2XuC71YuMLBKOpUBlCJ3mkHDXaCXTBYbcAcTwS4wMCo8blBzrQwC/P6RAOD+AvI5c+Ha3cdBoeFR8SmZecxo82AJVmMTduIAjuMcruIOFVMVNVIH9dMYzdIKbdORr9/lm/efBb+PiElMy1YI3FGI5ViHrdiDwziFi7iB+1RGtdRC3TREk7RA67TnfTrg6p1HL0M+RsYlZ+SqDaIbi7EKG7ED+3EMZ3EFt/GIKqmB2qmPRmmGlmmLDk+cu3Tj3tNX7z5HJ6Rm5WvNUgGWYS22YDcO4SQu4DruUSnVUDN10SBN0Dyt0a7XKf/A2w9fvAn7GpuUnqPSW11FWIkN2I59OIozuIxbeEgVVE9t1EsjNE1LtEkHx89evA5PZG8/ffvx6/dfjcn+D0uxBpuxCwdxAudxDXephKqpiTppgMZpjlZp59jJ81duPXj++sOX7z/lf5Q6i/M/VmA9tmEvjuA0LuEmHlA51VEr9dAwTdEibdC+zxkc/K58AOAG", 'base64');
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
