'use strict';
// format(parse(p)) for both platforms.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = (p) => [path.posix.format(path.posix.parse(p)), path.win32.format(path.win32.parse(p))];
const cases = [
  [["/home/user/dir/file.txt"], ["/home/user/dir/file.txt", "/home/user/dir\\file.txt"]],
  [["/a/b"], ["/a/b", "/a\\b"]],
  [["a/b.c"], ["a/b.c", "a\\b.c"]],
  [["/"], ["/", "/"]],
  [[".x"], [".x", ".x"]],
  [["x/"], ["x", "x"]],
  [["c:\\a\\b.c"], ["c:\\a\\b.c", "c:\\a\\b.c"]],
  [["\\\\s\\sh\\f.e"], ["\\\\s\\sh\\f.e", "\\\\s\\sh\\f.e"]],
  [["c:a.b"], ["c:a.b", "c:a.b"]],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
