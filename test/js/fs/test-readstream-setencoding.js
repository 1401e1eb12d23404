'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

// multi-byte characters split across chunks are decoded whole
fs.writeFileSync(p('f'), '€€€€');
const rs = fs.createReadStream(p('f'), { highWaterMark: 2 });
rs.setEncoding('utf8');
const parts = [];
rs.on('data', (s) => parts.push(s));
rs.on('end', common.mustCall(() => {
  assert.strictEqual(parts.join(''), '€€€€');
  assert.ok(parts.every((s) => typeof s === 'string'));
}));
