'use strict';
// pause()/resume() in the middle of a file.
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'abcdefgh');
const rs = fs.createReadStream(p('f'), { highWaterMark: 2, encoding: 'utf8' });
const got = [];
rs.on('data', (c) => {
  got.push(c);
  if (got.length === 2) {
    rs.pause();
    setTimeout(() => {
      assert.strictEqual(got.length, 2);
      rs.resume();
    }, 20);
  }
});
rs.on('end', common.mustCall(() => assert.deepStrictEqual(got, ['ab', 'cd', 'ef', 'gh'])));
