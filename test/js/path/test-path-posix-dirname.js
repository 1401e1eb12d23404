'use strict';
// path.posix.dirname: trailing slashes ignored, root kept, "//" kept.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.posix.dirname;
const cases = [
  [[""], "."],
  [["."], "."],
  [[".."], "."],
  [["/"], "/"],
  [["//"], "/"],
  [["///"], "/"],
  [["a"], "."],
  [["a/"], "."],
  [["a//"], "."],
  [["/a"], "/"],
  [["//a"], "//"],
  [["///a"], "//"],
  [["a/b"], "a"],
  [["a//b"], "a/"],
  [["a/./b"], "a/."],
  [["a/../b"], "a/.."],
  [["a/b/.."], "a/b"],
  [["a/b/../.."], "a/b/.."],
  [["a/b/../../.."], "a/b/../.."],
  [["../a"], ".."],
  [["../../a/b"], "../../a"],
  [["./a"], "."],
  [["./"], "."],
  [[".//"], "."],
  [["a/."], "a"],
  [["a/.."], "a"],
  [["/.."], "/"],
  [["/../a"], "/.."],
  [["/a/../.."], "/a/.."],
  [["/a/b/c/"], "/a/b"],
  [["/a/b/c//"], "/a/b"],
  [["a/b/c/../../../../x"], "a/b/c/../../../.."],
  [["..."], "."],
  [["a/.../b"], "a/..."],
  [[".a"], "."],
  [["..a"], "."],
  [["a.."], "."],
  [["/a/./b/../c/./d"], "/a/./b/../c/."],
  [["a\\b"], "."],
  [["a\\..\\b"], "."],
  [["/foo/bar//baz/asdf/quux/.."], "/foo/bar//baz/asdf/quux"],
  [["./fixtures///b/../b/c.js"], "./fixtures///b/../b"],
  [["/a/b/c/../../../x/./y"], "/a/b/c/../../../x/."],
  [["/a/b/"], "/a"],
  [["/a/b//"], "/a"],
  [["//a/b"], "//a"],
  [["a/b/c"], "a/b"],
  [["/a//b"], "/a/"],
  [["////"], "/"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
