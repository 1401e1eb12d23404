'use strict';
// IPv4 host parsing (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["http://0/"],
  ["http://0.0.0.0/","http:","","","0.0.0.0","","/","",""]],
  [["http://0.0.0.0/"],
  ["http://0.0.0.0/","http:","","","0.0.0.0","","/","",""]],
  [["http://255.255.255.255/"],
  ["http://255.255.255.255/","http:","","","255.255.255.255","","/","",""]],
  [["http://255.255.255.256/"],{"error":"ERR_INVALID_URL"}],
  [["http://0xffffffff/"],
  ["http://255.255.255.255/","http:","","","255.255.255.255","","/","",""]],
  [["http://0x100000000/"],{"error":"ERR_INVALID_URL"}],
  [["http://037777777777/"],
  ["http://255.255.255.255/","http:","","","255.255.255.255","","/","",""]],
  [["http://040000000000/"],{"error":"ERR_INVALID_URL"}],
  [["http://1.0x2.03.4/"],
  ["http://1.2.3.4/","http:","","","1.2.3.4","","/","",""]],
  [["http://1.2.3/"],
  ["http://1.2.0.3/","http:","","","1.2.0.3","","/","",""]],
  [["http://1.2/"],
  ["http://1.0.0.2/","http:","","","1.0.0.2","","/","",""]],
  [["http://1/"],
  ["http://0.0.0.1/","http:","","","0.0.0.1","","/","",""]],
  [["http://0x.0x.0/"],
  ["http://0.0.0.0/","http:","","","0.0.0.0","","/","",""]],
  [["http://00x1/"],
  ["http://00x1/","http:","","","00x1","","/","",""]],
  [["http://1.2.3.4.5/"],{"error":"ERR_INVALID_URL"}],
  [["http://1.2.3.4../"],
  ["http://1.2.3.4../","http:","","","1.2.3.4..","","/","",""]],
  [["http://.1.2.3/"],{"error":"ERR_INVALID_URL"}],
  [["http://1..2/"],{"error":"ERR_INVALID_URL"}],
  [["http://9.1.2.3x/"],
  ["http://9.1.2.3x/","http:","","","9.1.2.3x","","/","",""]],
  [["http://1.2.3.0x/"],
  ["http://1.2.3.0/","http:","","","1.2.3.0","","/","",""]],
  [["http://0X1.0XA/"],
  ["http://1.0.0.10/","http:","","","1.0.0.10","","/","",""]],
  [["http://08/"],{"error":"ERR_INVALID_URL"}],
  [["http://0.08/"],{"error":"ERR_INVALID_URL"}],
  [["http://4294967296.1/"],{"error":"ERR_INVALID_URL"}],
  [["http://256.256/"],{"error":"ERR_INVALID_URL"}],
  [["http://1.16777216/"],{"error":"ERR_INVALID_URL"}],
  [["http://1.16777215/"],
  ["http://1.255.255.255/","http:","","","1.255.255.255","","/","",""]],
  [["http://1.1.65536/"],{"error":"ERR_INVALID_URL"}],
  [["http://1.1.65535/"],
  ["http://1.1.255.255/","http:","","","1.1.255.255","","/","",""]],
  [["http://999999999999/"],{"error":"ERR_INVALID_URL"}]];

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
