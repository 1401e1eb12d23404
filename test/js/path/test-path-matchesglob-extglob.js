'use strict';
// path.matchesGlob: extglobs @(), ?(), +(), *(), !() including nesting and the rest of the part.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = (p, g) => [path.posix.matchesGlob(p, g), path.win32.matchesGlob(p, g)];
const cases = [
  [["a", "@(a|b)"], [true, true]],
  [["c", "@(a|b)"], [false, false]],
  [["", "?(a)"], [true, true]],
  [["a", "?(a)"], [true, true]],
  [["aa", "?(a)"], [false, false]],
  [["aaa", "+(a)"], [true, true]],
  [["", "+(a)"], [false, false]],
  [["", "*(a)"], [true, true]],
  [["abab", "*(a|b)"], [true, true]],
  [["b", "!(a)"], [true, true]],
  [["a", "!(a)"], [false, false]],
  [[".b", "!(a)"], [false, false]],
  [["ab", "!(a)"], [true, true]],
  [["x.ts", "!(*.js)"], [true, true]],
  [["x.js", "!(*.js)"], [false, false]],
  [["ab", "!(a)b"], [false, false]],
  [["bb", "!(a)b"], [true, true]],
  [["xa", "x!(a)"], [false, false]],
  [["xb", "x!(a)"], [true, true]],
  [["a.ts", "*.!(js)"], [true, true]],
  [["a.js", "*.!(js)"], [false, false]],
  [["a(b", "a+(b"], [false, false]],
  [["ab", "a+(b"], [false, false]],
  [["axb", "a*(b"], [false, false]],
  [["a", "@(a|)"], [true, true]],
  [["", "@(a|)"], [false, false]],
  [["xy", "x@(a|)y"], [true, true]],
  [["@(|)", "@(|)"], [true, true]],
  [["*()", "*()"], [true, true]],
  [["x", "!()"], [true, true]],
  [["", "!()"], [false, false]],
  [["ab", "@(@(a)|b)"], [false, false]],
  [["b", "@(@(a)|b)"], [true, true]],
  [["", "+(*(a))"], [false, false]],
  [["a", "!(!(a))"], [true, true]],
  [["b", "!(!(a))"], [false, false]],
  [["xay", "x!(!(a))y"], [false, false]],
  [["xy", "x!(b|@(a))y"], [false, false]],
  [["ab", "+(a|b)*(c)"], [true, true]],
  [[".a", "@(.a|b)"], [true, true]],
  [[".a", "+(.a)"], [true, true]],
  [[".", "?(.)"], [true, true]],
  [["..", "*(.)"], [true, true]],
  [["x.y", "*(?)"], [true, true]],
  [[".x", "*(?)"], [false, false]],
  [["ab", "[ab]@(b)"], [true, true]],
  [["a|b", "@(a[|]b)"], [true, true]],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
