'use strict';
// zstd streams: flush() makes everything written so far decodable before end(), as in Node; the finished stream decodes to the whole input.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const s = zlib.createZstdCompress();
const chunks = [];
s.on('data', (c) => chunks.push(c));
s.write('first part, ');
s.flush(zlib.constants.ZSTD_e_flush, common.mustCall(() => {
  const sofar = Buffer.concat(chunks);
  assert(sofar.length > 0);
  assert.strictEqual(zlib.zstdDecompressSync(sofar, { finishFlush: zlib.constants.ZSTD_e_continue }).toString(), 'first part, ');
  s.end('second part');
}));
s.on('end', common.mustCall(() => {
  assert.strictEqual(zlib.zstdDecompressSync(Buffer.concat(chunks)).toString(), 'first part, second part');
}));
