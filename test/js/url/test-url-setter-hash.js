'use strict';
// URL.hash setter (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["http://h/","a"],
  ["http://h/#a","#a"]],
  [["http://h/","#a"],
  ["http://h/#a","#a"]],
  [["http://h/","##"],
  ["http://h/##","##"]],
  [["http://h/#x",""],
  ["http://h/",""]],
  [["http://h/#x","#"],
  ["http://h/#",""]],
  [["http://h/","a b"],
  ["http://h/#a%20b","#a%20b"]],
  [["http://h/","<>`\""],
  ["http://h/#%3C%3E%60%22","#%3C%3E%60%22"]],
  [["foo:x","f"],
  ["foo:x#f","#f"]],
  [["http://h/?q","f"],
  ["http://h/?q#f","#f"]],
  [["http://h/","€"],
  ["http://h/#%E2%82%AC","#%E2%82%AC"]]];

function run(input) {
  const u = new URL(input[0]);
  u.hash = input[1];
  return [u.href, u.hash];
}

const failures = [];
for (const [input, expected] of rows) {
  let actual;
  try { actual = run(input); } catch (e) { actual = { error: e.code || e.name }; }
  try { assert.deepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), expected ?? null); } catch { failures.push({ input, expected, actual }); }
}
assert.deepStrictEqual(failures, []);
