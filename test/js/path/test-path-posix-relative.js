'use strict';
// path.posix.relative between absolute paths (both resolved first).
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.posix.relative;
const cases = [
  [["/var/lib", "/var"], ".."],
  [["/var/lib", "/bin"], "../../bin"],
  [["/var/lib", "/var/lib"], ""],
  [["/var/lib", "/var/apache"], "../apache"],
  [["/var/", "/var/lib"], "lib"],
  [["/", "/var/lib"], "var/lib"],
  [["/foo/test", "/foo/test/bar/package.json"], "bar/package.json"],
  [["/Users/a/web/b/test/mails", "/Users/a/web/b"], "../.."],
  [["/foo/bar/baz-quux", "/foo/bar/baz"], "../baz"],
  [["/foo/bar/baz", "/foo/bar/baz-quux"], "../baz-quux"],
  [["/baz-quux", "/baz"], "../baz"],
  [["/baz", "/baz-quux"], "../baz-quux"],
  [["/page1/page2/foo", "/"], "../../.."],
  [["/a/b", "/a/bc"], "../bc"],
  [["/a/bc", "/a/b"], "../b"],
  [["/a//b/./c", "/a/b/../d"], "../../d"],
  [["/", "/"], ""],
  [["/a", "/A"], "../A"],
  [["/data/orandea/test/aaa", "/data/orandea/impl/bbb"], "../../impl/bbb"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
