'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.mkdirSync(p('src/sub'), { recursive: true });
fs.writeFileSync(p('src/sub/x'), 'X');
fs.writeFileSync(p('f'), 'F');
fs.cp(p('src'), p('dst'), { recursive: true }, common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(p('dst/sub/x'), 'utf8'), 'X');
}));
fs.cp(p('f'), p('f2'), common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(p('f2'), 'utf8'), 'F');
}));
fs.cp(p('f'), p('f'), common.mustCall((err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_FS_CP_EINVAL');
  assert.strictEqual(err.message,
    `Invalid src or dest: cp returned EINVAL (src and dest cannot be the same) ${p('f')}`);
}));
fs.cp(p('src'), p('d4'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  assert.strictEqual(err.message,
    `Path is a directory: cp returned EISDIR (${p('src')} is a directory (not copied)) ${p('src')}`);
}));
fs.promises.cp(p('src'), p('dst3'), { recursive: true }).then(common.mustCall(() => {
  assert.strictEqual(fs.existsSync(p('dst3/sub/x')), true);
}));
