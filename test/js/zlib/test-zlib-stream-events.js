'use strict';
// Stream behaviour: 'data'/'end'/'close' order, writes of strings, destroy() and close(),
// maxOutputLength (ignored by streams), and errors surfacing once through 'error' and pipeline().
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const { pipeline, Readable } = require('stream');

{
  const gz = zlib.createGzip();
  const events = [];
  const chunks = [];
  gz.on('data', (c) => chunks.push(c));
  gz.on('end', () => events.push('end'));
  gz.on('close', common.mustCall(() => {
    events.push('close');
    assert.deepStrictEqual(events, ['end', 'close']);
    assert.strictEqual(zlib.gunzipSync(Buffer.concat(chunks)).toString(), 'string one, string two');
  }));
  gz.write('string one, ');
  gz.end('string two');
}

// maxOutputLength limits only the convenience methods: a stream passes everything
{
  const inflate = zlib.createInflate({ maxOutputLength: 100 });
  let n = 0;
  inflate.on('data', (c) => { n += c.length; });
  inflate.on('end', common.mustCall(() => assert.strictEqual(n, 1000)));
  inflate.end(zlib.deflateSync(Buffer.alloc(1000)));
}

pipeline(Readable.from([Buffer.from('definitely not gzip')]), zlib.createGunzip(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.errno, -3);
}));

{
  const d = zlib.createDeflate();
  d.on('close', common.mustCall());
  d.destroy();
  assert.strictEqual(d.destroyed, true);
  assert.strictEqual(d._closed, true);
}

// a truncated stream ends with 'unexpected end of file'
{
  const full = zlib.gzipSync('x'.repeat(1000));
  const g = zlib.createGunzip();
  g.on('data', () => {});
  g.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'Z_BUF_ERROR');
    assert.strictEqual(err.message, 'unexpected end of file');
  }));
  g.end(full.subarray(0, full.length - 4));
}
