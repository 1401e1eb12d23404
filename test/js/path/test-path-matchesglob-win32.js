'use strict';
// path.win32.matchesGlob: backslash separators, drive letters and \\?\ prefixes, UNC roots.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = (p, g) => [path.posix.matchesGlob(p, g), path.win32.matchesGlob(p, g)];
const cases = [
  [["C:\\x\\y", "c:/x/*"], [false, true]],
  [["c:/x/y", "C:\\x\\*"], [false, true]],
  [["D:\\x\\y", "c:/x/*"], [false, false]],
  [["//?/C:/x/y", "c:/x/*"], [false, true]],
  [["c:/x/y", "//?/C:/x/*"], [false, true]],
  [["\\\\server\\share\\a.txt", "//server/share/*.txt"], [false, true]],
  [["//server/share/a.txt", "//server/share/*"], [true, true]],
  [["//server/share/a", "/server/share/a"], [true, false]],
  [["\\\\?\\UNC\\srv\\sh", "//?/UNC/srv/*"], [false, true]],
  [["a\\b\\c.js", "**/*.js"], [true, true]],
  [["a\\.b\\c.js", "a/**/c.js"], [false, false]],
  [["C:", "c:"], [false, true]],
  [["c:\\", "C:/"], [false, true]],
  [["X:\\a", "?:/a"], [false, true]],
  [["a\\b", "a\\\\b"], [false, true]],
  [["/a", "\\a"], [true, true]],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
