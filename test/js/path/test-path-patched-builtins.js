'use strict';
// path keeps working when user code replaces Array and String prototype methods.
require('../../common');
const assert = require('assert');
const path = require('path');

const saved = {};
for (const [proto, names] of [[Array.prototype, ['join', 'pop', 'slice', 'splice', 'indexOf', 'includes']],
  [String.prototype, ['slice', 'charCodeAt', 'indexOf', 'lastIndexOf', 'toLowerCase', 'toUpperCase', 'split', 'replace']]]) {
  for (const n of names) {
    saved[n + (proto === Array.prototype ? 'A' : 'S')] = [proto, n, proto[n]];
    proto[n] = () => { throw new Error('patched ' + n); };
  }
}
let results;
try {
  results = [
    path.posix.join('/a/b', '../c', './d'), path.posix.resolve('/x', 'y/..', 'z'), path.posix.relative('/a/b/c', '/a/d'),
    path.win32.join('C:\\a', '..', 'b'), path.win32.resolve('c:\\x', 'D:y', 'c:z'), path.win32.relative('C:\\A\\b', 'c:\\a\\C'),
    path.win32.normalize('CON:x'), path.win32.join('.', 'CON:'), path.posix.parse('/a/b.c').ext, path.win32.dirname('\\\\s\\sh\\a'),
  ];
} finally {
  for (const [proto, n, fn] of Object.values(saved)) proto[n] = fn;
}
assert.deepStrictEqual(results, ["/a/c/d", "/x/z", "../../d", "C:\\b", "c:\\x\\z", "..\\C", ".\\CON:x", ".\\CON:", ".c", "\\\\s\\sh\\"]);
