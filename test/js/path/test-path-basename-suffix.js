'use strict';
// path.basename with a suffix: removed only from the last segment and never the whole of it.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = (p, s) => [path.posix.basename(p, s), path.win32.basename(p, s)];
const cases = [
  [["/a/b.js", ".js"], ["b", "b"]],
  [["/a/b.js", "js"], ["b.", "b."]],
  [["/a/b.js", "b.js"], ["b.js", "b.js"]],
  [["b.js", "b.js"], ["", ""]],
  [["/a/b.js", "/b.js"], ["b.js", "b.js"]],
  [["b.js/", ".js"], ["b", "b"]],
  [["b.js//", "js"], ["b.", "b."]],
  [["aaa/bbb", "bbb"], ["bbb", "bbb"]],
  [["aaa/bbb", "a/bbb"], ["bbb", "bbb"]],
  [["/aaa/bbb", "/bbb"], ["bbb", "bbb"]],
  [["aaa/bbb", "bb"], ["b", "b"]],
  [["aaa/bbb", "b"], ["bb", "bb"]],
  [["/aaa/b", "a/b"], ["b", "b"]],
  [["/aaa/b/", "a/b"], ["b/", "b/"]],
  [["a/bc/", "xbc"], ["bc/", "bc/"]],
  [["//", "x"], ["//", "//"]],
  [["/", "/"], ["", ""]],
  [["a", ""], ["a", "a"]],
  [["x.js", "X.JS"], ["x.js", "x.js"]],
  [[".js", ".js"], ["", ""]],
  [["a.js", "a.js.js"], ["a.js", "a.js"]],
  [["c:b.js", "b.js"], ["c:", "b.js"]],
  [["c:\\b.js", "c:\\b.js"], ["", ""]],
  [["a\\b.js", ".js"], ["a\\b", "b"]],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
