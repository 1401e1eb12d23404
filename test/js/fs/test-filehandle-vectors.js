'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const { p } = require('./tmp');

(async () => {
  const fh = await fsp.open(p('f'), 'w+');
  const w = await fh.writev([Buffer.from('ab'), Buffer.from('cd')]);
  assert.strictEqual(w.bytesWritten, 4);
  assert.strictEqual(w.buffers.length, 2);
  const x = Buffer.alloc(1);
  const y = Buffer.alloc(3);
  const r = await fh.readv([x, y], 0);
  assert.strictEqual(r.bytesRead, 4);
  assert.strictEqual(x.toString() + y.toString(), 'abcd');
  await fh.close();
  assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), 'abcd');
})().then(common.mustCall());
