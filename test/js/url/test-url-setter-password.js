'use strict';
// URL.password setter (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["http://h/","pw"],
  ["http://:pw@h/","pw"]],
  [["http://h/","p w"],
  ["http://:p%20w@h/","p%20w"]],
  [["http://h/",":@/"],
  ["http://:%3A%40%2F@h/","%3A%40%2F"]],
  [["http://u:p@h/",""],
  ["http://u@h/",""]],
  [["http://:p@h/",""],
  ["http://h/",""]],
  [["file:///x","pw"],
  ["file:///x",""]],
  [["foo://h/","pw"],
  ["foo://:pw@h/","pw"]],
  [["http://h/","%zz"],
  ["http://:%zz@h/","%zz"]]];

function run(input) {
  const u = new URL(input[0]);
  u.password = input[1];
  return [u.href, u.password];
}

const failures = [];
for (const [input, expected] of rows) {
  let actual;
  try { actual = run(input); } catch (e) { actual = { error: e.code || e.name }; }
  try { assert.deepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), expected ?? null); } catch { failures.push({ input, expected, actual }); }
}
assert.deepStrictEqual(failures, []);
