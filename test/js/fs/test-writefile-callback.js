'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

fs.writeFile(p('a'), 'hello', common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), 'hello');
  fs.writeFile(p('a'), Buffer.from('bye'), { mode: 0o600 }, common.mustSucceed(() => {
    assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), 'bye');
  }));
}));
fs.writeFile(dir, 'x', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.syscall, 'open');
}));
fs.writeFile(p('h'), '6869', 'hex', common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(p('h'), 'utf8'), 'hi');
}));
assert.throws(() => fs.writeFile(p('x'), 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
