'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

assert.throws(() => fs.readFileSync(p('missing')), {
  name: 'Error',
  code: 'ENOENT',
  errno: -2,
  syscall: 'open',
  path: p('missing'),
  message: `ENOENT: no such file or directory, open '${p('missing')}'`,
});
assert.throws(() => fs.readFileSync(dir), (err) => {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.errno, -21);
  assert.strictEqual(err.syscall, 'read');
  assert.strictEqual(err.message, 'EISDIR: illegal operation on a directory, read');
  assert.strictEqual(err.path, undefined);
  return true;
});
fs.writeFileSync(p('f'), 'x');
assert.throws(() => fs.readFileSync(p('f/x')), {
  code: 'ENOTDIR',
  message: `ENOTDIR: not a directory, open '${p('f/x')}'`,
});
assert.throws(() => fs.readFileSync(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received undefined',
});
assert.throws(() => fs.readFileSync('a\0b'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00b'",
});
assert.throws(() => fs.readFileSync(p('f'), 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
});
assert.throws(() => fs.readFileSync(p('f'), { flag: 'zz' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'flags' is invalid. Received 'zz'",
});
assert.throws(() => fs.readFileSync(p('f'), 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be one of type string or object. Received type number (5)',
});
