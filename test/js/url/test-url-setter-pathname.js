'use strict';
// URL.pathname setter (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["http://h/a","/b"],
  ["http://h/b","/b"]],
  [["http://h/a","b"],
  ["http://h/b","/b"]],
  [["http://h/a",""],
  ["http://h/","/"]],
  [["http://h/a","/../x"],
  ["http://h/x","/x"]],
  [["http://h/a","a b"],
  ["http://h/a%20b","/a%20b"]],
  [["http://h/a","?#"],
  ["http://h/%3F%23","/%3F%23"]],
  [["http://h/a","\\x\\y"],
  ["http://h/x/y","/x/y"]],
  [["foo://h/a","x\\y"],
  ["foo://h/x\\y","/x\\y"]],
  [["foo://h/a",""],
  ["foo://h",""]],
  [["foo:/a","//x"],
  ["foo:/.//x","//x"]],
  [["foo:a","b"],
  ["foo:a","a"]],
  [["file:///a","C|/x"],
  ["file:///C:/x","/C:/x"]],
  [["file:///a","//x"],
  ["file:////x","//x"]]];

function run(input) {
  const u = new URL(input[0]);
  u.pathname = input[1];
  return [u.href, u.pathname];
}

const failures = [];
for (const [input, expected] of rows) {
  let actual;
  try { actual = run(input); } catch (e) { actual = { error: e.code || e.name }; }
  try { assert.deepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), expected ?? null); } catch { failures.push({ input, expected, actual }); }
}
assert.deepStrictEqual(failures, []);
