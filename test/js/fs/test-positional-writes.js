'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

// positional writes from the pool in any order build the same file
const fd = fs.openSync(p('f'), 'w+');
const parts = ['aa', 'bb', 'cc', 'dd', 'ee'];
let left = parts.length;
parts.forEach((s, i) => {
  fs.write(fd, Buffer.from(s), 0, 2, i * 2, common.mustSucceed(() => {
    if (--left === 0) {
      assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), 'aabbccddee');
      fs.closeSync(fd);
    }
  }));
});
