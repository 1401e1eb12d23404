'use strict';
// path.posix.basename without a suffix; backslashes are ordinary characters.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.posix.basename;
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
  [["a\\b"], "a\\b"],
  [["c:"], "c:"],
  [["c:\\"], "c:\\"],
  [["c:a"], "c:a"],
  [["c:\\a\\b.txt"], "c:\\a\\b.txt"],
  [["c:\\a\\"], "c:\\a\\"],
  [["\\\\s\\sh"], "\\\\s\\sh"],
  [["a.b.c"], "a.b.c"],
  [["/x/.profile"], ".profile"],
  [["aaa/bbb"], "bbb"],
  [["C:foo.html"], "C:foo.html"],
  [["file:stream"], "file:stream"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
