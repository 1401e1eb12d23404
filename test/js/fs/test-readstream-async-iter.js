'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'x'.repeat(200000));
(async () => {
  let total = 0;
  let chunks = 0;
  const rs = fs.createReadStream(p('f'));
  for await (const chunk of rs) {
    assert.ok(Buffer.isBuffer(chunk));
    assert.ok(chunk.length <= 65536);
    total += chunk.length;
    chunks++;
  }
  assert.strictEqual(total, 200000);
  assert.strictEqual(chunks, 4);
  assert.strictEqual(rs.destroyed, true);
  assert.strictEqual(rs.closed, true);
})().then(common.mustCall());
