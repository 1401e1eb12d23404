'use strict';
// path.toNamespacedPath: \\?\ long-path forms on win32, identity on posix.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = (p) => [path.posix.toNamespacedPath(p), path.win32.toNamespacedPath(p)];
const cases = [
  [[""], ["", ""]],
  [["c:\\a\\b"], ["c:\\a\\b", "\\\\?\\c:\\a\\b"]],
  [["C:/a/../b"], ["C:/a/../b", "\\\\?\\C:\\b"]],
  [["\\\\server\\share\\x"], ["\\\\server\\share\\x", "\\\\?\\UNC\\server\\share\\x"]],
  [["//server/share"], ["//server/share", "\\\\?\\UNC\\server\\share\\"]],
  [["\\\\?\\c:\\x"], ["\\\\?\\c:\\x", "\\\\?\\c:\\x"]],
  [["\\\\.\\pipe\\p"], ["\\\\.\\pipe\\p", "\\\\.\\pipe\\p"]],
  [["\\\\."], ["\\\\.", "\\\\."]],
  [["c:\\"], ["c:\\", "\\\\?\\c:\\"]],
  [[1], [1, 1]],
  [[null], [null, null]],
  [[undefined], [undefined, undefined]],
  [[{}], [{}, {}]],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}

assert.strictEqual(path.posix._makeLong, path.posix.toNamespacedPath);
assert.strictEqual(path.win32._makeLong, path.win32.toNamespacedPath);
