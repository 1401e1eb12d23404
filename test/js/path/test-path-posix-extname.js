'use strict';
// path.posix.extname: dot files have no extension, trailing slashes ignored.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.posix.extname;
const cases = [
  [[""], ""],
  [["."], ""],
  [[".."], ""],
  [["..."], "."],
  [[".a"], ""],
  [["..a"], ".a"],
  [["a."], "."],
  [["a.."], "."],
  [["a.b"], ".b"],
  [["a.b.c"], ".c"],
  [[".a.b"], ".b"],
  [["a/b.c/"], ".c"],
  [["a/b.c//"], ".c"],
  [["a.b/c"], ""],
  [["/a.b/.c"], ""],
  [["file.txt/"], ".txt"],
  [["file/"], ""],
  [["/file."], "."],
  [["/.file."], "."],
  [["/.file.ext"], ".ext"],
  [["a\\b.c"], ".c"],
  [["c:x.y"], ".y"],
  [["c:.y"], ".y"],
  [["c:\\.y"], ".y"],
  [[".x\\"], ""],
  [["x.\\"], ".\\"],
  [["a.b\\\\"], ".b\\\\"],
  [["....x"], ".x"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
