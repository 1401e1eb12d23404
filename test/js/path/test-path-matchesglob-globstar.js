'use strict';
// path.matchesGlob: ** spans directories but not dot entries; "." and ".." parts are simplified.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = (p, g) => [path.posix.matchesGlob(p, g), path.win32.matchesGlob(p, g)];
const cases = [
  [["a/b/c.js", "**/*.js"], [true, true]],
  [["c.js", "**/*.js"], [true, true]],
  [["a/.b/c.js", "**/*.js"], [false, false]],
  [[".a/c.js", "**/*.js"], [false, false]],
  [["a/b/c", "a/**"], [true, true]],
  [["a", "a/**"], [false, false]],
  [["a/", "a/**"], [true, true]],
  [["a/.b", "a/**"], [false, false]],
  [["a/b/.c", "a/**/.c"], [true, true]],
  [["a/x/y/b", "a/**/b"], [true, true]],
  [["a/b", "a/**/b"], [true, true]],
  [["a/.x/b", "a/**/b"], [false, false]],
  [["a/./b", "a/**/b"], [true, true]],
  [["a/../b", "b"], [true, true]],
  [["b", "a/../b"], [true, true]],
  [["a/../b", "a/../b"], [true, true]],
  [["a/./b", "a/b"], [true, true]],
  [["a/b", "a/./b"], [true, true]],
  [["x/../a/b", "**/a/b"], [true, true]],
  [["../a/b", "**/../a/b"], [true, true]],
  [["x/a/b", "**/../a/b"], [true, true]],
  [["..", "**"], [false, false]],
  [["a/..", "**"], [true, true]],
  [["b", "*/../b"], [true, true]],
  [["a/b/c/d", "a/**/**/d"], [true, true]],
  [["a", "**/"], [false, false]],
  [["a/", "**/"], [true, true]],
  [["/x", "**"], [true, true]],
  [["/x", "/**"], [true, true]],
  [["x/y", "**x/y"], [true, true]],
  [["xx/y", "**x/y"], [true, true]],
  [["a/b/c", "**/b/**"], [true, true]],
  [["a/b", "**/b/**"], [false, false]],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
