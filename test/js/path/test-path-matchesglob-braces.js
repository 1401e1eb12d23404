'use strict';
// path.matchesGlob: brace expansion (lists, nesting, numeric and letter ranges, literal cases).
require('../../common');
const assert = require('assert');
const path = require('path');

const call = (p, g) => [path.posix.matchesGlob(p, g), path.win32.matchesGlob(p, g)];
const cases = [
  [["a.js", "*.{js,ts}"], [true, true]],
  [["a.ts", "*.{js,ts}"], [true, true]],
  [["a.md", "*.{js,ts}"], [false, false]],
  [["a/c", "{a,b}/c"], [true, true]],
  [["b/c", "{a,b}/c"], [true, true]],
  [["x/1", "x/{1..3}"], [true, true]],
  [["x/4", "x/{1..3}"], [false, false]],
  [["x/05", "x/{01..10}"], [true, true]],
  [["x/5", "x/{01..10}"], [false, false]],
  [["c", "{a..e..2}"], [true, true]],
  [["b", "{a..e..2}"], [false, false]],
  [["ab", "a{,b}"], [true, true]],
  [["a", "a{,b}"], [true, true]],
  [["a/b", "a{,/b}"], [true, true]],
  [["a{b}c", "a{b}c"], [true, true]],
  [["abc", "a{b}c"], [false, false]],
  [["{}", "{}"], [true, true]],
  [["a", "{a}"], [false, false]],
  [["{a}", "{a}"], [true, true]],
  [["a}", "{a},b}"], [true, true]],
  [["b", "{a},b}"], [true, true]],
  [["x", "{,}"], [false, false]],
  [["", "{,}"], [false, false]],
  [["ad", "{a,{b,c}}d"], [true, true]],
  [["bd", "{a,{b,c}d}"], [true, true]],
  [["bcd", "b{c,}d"], [true, true]],
  [["${a,b}", "${a,b}"], [true, true]],
  [["a", "${a,b}"], [false, false]],
  [["-1", "{-1..1}"], [true, true]],
  [["z", "{x..z}"], [true, true]],
  [["abc", "{a,b}{b,c}{c,d}"], [true, true]],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
