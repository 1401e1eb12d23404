'use strict';
// whitespace and control characters (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[[" \t\nhttp://h/"],
  ["http://h/","http:","","","h","","/","",""]],
  [["http://h/ "],
  ["http://h/","http:","","","h","","/","",""]],
  [["\u0000http://h/\u001f"],
  ["http://h/","http:","","","h","","/","",""]],
  [["ht\ttp://h/"],
  ["http://h/","http:","","","h","","/","",""]],
  [["http://h\n/p"],
  ["http://h/p","http:","","","h","","/p","",""]],
  [["http://h/p\r\n"],
  ["http://h/p","http:","","","h","","/p","",""]],
  [["http://h/a\tb"],
  ["http://h/ab","http:","","","h","","/ab","",""]],
  [["http://h/?a\nb"],
  ["http://h/?ab","http:","","","h","","/","?ab",""]],
  [["http://h/#a\rb"],
  ["http://h/#ab","http:","","","h","","/","","#ab"]],
  [[" http://h/"],{"error":"ERR_INVALID_URL"}],
  [["http://h/ "],
  ["http://h/%C2%A0","http:","","","h","","/%C2%A0","",""]],
  [["http://h /"],{"error":"ERR_INVALID_URL"}],
  [["http://h/　"],
  ["http://h/%E3%80%80","http:","","","h","","/%E3%80%80","",""]],
  [["﻿http://h/"],{"error":"ERR_INVALID_URL"}],
  [["http://h\u0000/"],{"error":"ERR_INVALID_URL"}]];

function run(input) {
  const u = new URL(input[0], input[1] ?? undefined);
  return [u.href, u.protocol, u.username, u.password, u.hostname, u.port, u.pathname, u.search, u.hash];
}

const failures = [];
for (const [input, expected] of rows) {
  let actual;
  try { actual = run(input); } catch (e) { actual = { error: e.code || e.name }; }
  try { assert.deepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), expected ?? null); } catch { failures.push({ input, expected, actual }); }
}
assert.deepStrictEqual(failures, []);
