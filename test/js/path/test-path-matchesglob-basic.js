'use strict';
// path.matchesGlob: *, ? and literal parts; * never crosses a separator or matches a leading dot.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = (p, g) => [path.posix.matchesGlob(p, g), path.win32.matchesGlob(p, g)];
const cases = [
  [["a", "*"], [true, true]],
  [["", "*"], [false, false]],
  [[".a", "*"], [false, false]],
  [["a.js", "*.js"], [true, true]],
  [[".js", "*.js"], [false, false]],
  [["a/b.js", "*.js"], [false, false]],
  [["a/b.js", "*/*.js"], [true, true]],
  [["abc", "a?c"], [true, true]],
  [["ac", "a?c"], [false, false]],
  [["a/c", "a?c"], [false, false]],
  [["abc", "???"], [true, true]],
  [[".bc", "???"], [false, false]],
  [["ab", "???"], [false, false]],
  [["foo/bar", "foo/bar"], [true, true]],
  [["foo/bar", "foo/baz"], [false, false]],
  [["foo/bar/", "foo/bar"], [true, true]],
  [["foo/bar", "foo/bar/"], [false, false]],
  [["foo//bar", "foo/bar"], [true, true]],
  [["foo/bar", "foo//bar"], [true, true]],
  [["/foo/bar", "/foo/*"], [true, true]],
  [["foo/bar", "/foo/*"], [false, false]],
  [["x", "X"], [false, false]],
  [["", ""], [true, true]],
  [["a", ""], [false, false]],
  [["*", "*"], [true, true]],
  [["a", "a*"], [true, true]],
  [["abc", "a***c"], [true, true]],
  [["abc", "*b*"], [true, true]],
  [["x.y.z", "*.*"], [true, true]],
  [["xyz", "*.*"], [false, false]],
  [[".x", ".*"], [true, true]],
  [[".", ".*"], [false, false]],
  [["..", ".*"], [false, false]],
  [["..", ".."], [true, true]],
  [[".", "*"], [false, false]],
  [["a", "./a"], [false, false]],
  [["./a", "a"], [false, false]],
  [["./a", "./a"], [true, true]],
  [["a\\b", "a/b"], [false, true]],
  [["a/b", "a\\b"], [true, true]],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
