'use strict';
// path.isAbsolute on both platforms.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = (p) => [path.posix.isAbsolute(p), path.win32.isAbsolute(p)];
const cases = [
  [[""], [false, false]],
  [["/"], [true, true]],
  [["//"], [true, true]],
  [["/a"], [true, true]],
  [["a"], [false, false]],
  [["."], [false, false]],
  [["\\"], [false, true]],
  [["\\\\"], [false, true]],
  [["c:"], [false, false]],
  [["c:a"], [false, false]],
  [["c:\\"], [false, true]],
  [["c:/"], [false, true]],
  [["C:\\a"], [false, true]],
  [["\\\\server"], [false, true]],
  [["//server"], [true, true]],
  [["a:b"], [false, false]],
  [["1:\\"], [false, false]],
  [["directory/directory"], [false, false]],
  [["bar\\baz"], [false, false]],
  [[".\\x"], [false, false]],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
