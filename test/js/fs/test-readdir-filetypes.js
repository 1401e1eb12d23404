'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

fs.writeFileSync(p('file'), '');
fs.mkdirSync(p('dir'));
fs.symlinkSync('file', p('link'));
const ents = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
assert.deepStrictEqual(ents.map((e) => e.name), ['dir', 'file', 'link']);
for (const e of ents) {
  assert.ok(e instanceof fs.Dirent);
  assert.strictEqual(e.parentPath, dir);
}
assert.strictEqual(ents[0].isDirectory(), true);
assert.strictEqual(ents[0].isFile(), false);
assert.strictEqual(ents[1].isFile(), true);
assert.strictEqual(ents[2].isSymbolicLink(), true);
assert.strictEqual(ents[2].isFile(), false);
for (const e of ents) {
  assert.strictEqual(e.isFIFO(), false);
  assert.strictEqual(e.isSocket(), false);
  assert.strictEqual(e.isBlockDevice(), false);
  assert.strictEqual(e.isCharacterDevice(), false);
}
assert.deepStrictEqual(Object.keys(ents[1]), ['name', 'parentPath']);
fs.readdir(dir, { withFileTypes: true }, common.mustSucceed((list) => {
  assert.strictEqual(list.length, 3);
  assert.ok(list.every((e) => e instanceof fs.Dirent));
}));
