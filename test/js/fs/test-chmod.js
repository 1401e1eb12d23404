'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), '');
fs.chmodSync(p('f'), 0o600);
assert.strictEqual(fs.statSync(p('f')).mode & 0o7777, 0o600);
fs.chmodSync(p('f'), '755');
assert.strictEqual(fs.statSync(p('f')).mode & 0o7777, 0o755);
assert.throws(() => fs.chmodSync(p('nope'), 0o644), {
  code: 'ENOENT', syscall: 'chmod', message: `ENOENT: no such file or directory, chmod '${p('nope')}'`,
});
assert.throws(() => fs.chmodSync(p('f'), 'rwx'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'rwx'",
});
assert.throws(() => fs.chmodSync(p('f')), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "mode" argument must be of type number. Received undefined',
});
fs.chmod(p('f'), 0o640, common.mustSucceed(() => {
  assert.strictEqual(fs.statSync(p('f')).mode & 0o777, 0o640);
  fdPart();
}));
function fdPart() {
const fd = fs.openSync(p('f'), 'r');
fs.fchmodSync(fd, 0o604);
assert.strictEqual(fs.fstatSync(fd).mode & 0o777, 0o604);
fs.fchmod(fd, 0o600, common.mustSucceed(() => {
  assert.strictEqual(fs.fstatSync(fd).mode & 0o777, 0o600);
  fs.closeSync(fd);
}));
}
assert.strictEqual(fs.lchmod, undefined);
