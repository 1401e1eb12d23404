'use strict';
// ports and default ports (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["http://h:80/"],
  ["http://h/","http:","","","h","","/","",""]],
  [["http://h:080/"],
  ["http://h/","http:","","","h","","/","",""]],
  [["https://h:443/"],
  ["https://h/","https:","","","h","","/","",""]],
  [["https://h:80/"],
  ["https://h:80/","https:","","","h","80","/","",""]],
  [["ws://h:443/"],
  ["ws://h:443/","ws:","","","h","443","/","",""]],
  [["wss://h:443/"],
  ["wss://h/","wss:","","","h","","/","",""]],
  [["ftp://h:21/"],
  ["ftp://h/","ftp:","","","h","","/","",""]],
  [["ftp://h:0021/"],
  ["ftp://h/","ftp:","","","h","","/","",""]],
  [["foo://h:80/"],
  ["foo://h:80/","foo:","","","h","80","/","",""]],
  [["http://h:0/"],
  ["http://h:0/","http:","","","h","0","/","",""]],
  [["http://h:65535/"],
  ["http://h:65535/","http:","","","h","65535","/","",""]],
  [["http://h:65536/"],{"error":"ERR_INVALID_URL"}],
  [["http://h:1e2/"],{"error":"ERR_INVALID_URL"}],
  [["http://h:-1/"],{"error":"ERR_INVALID_URL"}],
  [["http://h: 80/"],{"error":"ERR_INVALID_URL"}],
  [["http://h:80 /"],{"error":"ERR_INVALID_URL"}],
  [["http://h:/p"],
  ["http://h/p","http:","","","h","","/p","",""]],
  [["foo://h:/"],
  ["foo://h/","foo:","","","h","","/","",""]],
  [["file://h:80/"],{"error":"ERR_INVALID_URL"}],
  [["http://:80/"],{"error":"ERR_INVALID_URL"}]];

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
