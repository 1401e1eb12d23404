'use strict';
// path.win32.normalize: drives, UNC roots, drive-relative paths, both separators.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.win32.normalize;
const cases = [
  [[""], "."],
  [["."], "."],
  [[".."], ".."],
  [["\\"], "\\"],
  [["/"], "\\"],
  [["\\\\"], "\\"],
  [["//"], "\\"],
  [["a"], "a"],
  [["a\\"], "a\\"],
  [["a/"], "a\\"],
  [["\\a"], "\\a"],
  [["/a"], "\\a"],
  [["a\\b"], "a\\b"],
  [["a/b"], "a\\b"],
  [["a\\\\b"], "a\\b"],
  [["a\\.\\b"], "a\\b"],
  [["a\\..\\b"], "b"],
  [["a\\b\\..\\..\\.."], ".."],
  [["..\\a"], "..\\a"],
  [["c:"], "c:."],
  [["C:"], "C:."],
  [["c:."], "c:."],
  [["c:.."], "c:.."],
  [["c:\\"], "c:\\"],
  [["c:/"], "c:\\"],
  [["c:\\.."], "c:\\"],
  [["c:\\..\\..\\a"], "c:\\a"],
  [["c:a\\..\\.."], "c:.."],
  [["c:a\\b"], "c:a\\b"],
  [["C:\\a\\b\\"], "C:\\a\\b\\"],
  [["C://a//b"], "C:\\a\\b"],
  [["c:\\a\\.\\b\\..\\c"], "c:\\a\\c"],
  [["\\\\server"], "\\server"],
  [["\\\\server\\"], "\\server\\"],
  [["\\\\server\\share"], "\\\\server\\share\\"],
  [["\\\\server\\share\\"], "\\\\server\\share\\"],
  [["\\\\server\\share\\a\\..\\.."], "\\\\server\\share\\"],
  [["//server/share/a/b"], "\\\\server\\share\\a\\b"],
  [["\\\\\\server\\share"], "\\server\\share"],
  [["\\\\.\\pipe\\x"], "\\\\.\\pipe\\x"],
  [["\\\\?\\c:\\a\\.."], "\\\\?\\c:"],
  [["\\\\."], "\\"],
  [["\\\\?\\"], "\\?\\"],
  [["a:b"], "a:b"],
  [[":"], ":"],
  [["x:y\\..\\.."], "x:.."],
  [["file:stream"], "file:stream"],
  [["1:\\a"], ".\\1:\\a"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
