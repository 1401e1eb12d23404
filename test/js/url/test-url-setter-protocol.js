'use strict';
// URL.protocol setter (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["http://h/","https"],
  ["https://h/","https:"]],
  [["http://h/","HTTPS:"],
  ["https://h/","https:"]],
  [["http://h/","https:x"],
  ["https://h/","https:"]],
  [["http://h/","ftp://"],
  ["ftp://h/","ftp:"]],
  [["http://h/","file"],
  ["file://h/","file:"]],
  [["http://h/","foo"],
  ["http://h/","http:"]],
  [["foo://h/","http"],
  ["foo://h/","foo:"]],
  [["foo://h/","bar"],
  ["bar://h/","bar:"]],
  [["foo:x","bar"],
  ["bar:x","bar:"]],
  [["file:///x","https"],
  ["file:///x","file:"]],
  [["https://h:80/","http"],
  ["http://h/","http:"]],
  [["http://h/",""],
  ["http://h/","http:"]],
  [["http://h/",":"],
  ["http://h/","http:"]],
  [["http://h/","9a"],
  ["http://h/","http:"]],
  [["http://h/","a9+-."],
  ["http://h/","http:"]]];

function run(input) {
  const u = new URL(input[0]);
  u.protocol = input[1];
  return [u.href, u.protocol];
}

const failures = [];
for (const [input, expected] of rows) {
  let actual;
  try { actual = run(input); } catch (e) { actual = { error: e.code || e.name }; }
  try { assert.deepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), expected ?? null); } catch { failures.push({ input, expected, actual }); }
}
assert.deepStrictEqual(failures, []);
