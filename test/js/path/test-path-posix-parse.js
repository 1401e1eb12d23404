'use strict';
// path.posix.parse: root, dir, base, ext and name for odd inputs.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.posix.parse;
const cases = [
  [[""], { "root": "", "dir": "", "base": "", "ext": "", "name": "" }],
  [["/"], { "root": "/", "dir": "/", "base": "", "ext": "", "name": "" }],
  [["//"], { "root": "/", "dir": "/", "base": "", "ext": "", "name": "" }],
  [["///"], { "root": "/", "dir": "/", "base": "", "ext": "", "name": "" }],
  [["a"], { "root": "", "dir": "", "base": "a", "ext": "", "name": "a" }],
  [["/a"], { "root": "/", "dir": "/", "base": "a", "ext": "", "name": "a" }],
  [["a/"], { "root": "", "dir": "", "base": "a", "ext": "", "name": "a" }],
  [["/a/"], { "root": "/", "dir": "/", "base": "a", "ext": "", "name": "a" }],
  [["/home/user/dir/file.txt"], { "root": "/", "dir": "/home/user/dir", "base": "file.txt", "ext": ".txt", "name": "file" }],
  [["./file"], { "root": "", "dir": ".", "base": "file", "ext": "", "name": "file" }],
  [["../file.js"], { "root": "", "dir": "..", "base": "file.js", "ext": ".js", "name": "file" }],
  [[".profile"], { "root": "", "dir": "", "base": ".profile", "ext": "", "name": ".profile" }],
  [["/.x.y"], { "root": "/", "dir": "/", "base": ".x.y", "ext": ".y", "name": ".x" }],
  [["/a//b"], { "root": "/", "dir": "/a/", "base": "b", "ext": "", "name": "b" }],
  [["a/b/c.d.e"], { "root": "", "dir": "a/b", "base": "c.d.e", "ext": ".e", "name": "c.d" }],
  [["/.."], { "root": "/", "dir": "/", "base": "..", "ext": ".", "name": "." }],
  [[".."], { "root": "", "dir": "", "base": "..", "ext": "", "name": ".." }],
  [["..."], { "root": "", "dir": "", "base": "...", "ext": ".", "name": ".." }],
  [["x/.."], { "root": "", "dir": "x", "base": "..", "ext": "", "name": ".." }],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
