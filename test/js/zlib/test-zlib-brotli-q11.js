'use strict';
// brotli q11: one-shot output equals Node's bytes; Node's output decompresses (sync, callback, stream in small pieces); the stream compressor's output decompresses.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const params = {"1":11};
const expected = Buffer.from("GycjaCwKTLfJteBk7jXrUqtWcB8hekk4QqWjAGM6ADixVBdSNTPmDLlOzQ9fHNfieGNwXs6jDtGGR6QHlGrYtvZU+9iDDThwSCB/NFgAj1R7Si2b/h8rRFaU7TcIFcYISQB4xnAsPxP4fZwPAMar48P7n8kLCp9366ORYER8Wm5JdVMnAI6jcsQqo8Nvtr08f5Fvl+i4Gg+ZNyQ6KbOgvK61B4wiMvgyrcU9Wh7ub7+aJuAua5e7eQLhcak5xVWNHf1gWApbpDTYfdPN+ekTXT1YReWwf+MERyVm5JfVtnSDkAQ6T6oxu4aL/e31R+L4zKbNfFX7fyw2JbuosqG9D4ohs4QKvc07WZ8eP8CWjWQo+u3tOygyIT2vtKa5C4jA07gStck5mO+uL98c+qMmqaezrBcak5xVWFHf1gtBk5gCuc7qCQA=", 'base64');
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
