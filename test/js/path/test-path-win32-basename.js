'use strict';
// path.win32.basename: both separators, and a leading drive is not part of the name.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.win32.basename;
const cases = [
  [[""], ""],
  [["/"], ""],
  [["//"], ""],
  [["a"], "a"],
  [["/a"], "a"],
  [["a/"], "a"],
  [["a//"], "a"],
  [["/a/b.js"], "b.js"],
  [["/a/b.js/"], "b.js"],
  [["b.js"], "b.js"],
  [[".js"], ".js"],
  [[".."], ".."],
  [["..."], "..."],
  [["a\\b"], "b"],
  [["c:"], ""],
  [["c:\\"], ""],
  [["c:a"], "a"],
  [["c:\\a\\b.txt"], "b.txt"],
  [["c:\\a\\"], "a"],
  [["\\\\s\\sh"], "sh"],
  [["a.b.c"], "a.b.c"],
  [["/x/.profile"], ".profile"],
  [["aaa/bbb"], "bbb"],
  [["C:foo.html"], "foo.html"],
  [["file:stream"], "file:stream"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
