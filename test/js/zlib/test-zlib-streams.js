'use strict';
// zlib streams: pipeline round trips, chunkSize-sized output, flush(), params(), bytesWritten,
// write-after-end of input in pieces, and the class hierarchy.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const { pipeline, Readable, Writable, Transform } = require('stream');

const input = Buffer.from(Array.from({ length: 200000 }, (_, i) => (i % 251) ^ (i >> 8) & 0xff));

function collect(done) {
  const chunks = [];
  return new Writable({
    write(chunk, enc, cb) {
      chunks.push(chunk);
      cb();
    },
    final(cb) {
      done(Buffer.concat(chunks), chunks);
      cb();
    },
  });
}

function pieces(buf, size) {
  const out = [];
  for (let i = 0; i < buf.length; i += size) out.push(buf.subarray(i, i + size));
  return out;
}

for (const [C, D] of [['createGzip', 'createGunzip'], ['createDeflate', 'createInflate'],
  ['createDeflateRaw', 'createInflateRaw'], ['createGzip', 'createUnzip']]) {
  pipeline(Readable.from(pieces(input, 7000)), zlib[C](), zlib[D]({ chunkSize: 1024 }),
           collect(common.mustCall((out, chunks) => {
             assert.deepStrictEqual(out, input, `${C} -> ${D}`);
             for (const c of chunks) assert.ok(c.length <= 1024);
           })), common.mustSucceed());
}

// flush() makes everything written so far decompressible
{
  const d = zlib.createDeflate();
  const chunks = [];
  d.on('data', (c) => chunks.push(c));
  d.write('hello');
  d.flush(common.mustCall(() => {
    const sofar = Buffer.concat(chunks);
    assert.strictEqual(sofar.toString('hex'), '789cca48cdc9c907000000ffff');
    assert.strictEqual(zlib.inflateSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString(), 'hello');
    d.end('world');
    d.on('end', common.mustCall(() => {
      assert.strictEqual(Buffer.concat(chunks).toString('hex'), '789cca48cdc9c907000000ffff2bcf2fca4901001736043d');
      assert.strictEqual(d.bytesWritten, 10);
    }));
  }));
}

// params() between writes
{
  const d = zlib.createDeflate({ level: 1 });
  const chunks = [];
  d.on('data', (c) => chunks.push(c));
  d.write(input.subarray(0, 50000));
  d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, common.mustCall(() => {
    d.end(input.subarray(50000));
  }));
  d.on('end', common.mustCall(() => {
    assert.deepStrictEqual(zlib.inflateSync(Buffer.concat(chunks)), input);
  }));
}

// classes
const g = new zlib.Gzip();
assert.ok(g instanceof Transform);
assert.ok(g instanceof zlib.Gzip);
assert.strictEqual(zlib.Gzip.name, 'Gzip');
assert.ok(zlib.Gunzip() instanceof zlib.Gunzip);
assert.strictEqual(typeof g.close, 'function');
g.close(common.mustCall());
