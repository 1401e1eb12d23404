'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const d = fs.mkdtempSync(p('pre-'));
assert.ok(d.startsWith(p('pre-')));
assert.strictEqual(d.length, p('pre-').length + 6);
assert.strictEqual(fs.statSync(d).isDirectory(), true);
assert.strictEqual(fs.statSync(d).mode & 0o777, 0o700);
const b = fs.mkdtempSync(p('buf-'), 'buffer');
assert.ok(Buffer.isBuffer(b));
assert.throws(() => fs.mkdtempSync(p('no/such/x')), {
  code: 'ENOENT', syscall: 'mkdtemp', path: `${p('no/such/x')}XXXXXX`,
  message: `ENOENT: no such file or directory, mkdtemp '${p('no/such/x')}XXXXXX'`,
});
assert.throws(() => fs.mkdtempSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prefix" argument must be of type string or an instance of Buffer or URL. Received type number (5)',
});
fs.mkdtemp(p('cb-'), common.mustSucceed((dir) => {
  assert.ok(dir.startsWith(p('cb-')));
  assert.notStrictEqual(dir, d);
}));
fs.mkdtemp(p('no/such/'), common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
