'use strict';
// path.posix.resolve works right to left until a path is absolute.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.posix.resolve;
const cases = [
  [["/var/lib", "../", "file/"], "/var/file"],
  [["/var/lib", "/../", "file/"], "/file"],
  [["/some/dir", ".", "/absolute/"], "/absolute"],
  [["/foo/tmp.3/", "../tmp.3/cycles/root.js"], "/foo/tmp.3/cycles/root.js"],
  [["/a", "b", "", "c"], "/a/b/c"],
  [["/", ".."], "/"],
  [["/", ".", ""], "/"],
  [["a", "/b", "c/.."], "/b"],
  [["/a/b/", "./c/"], "/a/b/c"],
  [["/x", "//y"], "/y"],
  [["//", "a"], "/a"],
  [["/a", ".", "..", "..", ".."], "/"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}

// Relative inputs are resolved against process.cwd().
const cwd = process.cwd();
assert.strictEqual(path.posix.resolve(), cwd);
assert.strictEqual(path.posix.resolve(''), cwd);
assert.strictEqual(path.posix.resolve('a', 'b'), path.posix.join(cwd, 'a', 'b'));
assert.strictEqual(path.posix.resolve('.'), cwd);
// Arguments left of an absolute one are not even looked at.
assert.strictEqual(path.posix.resolve(1, '/a'), '/a');
