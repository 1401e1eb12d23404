'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const util = require('util');
const { p } = require('./tmp');

fs.writeFileSync(p('a'), 'xyz');
const fd = fs.openSync(p('a'), 'r+');
(async () => {
  const r = await util.promisify(fs.read)(fd, Buffer.alloc(3), 0, 3, 0);
  assert.strictEqual(r.bytesRead, 3);
  assert.strictEqual(r.buffer.toString(), 'xyz');
  const w = await util.promisify(fs.write)(fd, Buffer.from('A'), 0, 1, 0);
  assert.strictEqual(w.bytesWritten, 1);
  assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), 'Ayz');
  assert.strictEqual(await util.promisify(fs.exists)(p('a')), true);
  assert.strictEqual(await util.promisify(fs.exists)(p('nope')), false);
  fs.closeSync(fd);
})().then(common.mustCall());
