'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

const n = 50;
let left = n;
for (let i = 0; i < n; i++) {
  fs.writeFile(p(`f${i}`), `content ${i}`, common.mustSucceed(() => {
    if (--left === 0) readBack();
  }));
}
function readBack() {
  assert.strictEqual(fs.readdirSync(dir).length, n);
  let pending = n;
  for (let i = 0; i < n; i++) {
    fs.readFile(p(`f${i}`), 'utf8', common.mustSucceed((s) => {
      assert.strictEqual(s, `content ${i}`);
      pending--;
    }));
  }
  process.on('exit', () => assert.strictEqual(pending, 0));
}
