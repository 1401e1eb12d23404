'use strict';
// path.format: dir wins over root, base over name+ext, ext gets its dot.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = (o) => [path.posix.format(o), path.win32.format(o)];
const cases = [
  [[{ "dir": "/home/user/dir", "base": "file.txt" }], ["/home/user/dir/file.txt", "/home/user/dir\\file.txt"]],
  [[{ "root": "/", "base": "file.txt", "ext": "ignored" }], ["/file.txt", "/file.txt"]],
  [[{ "root": "/", "name": "file", "ext": ".txt" }], ["/file.txt", "/file.txt"]],
  [[{ "root": "/", "name": "file", "ext": "txt" }], ["/file.txt", "/file.txt"]],
  [[{ "root": "/ignored", "dir": "/x", "base": "y" }], ["/x/y", "/x\\y"]],
  [[{ "dir": "x", "root": "x", "base": "y" }], ["xy", "xy"]],
  [[{}], ["", ""]],
  [[{ "name": "a" }], ["a", "a"]],
  [[{ "ext": ".js" }], [".js", ".js"]],
  [[{ "ext": "js" }], [".js", ".js"]],
  [[{ "root": "c:\\" }], ["c:\\", "c:\\"]],
  [[{ "dir": "c:\\", "base": "a" }], ["c:\\/a", "c:\\\\a"]],
  [[{ "dir": 1, "base": 2 }], ["1/2", "1\\2"]],
  [[{ "name": 0, "ext": 0 }], ["", ""]],
  [[{ "name": "x", "ext": 5 }], ["x.5", "x.5"]],
  [[{ "root": "", "dir": "", "base": "", "name": "n", "ext": ".." }], ["n..", "n.."]],
  [[{ "base": "", "name": "n", "ext": ".e" }], ["n.e", "n.e"]],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
