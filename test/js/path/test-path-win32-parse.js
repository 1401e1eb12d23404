'use strict';
// path.win32.parse with drives, UNC roots and device paths.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.win32.parse;
const cases = [
  [[""], { "root": "", "dir": "", "base": "", "ext": "", "name": "" }],
  [["\\"], { "root": "\\", "dir": "\\", "base": "", "ext": "", "name": "" }],
  [["c:"], { "root": "c:", "dir": "c:", "base": "", "ext": "", "name": "" }],
  [["c:\\"], { "root": "c:\\", "dir": "c:\\", "base": "", "ext": "", "name": "" }],
  [["c:/"], { "root": "c:/", "dir": "c:/", "base": "", "ext": "", "name": "" }],
  [["c:a"], { "root": "c:", "dir": "c:", "base": "a", "ext": "", "name": "a" }],
  [["c:\\a"], { "root": "c:\\", "dir": "c:\\", "base": "a", "ext": "", "name": "a" }],
  [["c:\\a\\"], { "root": "c:\\", "dir": "c:\\", "base": "a", "ext": "", "name": "a" }],
  [["C:\\path\\dir\\file.txt"], { "root": "C:\\", "dir": "C:\\path\\dir", "base": "file.txt", "ext": ".txt", "name": "file" }],
  [["\\\\server\\share"], { "root": "\\\\server\\share", "dir": "\\\\server\\share", "base": "", "ext": "", "name": "" }],
  [["\\\\server\\share\\"], { "root": "\\\\server\\share\\", "dir": "\\\\server\\share\\", "base": "", "ext": "", "name": "" }],
  [["\\\\server\\share\\a.b"], { "root": "\\\\server\\share\\", "dir": "\\\\server\\share\\", "base": "a.b", "ext": ".b", "name": "a" }],
  [["\\\\server"], { "root": "\\", "dir": "\\", "base": "server", "ext": "", "name": "server" }],
  [["\\\\?\\UNC\\s\\sh"], { "root": "\\\\?\\UNC\\", "dir": "\\\\?\\UNC\\s", "base": "sh", "ext": "", "name": "sh" }],
  [["\\\\.\\c:\\..\\x"], { "root": "\\\\.\\c:\\", "dir": "\\\\.\\c:\\..", "base": "x", "ext": "", "name": "x" }],
  [["a\\b.c\\"], { "root": "", "dir": "a", "base": "b.c", "ext": ".c", "name": "b" }],
  [["x"], { "root": "", "dir": "", "base": "x", "ext": "", "name": "x" }],
  [[".x"], { "root": "", "dir": "", "base": ".x", "ext": "", "name": ".x" }],
  [["..\\"], { "root": "", "dir": "", "base": "..", "ext": "", "name": ".." }],
  [["c:.."], { "root": "c:", "dir": "c:", "base": "..", "ext": "", "name": ".." }],
  [["file:stream"], { "root": "", "dir": "", "base": "file:stream", "ext": "", "name": "file:stream" }],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
