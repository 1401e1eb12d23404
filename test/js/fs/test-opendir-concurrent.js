'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

for (let i = 0; i < 5; i++) fs.writeFileSync(p(`f${i}`), '');
const d = fs.opendirSync(dir);
const names = [];
// queued reads complete in order
for (let i = 0; i < 6; i++) {
  d.read(common.mustSucceed((e) => {
    if (e) names.push(e.name);
  }));
}
assert.throws(() => d.readSync(), {
  code: 'ERR_DIR_CONCURRENT_OPERATION',
  message: 'Cannot do synchronous work on directory handle with concurrent asynchronous operations',
});
d.close(common.mustSucceed(() => {
  assert.deepStrictEqual(names.sort(), ['f0', 'f1', 'f2', 'f3', 'f4']);
}));
