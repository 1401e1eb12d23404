'use strict';
// path.win32.join: mixed separators, drives, empty arguments.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.win32.join;
const cases = [
  [[], "."],
  [[""], "."],
  [["", ""], "."],
  [["."], "."],
  [["a", "b"], "a\\b"],
  [["/a", "b"], "\\a\\b"],
  [["a", "/b"], "a\\b"],
  [["a/", "/b"], "a\\b"],
  [["/", ""], "\\"],
  [["", "/"], "\\"],
  [["", "a"], "a"],
  [["a", ""], "a"],
  [["a", "", "b"], "a\\b"],
  [[".", "."], "."],
  [["..", ".."], "..\\.."],
  [["a", "..", ".."], ".."],
  [["/a", "..", ".."], "\\"],
  [["a", "../b"], "b"],
  [["./", "a/"], "a\\"],
  [["//a", "b"], "\\\\a\\b\\"],
  [["a//", "//b"], "a\\b"],
  [["/foo", "bar", "baz/asdf", "quux", ".."], "\\foo\\bar\\baz\\asdf"],
  [["", "", "/"], "\\"],
  [[" ", "a"], " \\a"],
  [["a", " "], "a\\ "],
  [["a\\", "b"], "a\\b"],
  [["c:", "a"], "c:\\a"],
  [["c:\\", "a"], "c:\\a"],
  [["c:", ".."], "c:\\"],
  [["a", "c:"], ".\\a\\c:"],
  [["a:", "b"], "a:\\b"],
  [[".", "a:b"], ".\\a:b"],
  [["", "c:"], "c:."],
  [["x", "..", "c:"], ".\\c:"],
  [["CON:", "x"], "CON:\\x"],
  [[".", "CON:"], ".\\CON:"],
  [["x/..", "CON:", ".."], "x\\..\\CON:\\.."],
  [["a/b", "prn:"], "a\\b\\prn:"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
