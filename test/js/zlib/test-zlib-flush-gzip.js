'use strict';
// gzip streams: flush() makes everything written so far decodable before end(), as in Node; the finished stream decodes to the whole input.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const s = zlib.createGzip();
const chunks = [];
s.on('data', (c) => chunks.push(c));
s.write('first part, ');
s.flush(zlib.constants.Z_SYNC_FLUSH, common.mustCall(() => {
  const sofar = Buffer.concat(chunks);
  assert(sofar.length > 0);
  assert.strictEqual(zlib.gunzipSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString(), 'first part, ');
  s.end('second part');
}));
s.on('end', common.mustCall(() => {
  assert.strictEqual(zlib.gunzipSync(Buffer.concat(chunks)).toString(), 'first part, second part');
}));
