'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

fs.mkdirSync(p('a/b/c'), { recursive: true });
fs.writeFileSync(p('a/f1'), '');
fs.writeFileSync(p('a/b/f2'), '');
fs.writeFileSync(p('top'), '');
const expected = ['a', 'a/b', 'a/b/c', 'a/b/f2', 'a/f1', 'top'];
assert.deepStrictEqual(fs.readdirSync(dir, { recursive: true }).sort(), expected);
const ents = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
const seen = ents.map((e) => `${e.parentPath.slice(dir.length)}|${e.name}|${e.isDirectory()}`).sort();
assert.deepStrictEqual(seen, [
  '/a/b|c|true', '/a/b|f2|false', '/a|b|true', '/a|f1|false', '|a|true', '|top|false',
]);
fs.readdir(dir, { recursive: true }, common.mustSucceed((list) => {
  assert.deepStrictEqual(list.sort(), expected);
}));
