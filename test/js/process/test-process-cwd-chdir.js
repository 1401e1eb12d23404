'use strict';
const assert = require('assert');
const path = require('path');
const start = process.cwd();
assert.ok(path.isAbsolute(start));
process.chdir(__dirname);
assert.strictEqual(process.cwd(), __dirname);
process.chdir('..');
assert.strictEqual(process.cwd(), path.dirname(__dirname));
// Relative requires resolve from the module, not the cwd.
assert.strictEqual(typeof require('../../common').mustCall, 'function');
assert.throws(() => process.chdir('/does/not/exist'), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'chdir');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.message,
    `ENOENT: no such file or directory, chdir '${process.cwd()}' -> '/does/not/exist'`);
  assert.strictEqual(err.path, process.cwd());
  assert.strictEqual(err.dest, '/does/not/exist');
  return true;
});
assert.throws(() => process.chdir(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "directory" argument must be of type string. Received type number (1)',
});
process.chdir(start);
