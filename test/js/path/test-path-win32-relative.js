'use strict';
// path.win32.relative: case-insensitive, other drive returns the target, and Node's char-level quirks.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.win32.relative;
const cases = [
  [["c:/blah\\blah", "d:/games"], "d:\\games"],
  [["c:/aaaa/bbbb", "c:/aaaa"], ".."],
  [["c:/aaaa/bbbb", "c:/cccc"], "..\\..\\cccc"],
  [["c:/aaaa/bbbb", "c:/aaaa/bbbb"], ""],
  [["c:/aaaa/", "c:/aaaa/cccc"], "cccc"],
  [["c:/", "c:\\aaaa\\bbbb"], "aaaa\\bbbb"],
  [["c:/aaaa/bbbb", "d:\\"], "d:\\"],
  [["c:/AaAa/bbbb", "c:/aaaa/bbbb"], ""],
  [["c:/aaaaa/", "c:/aaaa/cccc"], "..\\aaaa\\cccc"],
  [["C:\\foo\\bar\\baz\\quux", "C:\\"], "..\\..\\..\\.."],
  [["C:\\foo\\test", "C:\\foo\\test\\bar\\package.json"], "bar\\package.json"],
  [["C:\\foo\\bar\\baz-quux", "C:\\foo\\bar\\baz"], "..\\baz"],
  [["C:\\foo\\bar\\baz", "C:\\foo\\bar\\baz-quux"], "..\\baz-quux"],
  [["\\\\foo\\bar", "\\\\foo\\bar\\baz"], "baz"],
  [["\\\\foo\\bar\\baz", "\\\\foo\\bar"], ".."],
  [["\\\\foo\\bar\\baz-quux", "\\\\foo\\bar\\baz"], "..\\baz"],
  [["\\\\foo\\baz", "\\\\foo\\baz-quux"], "..\\baz-quux"],
  [["C:\\baz-quux", "C:\\baz"], "..\\baz"],
  [["C:\\baz", "C:\\baz-quux"], "..\\baz-quux"],
  [["\\\\foo\\baz-quux", "\\\\foo\\baz"], "..\\baz"],
  [["C:\\baz", "\\\\foo\\bar\\baz"], "\\\\foo\\bar\\baz"],
  [["\\\\foo\\bar\\baz", "C:\\baz"], "C:\\baz"],
  [["\\\\s\\sh", "\\\\t\\sh"], "\\\\t\\sh\\"],
  [["\\\\s\\sh", "\\\\s\\sh2"], "..\\sh2"],
  [["c:\\ab", "c:\\abc"], "..\\abc"],
  [["c:\\abc", "c:\\ab"], "..\\ab"],
  [["c:\\a", "c:\\ab"], "..\\ab"],
  [["c:\\x", "c:\\x\\"], ""],
  [["c:\\İ\\a", "c:\\b"], "..\\..\\b"],
  [["\\\\İ\\a", "\\\\j\\b"], "..\\..\\j\\b"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
