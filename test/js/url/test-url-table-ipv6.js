'use strict';
// IPv6 host parsing (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["http://[::]/"],
  ["http://[::]/","http:","","","[::]","","/","",""]],
  [["http://[::0:0]/"],
  ["http://[::]/","http:","","","[::]","","/","",""]],
  [["http://[1::]/"],
  ["http://[1::]/","http:","","","[1::]","","/","",""]],
  [["http://[::1:0:0:1]/"],
  ["http://[::1:0:0:1]/","http:","","","[::1:0:0:1]","","/","",""]],
  [["http://[1:0:0:1::]/"],
  ["http://[1:0:0:1::]/","http:","","","[1:0:0:1::]","","/","",""]],
  [["http://[0:0:1:0:0:1:0:0]/"],
  ["http://[::1:0:0:1:0:0]/","http:","","","[::1:0:0:1:0:0]","","/","",""]],
  [["http://[FFFF::ABCD]/"],
  ["http://[ffff::abcd]/","http:","","","[ffff::abcd]","","/","",""]],
  [["http://[::192.168.1.1]/"],
  ["http://[::c0a8:101]/","http:","","","[::c0a8:101]","","/","",""]],
  [["http://[::ffff:1.2.3.4]/"],
  ["http://[::ffff:102:304]/","http:","","","[::ffff:102:304]","","/","",""]],
  [["http://[1:2:3:4:5:6:1.2.3.4]/"],
  ["http://[1:2:3:4:5:6:102:304]/","http:","","","[1:2:3:4:5:6:102:304]","","/","",""]],
  [["http://[1:2:3:4:5:6:7:1.2.3.4]/"],{"error":"ERR_INVALID_URL"}],
  [["http://[::1.2.3.04]/"],{"error":"ERR_INVALID_URL"}],
  [["http://[::1.2.3.256]/"],{"error":"ERR_INVALID_URL"}],
  [["http://[::1.2.3.]/"],{"error":"ERR_INVALID_URL"}],
  [["http://[:::]/"],{"error":"ERR_INVALID_URL"}],
  [["http://[1:::2]/"],{"error":"ERR_INVALID_URL"}],
  [["http://[12345::]/"],{"error":"ERR_INVALID_URL"}],
  [["http://[1:2:3:4:5:6:7:8:]/"],{"error":"ERR_INVALID_URL"}],
  [["http://[]/"],{"error":"ERR_INVALID_URL"}],
  [["http://[::1]:65535/"],
  ["http://[::1]:65535/","http:","","","[::1]","65535","/","",""]],
  [["http://[::1]x/"],{"error":"ERR_INVALID_URL"}],
  [["http://[::%31]/"],{"error":"ERR_INVALID_URL"}],
  [["foo://[::1]/"],
  ["foo://[::1]/","foo:","","","[::1]","","/","",""]],
  [["foo://[1::x]/"],{"error":"ERR_INVALID_URL"}],
  [["http://[0::0::0]/"],{"error":"ERR_INVALID_URL"}],
  [["http://[1:2::3:4:5:6:7]/"],
  ["http://[1:2:0:3:4:5:6:7]/","http:","","","[1:2:0:3:4:5:6:7]","","/","",""]],
  [["http://[1:0:0:0:0:0:0:0]/"],
  ["http://[1::]/","http:","","","[1::]","","/","",""]],
  [["http://[0:0:0:0:0:0:0:0]/"],
  ["http://[::]/","http:","","","[::]","","/","",""]]];

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
