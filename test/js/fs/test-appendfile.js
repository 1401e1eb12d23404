'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.appendFileSync(p('a'), 'one');
fs.appendFileSync(p('a'), Buffer.from(' two'));
fs.appendFileSync(p('a'), ' 3', { encoding: 'utf8' });
assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), 'one two 3');
fs.appendFile(p('a'), '!', common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), 'one two 3!');
  fs.appendFile(p('b'), 'new', 'utf8', common.mustSucceed(() => {
    assert.strictEqual(fs.readFileSync(p('b'), 'utf8'), 'new');
  }));
}));
// appendFile to an fd
const fd = fs.openSync(p('c'), 'w');
fs.appendFileSync(fd, 'x');
fs.appendFileSync(fd, 'y');
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(p('c'), 'utf8'), 'xy');
