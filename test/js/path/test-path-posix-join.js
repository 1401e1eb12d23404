'use strict';
// path.posix.join: empty arguments skipped, result normalized.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.posix.join;
const cases = [
  [[], "."],
  [[""], "."],
  [["", ""], "."],
  [["."], "."],
  [["a", "b"], "a/b"],
  [["/a", "b"], "/a/b"],
  [["a", "/b"], "a/b"],
  [["a/", "/b"], "a/b"],
  [["/", ""], "/"],
  [["", "/"], "/"],
  [["", "a"], "a"],
  [["a", ""], "a"],
  [["a", "", "b"], "a/b"],
  [[".", "."], "."],
  [["..", ".."], "../.."],
  [["a", "..", ".."], ".."],
  [["/a", "..", ".."], "/"],
  [["a", "../b"], "b"],
  [["./", "a/"], "a/"],
  [["//a", "b"], "/a/b"],
  [["a//", "//b"], "a/b"],
  [["/foo", "bar", "baz/asdf", "quux", ".."], "/foo/bar/baz/asdf"],
  [["", "", "/"], "/"],
  [[" ", "a"], " /a"],
  [["a", " "], "a/ "],
  [["a\\", "b"], "a\\/b"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
