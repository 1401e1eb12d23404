'use strict';
// path.win32.resolve: drives, drive-relative paths, UNC roots.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.win32.resolve;
const cases = [
  [["c:/blah\\blah", "d:/games", "c:../a"], "c:\\blah\\a"],
  [["c:/ignore", "d:\\a/b\\c/d", "\\e.exe"], "d:\\e.exe"],
  [["c:/ignore", "c:/some/file"], "c:\\some\\file"],
  [["d:/ignore", "d:some/dir//"], "d:\\ignore\\some\\dir"],
  [["//server/share", "..", "relative\\"], "\\\\server\\share\\relative"],
  [["c:/", "//"], "c:\\"],
  [["c:/", "//dir"], "c:\\dir"],
  [["c:/", "//server/share"], "\\\\server\\share\\"],
  [["c:/", "//server//share"], "\\\\server\\share\\"],
  [["c:/", "///some//dir"], "c:\\some\\dir"],
  [["C:\\foo\\tmp.3\\", "..\\tmp.3\\cycles\\root.js"], "C:\\foo\\tmp.3\\cycles\\root.js"],
  [["c:\\a", "C:b"], "C:\\a\\b"],
  [["c:\\a", "D:b", "c:c"], "c:\\a\\c"],
  [["\\\\s\\sh\\x", "..\\..\\.."], "\\\\s\\sh\\"],
  [["c:\\", "..", ".."], "c:\\"],
  [["\\\\.\\c:\\a", "..\\.."], "\\\\.\\"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}

// Off Windows the '=X:' per-drive cwd variables are not consulted.
process.env['=Q:'] = 'Q:\\work\\dir';
assert.ok(!path.win32.resolve('q:sub').includes('work\\dir'));
delete process.env['=Q:'];
