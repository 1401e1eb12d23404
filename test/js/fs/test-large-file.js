'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const big = Buffer.alloc(5 * 1024 * 1024 + 7);
for (let i = 0; i < big.length; i += 4096) big[i] = (i / 4096) & 0xff;
fs.writeFileSync(p('big'), big);
assert.strictEqual(fs.statSync(p('big')).size, big.length);
assert.ok(fs.readFileSync(p('big')).equals(big));
fs.readFile(p('big'), common.mustSucceed((data) => {
  assert.ok(data.equals(big));
  fs.writeFile(p('big2'), data, common.mustSucceed(() => {
    assert.ok(fs.readFileSync(p('big2')).equals(big));
  }));
}));
// reads larger than any internal chunk land whole
const fd = fs.openSync(p('big'), 'r');
const into = Buffer.alloc(big.length);
assert.strictEqual(fs.readSync(fd, into, 0, into.length, 0), big.length);
assert.ok(into.equals(big));
fs.closeSync(fd);
