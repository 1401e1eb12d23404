'use strict';
// path.matchesGlob: bracket expressions, ranges, negation and POSIX classes.
require('../../common');
const assert = require('assert');
const path = require('path');

const call = (p, g) => [path.posix.matchesGlob(p, g), path.win32.matchesGlob(p, g)];
const cases = [
  [["b", "[abc]"], [true, true]],
  [["d", "[abc]"], [false, false]],
  [["b", "[a-c]"], [true, true]],
  [["B", "[a-c]"], [false, false]],
  [["d", "[!a-c]"], [true, true]],
  [["b", "[^a-c]"], [false, false]],
  [[".", "[.]"], [true, true]],
  [[".a", "[.]a"], [true, true]],
  [[".", "[!a]"], [false, false]],
  [["]", "[]]"], [true, true]],
  [["a", "[]a]"], [true, true]],
  [["-", "[a-]"], [true, true]],
  [["-", "[-a]"], [true, true]],
  [["x", "[z-a]"], [false, false]],
  [["b", "[z-ab]"], [true, true]],
  [["[", "["], [true, true]],
  [["[a", "[a"], [true, true]],
  [["[!]", "[!]"], [true, true]],
  [["!", "[!]"], [false, false]],
  [["a", "[[:alpha:]]"], [true, true]],
  [["é", "[[:alpha:]]"], [true, true]],
  [["1", "[[:alpha:]]"], [false, false]],
  [["1", "[[:digit:]]"], [true, true]],
  [["A", "[[:upper:]]"], [true, true]],
  [["a", "[[:upper:]]"], [false, false]],
  [[" ", "[[:space:]]"], [true, true]],
  [["f", "[[:xdigit:]]"], [true, true]],
  [["g", "[[:xdigit:]]"], [false, false]],
  [["a", "[[:graph:]]"], [true, true]],
  [[" ", "[[:graph:]]"], [false, false]],
  [["a", "[![:alpha:]]"], [false, false]],
  [["1", "[![:alpha:]]"], [true, true]],
  [["x", "[[:alpha:]-z]"], [true, true]],
  [["-", "[[:alpha:]-z]"], [true, true]],
  [["b", "[[:bogus:]]"], [false, false]],
  [["b]", "[[:bogus:]]"], [true, true]],
  [["a", "[x-[:alpha:]]"], [false, false]],
  [["*", "[*]"], [true, true]],
  [["a", "[*]"], [false, false]],
  [["?", "[?]"], [true, true]],
  [["a/b", "[a/b]"], [false, false]],
  [["[a/b]", "[a/b]"], [true, true]],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
