'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'xyz');
(async () => {
  const fh = await fsp.open(p('f'));
  const r = await fh.read();
  assert.strictEqual(r.bytesRead, 3);
  assert.strictEqual(r.buffer.length, 16384);
  assert.strictEqual(r.buffer.toString('utf8', 0, 3), 'xyz');
  const r2 = await fh.read();
  assert.strictEqual(r2.bytesRead, 0);
  await fh.close();
})().then(common.mustCall());
