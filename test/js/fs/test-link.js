'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('a'), 'A');
fs.linkSync(p('a'), p('b'));
assert.strictEqual(fs.statSync(p('a')).nlink, 2);
assert.strictEqual(fs.statSync(p('a')).ino, fs.statSync(p('b')).ino);
fs.writeFileSync(p('b'), 'B');
assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), 'B');
assert.throws(() => fs.linkSync(p('nope'), p('c')), {
  code: 'ENOENT', syscall: 'link', path: p('nope'), dest: p('c'),
  message: `ENOENT: no such file or directory, link '${p('nope')}' -> '${p('c')}'`,
});
assert.throws(() => fs.linkSync(p('a'), p('b')), { code: 'EEXIST', syscall: 'link' });
fs.link(p('a'), p('c'), common.mustSucceed(() => {
  assert.strictEqual(fs.statSync(p('a')).nlink, 3);
}));
assert.throws(() => fs.linkSync(p('a')), {
  message: 'The "newPath" argument must be of type string or an instance of Buffer or URL. Received undefined',
});
