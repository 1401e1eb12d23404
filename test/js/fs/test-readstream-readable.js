'use strict';
// paused-mode read() after 'readable'.
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'hello');
const rs = fs.createReadStream(p('f'));
let s = '';
rs.on('readable', () => {
  let chunk;
  while ((chunk = rs.read()) !== null) s += chunk;
});
rs.on('end', common.mustCall(() => assert.strictEqual(s, 'hello')));
