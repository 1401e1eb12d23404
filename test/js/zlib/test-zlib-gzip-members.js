'use strict';
// Concatenated gzip members are all decompressed; zero padding after the last member is
// ignored; unzip detects gzip or zlib; trailing data after a zlib stream is ignored.
require('../../common');
const assert = require('assert');
const zlib = require('zlib');

const ab = Buffer.concat([zlib.gzipSync('a'), zlib.gzipSync('b'), zlib.gzipSync('')]);
assert.strictEqual(zlib.gunzipSync(ab).toString(), 'ab');
assert.strictEqual(zlib.unzipSync(ab).toString(), 'ab');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('a'), Buffer.alloc(100)])).toString(), 'a');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('a'), Buffer.from([0, 1])])).toString(), 'a');
assert.throws(() => zlib.gunzipSync(Buffer.concat([zlib.gzipSync('a'), Buffer.from('xyz')])),
              { code: 'Z_DATA_ERROR', message: 'incorrect header check' });
assert.throws(() => zlib.gunzipSync(Buffer.concat([zlib.gzipSync('a'), Buffer.from([0x1f])])),
              { code: 'Z_BUF_ERROR', message: 'unexpected end of file' });
assert.strictEqual(zlib.unzipSync(zlib.deflateSync('zz')).toString(), 'zz');
assert.strictEqual(zlib.inflateSync(Buffer.concat([zlib.deflateSync('a'), Buffer.from('xyz')])).toString(), 'a');
assert.strictEqual(zlib.inflateRawSync(Buffer.concat([zlib.deflateRawSync('a'), Buffer.from('xyz')])).toString(), 'a');

// a gzip header with FEXTRA, FNAME, FCOMMENT and FHCRC (built by hand; Node's gzip writes none)
{
  const body = zlib.deflateRawSync('named');
  const trailer = zlib.gzipSync('named').subarray(-8);
  const header = Buffer.from([0x1f, 0x8b, 8, 4 | 8 | 16 | 2, 0, 0, 0, 0, 0, 3]);
  const extra = Buffer.from([3, 0, 1, 2, 3]);
  const name = Buffer.from('file.txt\0');
  const comment = Buffer.from('a comment\0');
  const hcrc = Buffer.alloc(2);
  hcrc.writeUInt16LE(zlib.crc32(Buffer.concat([header, extra, name, comment])) & 0xffff);
  const gz = Buffer.concat([header, extra, name, comment, hcrc, body, trailer]);
  assert.strictEqual(zlib.gunzipSync(gz).toString(), 'named');
  // the same bytes one at a time through a stream
  const g = zlib.createGunzip();
  const out = [];
  g.on('data', (c) => out.push(c));
  g.on('end', () => assert.strictEqual(Buffer.concat(out).toString(), 'named'));
  for (const byte of gz) g.write(Buffer.from([byte]));
  g.end();
  const bad = Buffer.from(gz);
  bad[header.length + extra.length + name.length + comment.length] ^= 1;
  assert.throws(() => zlib.gunzipSync(bad), { code: 'Z_DATA_ERROR', message: 'header crc mismatch' });
}

// truncated input with finishFlush: Z_SYNC_FLUSH gives what is there instead of an error
{
  const text = 'partial data '.repeat(100);
  const full = zlib.gzipSync(text);
  const part = zlib.gunzipSync(full.subarray(0, full.length - 20), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  assert.ok(text.startsWith(part.toString()));
  assert.ok(part.length > 0);
}
