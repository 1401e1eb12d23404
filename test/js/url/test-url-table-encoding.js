'use strict';
// percent-encoding of path, query, fragment and userinfo (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["http://h/ !\"#$%&'()*+,-./"],
  ["http://h/%20!%22#$%&'()*+,-./","http:","","","h","","/%20!%22","","#$%&'()*+,-./"]],
  [["http://h/:;<=>?@"],
  ["http://h/:;%3C=%3E?@","http:","","","h","","/:;%3C=%3E","?@",""]],
  [["http://h/[\\]^_`{|}~"],
  ["http://h/[/]%5E_%60%7B|%7D~","http:","","","h","","/[/]%5E_%60%7B|%7D~","",""]],
  [["http://h/\u0000\u001f"],
  ["http://h/%00%1F%7F","http:","","","h","","/%00%1F%7F","",""]],
  [["http://h/€"],
  ["http://h/%E2%82%AC","http:","","","h","","/%E2%82%AC","",""]],
  [["http://h/%41%2f%2F"],
  ["http://h/%41%2f%2F","http:","","","h","","/%41%2f%2F","",""]],
  [["http://h/?q= !\"$%&'()*+,-./:;<=>?@[\\]^_`{|}~"],
  ["http://h/?q=%20!%22$%&%27()*+,-./:;%3C=%3E?@[\\]^_`{|}~","http:","","","h","","/","?q=%20!%22$%&%27()*+,-./:;%3C=%3E?@[\\]^_`{|}~",""]],
  [["foo://h/?q= \"'<>"],
  ["foo://h/?q=%20%22'%3C%3E","foo:","","","h","","/","?q=%20%22'%3C%3E",""]],
  [["http://h/#f= !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"],
  ["http://h/#f=%20!%22#$%&'()*+,-./:;%3C=%3E?@[\\]^_%60{|}~","http:","","","h","","/","","#f=%20!%22#$%&'()*+,-./:;%3C=%3E?@[\\]^_%60{|}~"]],
  [["http://u ser:p ass@h/"],
  ["http://u%20ser:p%20ass@h/","http:","u%20ser","p%20ass","h","","/","",""]],
  [["http://u\"<>:p[]^|@h/"],
  ["http://u%22%3C%3E:p%5B%5D%5E%7C@h/","http:","u%22%3C%3E","p%5B%5D%5E%7C","h","","/","",""]],
  [["http://u%:p%@h/"],
  ["http://u%:p%@h/","http:","u%","p%","h","","/","",""]],
  [["http://a:b:c@h/"],
  ["http://a:b%3Ac@h/","http:","a","b%3Ac","h","","/","",""]],
  [["http://€:€@h/"],
  ["http://%E2%82%AC:%E2%82%AC@h/","http:","%E2%82%AC","%E2%82%AC","h","","/","",""]],
  [["http://h/?€#€"],
  ["http://h/?%E2%82%AC#%E2%82%AC","http:","","","h","","/","?%E2%82%AC","#%E2%82%AC"]],
  [["http://h/😀?😀#😀"],
  ["http://h/%F0%9F%98%80?%F0%9F%98%80#%F0%9F%98%80","http:","","","h","","/%F0%9F%98%80","?%F0%9F%98%80","#%F0%9F%98%80"]],
  [["http://h/\udfff"],
  ["http://h/%EF%BF%BD","http:","","","h","","/%EF%BF%BD","",""]],
  [["http://h/?\ud800"],
  ["http://h/?%EF%BF%BD","http:","","","h","","/","?%EF%BF%BD",""]],
  [["http://h/a%"],
  ["http://h/a%","http:","","","h","","/a%","",""]],
  [["http://h/a%2"],
  ["http://h/a%2","http:","","","h","","/a%2","",""]],
  [["http://h/a%g0"],
  ["http://h/a%g0","http:","","","h","","/a%g0","",""]]];

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
