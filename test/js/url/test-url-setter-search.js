'use strict';
// URL.search setter (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["http://h/","a=1"],
  ["http://h/?a=1","?a=1"]],
  [["http://h/","?a=1"],
  ["http://h/?a=1","?a=1"]],
  [["http://h/","??"],
  ["http://h/??","??"]],
  [["http://h/?x",""],
  ["http://h/",""]],
  [["http://h/?x","?"],
  ["http://h/?",""]],
  [["http://h/","a b#c"],
  ["http://h/?a%20b%23c","?a%20b%23c"]],
  [["http://h/","'"],
  ["http://h/?%27","?%27"]],
  [["foo://h/","'"],
  ["foo://h/?'","?'"]],
  [["foo:x","q"],
  ["foo:x?q","?q"]],
  [["http://h/#f","q"],
  ["http://h/?q#f","?q"]],
  [["http://h/","€"],
  ["http://h/?%E2%82%AC","?%E2%82%AC"]]];

function run(input) {
  const u = new URL(input[0]);
  u.search = input[1];
  return [u.href, u.search];
}

const failures = [];
for (const [input, expected] of rows) {
  let actual;
  try { actual = run(input); } catch (e) { actual = { error: e.code || e.name }; }
  try { assert.deepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), expected ?? null); } catch { failures.push({ input, expected, actual }); }
}
assert.deepStrictEqual(failures, []);
