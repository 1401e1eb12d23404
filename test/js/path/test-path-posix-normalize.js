'use strict';
// path.posix.normalize: dots, repeated and trailing slashes, empty input.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.posix.normalize;
const cases = [
  [[""], "."],
  [["."], "."],
  [[".."], ".."],
  [["/"], "/"],
  [["//"], "/"],
  [["///"], "/"],
  [["a"], "a"],
  [["a/"], "a/"],
  [["a//"], "a/"],
  [["/a"], "/a"],
  [["//a"], "/a"],
  [["///a"], "/a"],
  [["a/b"], "a/b"],
  [["a//b"], "a/b"],
  [["a/./b"], "a/b"],
  [["a/../b"], "b"],
  [["a/b/.."], "a"],
  [["a/b/../.."], "."],
  [["a/b/../../.."], ".."],
  [["../a"], "../a"],
  [["../../a/b"], "../../a/b"],
  [["./a"], "a"],
  [["./"], "./"],
  [[".//"], "./"],
  [["a/."], "a"],
  [["a/.."], "."],
  [["/.."], "/"],
  [["/../a"], "/a"],
  [["/a/../.."], "/"],
  [["/a/b/c/"], "/a/b/c/"],
  [["/a/b/c//"], "/a/b/c/"],
  [["a/b/c/../../../../x"], "../x"],
  [["..."], "..."],
  [["a/.../b"], "a/.../b"],
  [[".a"], ".a"],
  [["..a"], "..a"],
  [["a.."], "a.."],
  [["/a/./b/../c/./d"], "/a/c/d"],
  [["a\\b"], "a\\b"],
  [["a\\..\\b"], "a\\..\\b"],
  [["/foo/bar//baz/asdf/quux/.."], "/foo/bar/baz/asdf"],
  [["./fixtures///b/../b/c.js"], "fixtures/b/c.js"],
  [["/a/b/c/../../../x/./y"], "/x/y"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
