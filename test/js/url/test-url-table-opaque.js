'use strict';
// non-special schemes and opaque paths (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["mailto:Joe@Example.COM"],
  ["mailto:Joe@Example.COM","mailto:","","","","","Joe@Example.COM","",""]],
  [["mailto:a b"],
  ["mailto:a b","mailto:","","","","","a b","",""]],
  [["mailto:a b?c d#e f"],
  ["mailto:a b?c%20d#e%20f","mailto:","","","","","a b","?c%20d","#e%20f"]],
  [["data:,A%20brief%20note"],
  ["data:,A%20brief%20note","data:","","","","",",A%20brief%20note","",""]],
  [["data:text/html;base64,PHA+"],
  ["data:text/html;base64,PHA+","data:","","","","","text/html;base64,PHA+","",""]],
  [["javascript:void(0)"],
  ["javascript:void(0)","javascript:","","","","","void(0)","",""]],
  [["tel:+1-816-555-1212"],
  ["tel:+1-816-555-1212","tel:","","","","","+1-816-555-1212","",""]],
  [["urn:uuid:6e8bc430"],
  ["urn:uuid:6e8bc430","urn:","","","","","uuid:6e8bc430","",""]],
  [["sc:é"],
  ["sc:%C3%A9","sc:","","","","","%C3%A9","",""]],
  [["sc:\u0000"],
  ["sc:","sc:","","","","","","",""]],
  [["sc:\t x"],
  ["sc: x","sc:","","","",""," x","",""]],
  [["sc:x"],
  ["sc:x%7F","sc:","","","","","x%7F","",""]],
  [["sc:a<b>"],
  ["sc:a<b>","sc:","","","","","a<b>","",""]],
  [["sc:%zz"],
  ["sc:%zz","sc:","","","","","%zz","",""]],
  [["sc://h/p"],
  ["sc://h/p","sc:","","","h","","/p","",""]],
  [["sc://h:1/p"],
  ["sc://h:1/p","sc:","","","h","1","/p","",""]],
  [["sc://h:99999/"],{"error":"ERR_INVALID_URL"}],
  [["sc://%/"],
  ["sc://%/","sc:","","","%","","/","",""]],
  [["sc://a b/"],{"error":"ERR_INVALID_URL"}],
  [["sc://aé/"],
  ["sc://a%C3%A9/","sc:","","","a%C3%A9","","/","",""]],
  [["sc://@/"],{"error":"ERR_INVALID_URL"}],
  [["sc://u:p@h/"],
  ["sc://u:p@h/","sc:","u","p","h","","/","",""]],
  [["sc://h?q"],
  ["sc://h?q","sc:","","","h","","","?q",""]],
  [["sc:/p?q#f"],
  ["sc:/p?q#f","sc:","","","","","/p","?q","#f"]],
  [["sc:/../x"],
  ["sc:/x","sc:","","","","","/x","",""]],
  [["sc:/./x"],
  ["sc:/x","sc:","","","","","/x","",""]],
  [["sc:/a/.."],
  ["sc:/","sc:","","","","","/","",""]],
  [["sc:/.//x"],
  ["sc:/.//x","sc:","","","","","//x","",""]],
  [["sc://h/../x"],
  ["sc://h/x","sc:","","","h","","/x","",""]],
  [["a+b.c-d:x"],
  ["a+b.c-d:x","a+b.c-d:","","","","","x","",""]]];

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
