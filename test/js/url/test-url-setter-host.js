'use strict';
// URL.host setter (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["http://h/","x"],
  ["http://x/","x"]],
  [["http://h/","x:9"],
  ["http://x:9/","x:9"]],
  [["http://h:9/","x"],
  ["http://x:9/","x:9"]],
  [["http://h/","x:80"],
  ["http://x/","x"]],
  [["http://h/","x:"],
  ["http://x/","x"]],
  [["http://h/","x:abc"],
  ["http://x/","x"]],
  [["http://h/","x/y"],
  ["http://x/","x"]],
  [["http://h/","x?y"],
  ["http://x/","x"]],
  [["http://h/","x#y"],
  ["http://x/","x"]],
  [["http://h/","[::1]:7"],
  ["http://[::1]:7/","[::1]:7"]],
  [["http://h/","a b"],
  ["http://h/","h"]],
  [["http://h/",""],
  ["http://h/","h"]],
  [["foo://h/",""],
  ["foo:///",""]],
  [["foo://h/","x:1"],
  ["foo://x:1/","x:1"]],
  [["file://h/","x"],
  ["file://x/","x"]],
  [["file://h/","localhost"],
  ["file:///",""]],
  [["foo:x","h"],
  ["foo:x",""]],
  [["http://u@h/","x"],
  ["http://u@x/","x"]],
  [["http://h/","BÜCHER.de"],
  ["http://xn--bcher-kva.de/","xn--bcher-kva.de"]],
  [["http://h/","0x7f.1"],
  ["http://127.0.0.1/","127.0.0.1"]]];

function run(input) {
  const u = new URL(input[0]);
  u.host = input[1];
  return [u.href, u.host];
}

const failures = [];
for (const [input, expected] of rows) {
  let actual;
  try { actual = run(input); } catch (e) { actual = { error: e.code || e.name }; }
  try { assert.deepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), expected ?? null); } catch { failures.push({ input, expected, actual }); }
}
assert.deepStrictEqual(failures, []);
