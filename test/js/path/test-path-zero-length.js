'use strict';
// Empty strings: "." where a path is returned, and resolve() falls back to the cwd.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = (f, ...a) => [path.posix[f](...a), path.win32[f](...a)];
const cases = [
  [["join", ""], [".", "."]],
  [["join", "", ""], [".", "."]],
  [["normalize", ""], [".", "."]],
  [["dirname", ""], [".", "."]],
  [["basename", ""], ["", ""]],
  [["extname", ""], ["", ""]],
  [["isAbsolute", ""], [false, false]],
  [["relative", "", ""], ["", ""]],
  [["join"], [".", "."]],
  [["toNamespacedPath", ""], ["", ""]],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}

assert.strictEqual(path.posix.resolve(''), process.cwd());
assert.strictEqual(path.posix.resolve('', ''), process.cwd());
assert.strictEqual(path.posix.relative('', process.cwd()), '');
assert.strictEqual(path.posix.relative(process.cwd(), ''), '');
