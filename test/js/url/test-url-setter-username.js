'use strict';
// URL.username setter (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["http://h/","me"],
  ["http://me@h/","me"]],
  [["http://h/","m e"],
  ["http://m%20e@h/","m%20e"]],
  [["http://h/","a:b@c"],
  ["http://a%3Ab%40c@h/","a%3Ab%40c"]],
  [["http://h/","€"],
  ["http://%E2%82%AC@h/","%E2%82%AC"]],
  [["http://u@h/",""],
  ["http://h/",""]],
  [["http://u:p@h/",""],
  ["http://:p@h/",""]],
  [["file:///x","me"],
  ["file:///x",""]],
  [["foo://h/","me"],
  ["foo://me@h/","me"]],
  [["foo:x","me"],
  ["foo:x",""]],
  [["http://h/","%41"],
  ["http://%41@h/","%41"]]];

function run(input) {
  const u = new URL(input[0]);
  u.username = input[1];
  return [u.href, u.username];
}

const failures = [];
for (const [input, expected] of rows) {
  let actual;
  try { actual = run(input); } catch (e) { actual = { error: e.code || e.name }; }
  try { assert.deepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), expected ?? null); } catch { failures.push({ input, expected, actual }); }
}
assert.deepStrictEqual(failures, []);
