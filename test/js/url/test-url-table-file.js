'use strict';
// file: URLs (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["file:"],
  ["file:///","file:","","","","","/","",""]],
  [["file:/"],
  ["file:///","file:","","","","","/","",""]],
  [["file://"],
  ["file:///","file:","","","","","/","",""]],
  [["file:///"],
  ["file:///","file:","","","","","/","",""]],
  [["file:////"],
  ["file:////","file:","","","","","//","",""]],
  [["file://localhost"],
  ["file:///","file:","","","","","/","",""]],
  [["file://LOCALHOST/x"],
  ["file:///x","file:","","","","","/x","",""]],
  [["file://localhost./x"],
  ["file://localhost./x","file:","","","localhost.","","/x","",""]],
  [["file://h%41st/x"],
  ["file://hast/x","file:","","","hast","","/x","",""]],
  [["file:///C:"],
  ["file:///C:","file:","","","","","/C:","",""]],
  [["file:///C:/"],
  ["file:///C:/","file:","","","","","/C:/","",""]],
  [["file:///c|/x"],
  ["file:///c:/x","file:","","","","","/c:/x","",""]],
  [["file:C:/x"],
  ["file:///C:/x","file:","","","","","/C:/x","",""]],
  [["file:/C|/x"],
  ["file:///C:/x","file:","","","","","/C:/x","",""]],
  [["file://C|/x"],
  ["file:///C:/x","file:","","","","","/C:/x","",""]],
  [["file:///C:/../.."],
  ["file:///C:/","file:","","","","","/C:/","",""]],
  [["file:///C:/a/../../b"],
  ["file:///C:/b","file:","","","","","/C:/b","",""]],
  [["file:.."],
  ["file:///","file:","","","","","/","",""]],
  [["file:/.."],
  ["file:///","file:","","","","","/","",""]],
  [["file:."],
  ["file:///","file:","","","","","/","",""]],
  [["file:///a/./b/../c"],
  ["file:///a/c","file:","","","","","/a/c","",""]],
  [["file:///%2e%2E/x"],
  ["file:///x","file:","","","","","/x","",""]],
  [["file://host/C:/x"],
  ["file://host/C:/x","file:","","","host","","/C:/x","",""]],
  [["file:\\\\h\\p"],
  ["file://h/p","file:","","","h","","/p","",""]],
  [["file:///a?b#c"],
  ["file:///a?b#c","file:","","","","","/a","?b","#c"]],
  [["file:///a b"],
  ["file:///a%20b","file:","","","","","/a%20b","",""]],
  [["x","file:///C:/a/b"],
  ["file:///C:/a/x","file:","","","","","/C:/a/x","",""]],
  [["/x","file:///C:/a/b"],
  ["file:///C:/x","file:","","","","","/C:/x","",""]],
  [["//h/x","file:///C:/a"],
  ["file://h/x","file:","","","h","","/x","",""]],
  [["C:","file:///D:/a"],
  ["c:","c:","","","","","","",""]],
  [["../../..","file:///a/b"],
  ["file:///","file:","","","","","/","",""]],
  [["?x","file://h/a"],
  ["file://h/a?x","file:","","","h","","/a","?x",""]],
  [["#x","file:///a?q"],
  ["file:///a?q#x","file:","","","","","/a","?q","#x"]]];

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
