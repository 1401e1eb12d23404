'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const data = Buffer.alloc(3 * 1024 * 1024 + 11);
for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
fs.writeFileSync(p('src'), data);
fs.copyFileSync(p('src'), p('dst'));
assert.ok(fs.readFileSync(p('dst')).equals(data));
fs.copyFile(p('src'), p('dst2'), common.mustSucceed(() => {
  assert.ok(fs.readFileSync(p('dst2')).equals(data));
}));
fs.promises.copyFile(p('src'), p('dst3'), fs.constants.COPYFILE_EXCL).then(common.mustCall(() => {
  assert.strictEqual(fs.statSync(p('dst3')).size, data.length);
}));
