'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

fs.writeFileSync(p('a'), 'abc');
let sync = true;
fs.readFile(p('a'), common.mustSucceed((data) => {
  assert.strictEqual(sync, false);
  assert.deepStrictEqual(data, Buffer.from('abc'));
}));
fs.readFile(p('a'), 'utf8', common.mustSucceed((data) => assert.strictEqual(data, 'abc')));
fs.readFile(p('a'), { encoding: 'hex' }, common.mustSucceed((data) => assert.strictEqual(data, '616263')));
fs.readFile(p('nope'), common.mustCall((err, data) => {
  assert.strictEqual(data, undefined);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${p('nope')}'`);
}));
fs.readFile(dir, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.message, 'EISDIR: illegal operation on a directory, read');
}));
sync = false;
assert.throws(() => fs.readFile(p('a')), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});
