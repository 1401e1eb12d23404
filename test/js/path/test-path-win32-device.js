'use strict';
// win32 device namespaces \\.\ and \\?\ in normalize, resolve, join and dirname.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = (p) => [path.win32.normalize(p), path.win32.resolve(p), path.win32.join(p), path.win32.dirname(p)];
const cases = [
  [["\\\\.\\PHYSICALDRIVE0"], ["\\\\.\\PHYSICALDRIVE0", "\\\\.\\PHYSICALDRIVE0", "\\\\.\\PHYSICALDRIVE0", "\\\\.\\PHYSICALDRIVE0"]],
  [["\\\\.\\c:\\..\\x"], ["\\\\.\\x", "\\\\.\\x", "\\\\.\\x", "\\\\.\\c:\\.."]],
  [["\\\\?\\c:\\a\\..\\.."], ["\\\\?\\", "\\\\?\\", "\\\\?\\", "\\\\?\\c:\\a\\.."]],
  [["\\\\?\\UNC\\s\\sh"], ["\\\\?\\UNC\\s\\sh", "\\\\?\\UNC\\s\\sh", "\\\\?\\UNC\\s\\sh", "\\\\?\\UNC\\s"]],
  [["\\\\.\\pipe\\x"], ["\\\\.\\pipe\\x", "\\\\.\\pipe\\x", "\\\\.\\pipe\\x", "\\\\.\\pipe\\"]],
  [["\\\\.\\\\\\x"], ["\\\\.\\x", "\\\\.\\x", "\\\\.\\x", "\\\\.\\\\\\x"]],
  [["//?/c:/a/./b"], ["\\\\?\\c:\\a\\b", "\\\\?\\c:\\a\\b", "\\\\?\\c:\\a\\b", "//?/c:/a/."]],
  [["\\\\?\\c:"], ["\\\\?\\c:", "\\\\?\\c:", "\\\\?\\c:", "\\\\?\\c:"]],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
