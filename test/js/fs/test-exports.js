'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');

const names = ['appendFile', 'appendFileSync', 'access', 'accessSync', 'chown', 'chownSync',
  'chmod', 'chmodSync', 'close', 'closeSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync',
  'createReadStream', 'createWriteStream', 'exists', 'existsSync', 'fchown', 'fchownSync',
  'fchmod', 'fchmodSync', 'fdatasync', 'fdatasyncSync', 'fstat', 'fstatSync', 'fsync', 'fsyncSync',
  'ftruncate', 'ftruncateSync', 'futimes', 'futimesSync', 'lchown', 'lchownSync', 'link', 'linkSync',
  'lstat', 'lstatSync', 'lutimes', 'lutimesSync', 'mkdir', 'mkdirSync', 'mkdtemp', 'mkdtempSync',
  'open', 'openSync', 'readdir', 'readdirSync', 'read', 'readSync', 'readv', 'readvSync',
  'readFile', 'readFileSync', 'readlink', 'readlinkSync', 'realpath', 'realpathSync', 'rename',
  'renameSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync', 'stat', 'statSync', 'symlink', 'symlinkSync',
  'truncate', 'truncateSync', 'unlink', 'unlinkSync', 'utimes', 'utimesSync', 'writeFile',
  'writeFileSync', 'write', 'writeSync', 'writev', 'writevSync', 'opendir', 'opendirSync'];
for (const n of names) assert.strictEqual(typeof fs[n], 'function', n);
for (const n of ['Dirent', 'Stats', 'ReadStream', 'WriteStream', 'Dir']) {
  assert.strictEqual(typeof fs[n], 'function', n);
}
assert.strictEqual(typeof fs.realpathSync.native, 'function');
assert.strictEqual(typeof fs.realpath.native, 'function');
assert.strictEqual(typeof fs.promises, 'object');
const keys = Object.keys(fs);
assert.ok(keys.includes('promises'));
assert.ok(keys.includes('constants'));
assert.ok(keys.includes('ReadStream'));
const pkeys = Object.keys(require('fs/promises'));
for (const n of ['access', 'copyFile', 'cp', 'open', 'opendir', 'rename', 'truncate', 'rm', 'rmdir',
  'mkdir', 'readdir', 'readlink', 'symlink', 'lstat', 'stat', 'link', 'unlink', 'chmod', 'lchown',
  'chown', 'utimes', 'lutimes', 'realpath', 'mkdtemp', 'writeFile', 'appendFile', 'readFile']) {
  assert.ok(pkeys.includes(n), n);
  assert.strictEqual(typeof require('fs/promises')[n], 'function', n);
}
assert.strictEqual(require('node:fs'), fs);
