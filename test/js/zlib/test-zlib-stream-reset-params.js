'use strict';
// Deflate stream params() changes level mid-stream and reset() starts a fresh stream; both outputs inflate correctly.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const d = zlib.createDeflate({ level: 1 });
const out = [];
d.on('data', (c) => out.push(c));
d.write('x'.repeat(10000));
d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, common.mustCall(() => {
  d.end('y'.repeat(10000));
}));
d.on('end', common.mustCall(() => {
  assert.strictEqual(zlib.inflateSync(Buffer.concat(out)).toString(), 'x'.repeat(10000) + 'y'.repeat(10000));
}));
const r = zlib.createGzip();
r.reset();
const parts = [];
r.on('data', (c) => parts.push(c));
r.on('end', common.mustCall(() => assert.strictEqual(zlib.gunzipSync(Buffer.concat(parts)).toString(), 'after reset')));
r.end('after reset');
