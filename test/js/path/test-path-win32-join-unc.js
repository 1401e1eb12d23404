'use strict';
// path.win32.join keeps a UNC root only when the first argument starts one.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.win32.join;
const cases = [
  [["//foo/bar"], "\\\\foo\\bar\\"],
  [["\\/foo/bar"], "\\\\foo\\bar\\"],
  [["\\\\foo/bar"], "\\\\foo\\bar\\"],
  [["//foo", "bar"], "\\\\foo\\bar\\"],
  [["//foo/", "bar"], "\\\\foo\\bar\\"],
  [["//foo", "/bar"], "\\\\foo\\bar\\"],
  [["//", "foo/bar"], "\\foo\\bar"],
  [["//", "foo", "bar"], "\\foo\\bar"],
  [["\\\\", "foo", "bar"], "\\foo\\bar"],
  [["\\", "\\foo", "bar"], "\\foo\\bar"],
  [["", "//foo", "bar"], "\\\\foo\\bar\\"],
  [["", "", "//foo"], "\\foo"],
  [["///foo/bar"], "\\foo\\bar"],
  [["////foo", "bar"], "\\foo\\bar"],
  [["\\\\\\/foo/bar"], "\\foo\\bar"],
  [["//", "//"], "\\"],
  [["/", "//foo"], "\\foo"],
  [["//foo", ""], "\\foo"],
  [["//foo", "", "/bar"], "\\\\foo\\bar\\"],
  [["\\\\?\\c:", "x"], "\\\\?\\c:\\x"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
