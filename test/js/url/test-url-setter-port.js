'use strict';
// URL.port setter (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["http://h/","8"],
  ["http://h:8/","8"]],
  [["http://h/","80"],
  ["http://h/",""]],
  [["https://h/","80"],
  ["https://h:80/","80"]],
  [["http://h:8/",""],
  ["http://h/",""]],
  [["http://h/","65536"],
  ["http://h/",""]],
  [["http://h/","8x"],
  ["http://h:8/","8"]],
  [["http://h/","x8"],
  ["http://h/",""]],
  [["http://h/"," 8"],
  ["http://h/",""]],
  [["http://h/","-8"],
  ["http://h/",""]],
  [["file:///x","8"],
  ["file:///x",""]],
  [["foo://h/","8"],
  ["foo://h:8/","8"]],
  [["foo:x","8"],
  ["foo:x",""]],
  [["http://h/","0"],
  ["http://h:0/","0"]],
  [["http://h/","00008"],
  ["http://h:8/","8"]]];

function run(input) {
  const u = new URL(input[0]);
  u.port = input[1];
  return [u.href, u.port];
}

const failures = [];
for (const [input, expected] of rows) {
  let actual;
  try { actual = run(input); } catch (e) { actual = { error: e.code || e.name }; }
  try { assert.deepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), expected ?? null); } catch { failures.push({ input, expected, actual }); }
}
assert.deepStrictEqual(failures, []);
