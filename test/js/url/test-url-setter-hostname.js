'use strict';
// URL.hostname setter (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["http://h:9/","x"],
  ["http://x:9/","x"]],
  [["http://h/","x:9"],
  ["http://h/","h"]],
  [["http://h/","x/y"],
  ["http://x/","x"]],
  [["http://h/","[::1]"],
  ["http://[::1]/","[::1]"]],
  [["http://h/",""],
  ["http://h/","h"]],
  [["foo://h/",""],
  ["foo:///",""]],
  [["file://h/",""],
  ["file:///",""]],
  [["file:///x","srv"],
  ["file://srv/x","srv"]],
  [["foo:x","h"],
  ["foo:x",""]],
  [["http://h/","a%20b"],
  ["http://h/","h"]]];

function run(input) {
  const u = new URL(input[0]);
  u.hostname = input[1];
  return [u.href, u.hostname];
}

const failures = [];
for (const [input, expected] of rows) {
  let actual;
  try { actual = run(input); } catch (e) { actual = { error: e.code || e.name }; }
  try { assert.deepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), expected ?? null); } catch { failures.push({ input, expected, actual }); }
}
assert.deepStrictEqual(failures, []);
