'use strict';
// IDNA host processing (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');

const rows = [[["http://EXAMPLE.COM/"],
  ["http://example.com/","http:","","","example.com","","/","",""]],
  [["http://ExAmPlE.cOm./"],
  ["http://example.com./","http:","","","example.com.","","/","",""]],
  [["http://bücher.de/"],
  ["http://xn--bcher-kva.de/","http:","","","xn--bcher-kva.de","","/","",""]],
  [["http://BÜCHER.de/"],
  ["http://xn--bcher-kva.de/","http:","","","xn--bcher-kva.de","","/","",""]],
  [["http://xn--bcher-kva.de/"],
  ["http://xn--bcher-kva.de/","http:","","","xn--bcher-kva.de","","/","",""]],
  [["http://日本.jp/"],
  ["http://xn--wgv71a.jp/","http:","","","xn--wgv71a.jp","","/","",""]],
  [["http://中国/"],
  ["http://xn--fiqs8s/","http:","","","xn--fiqs8s","","/","",""]],
  [["http://ελληνικά.gr/"],
  ["http://xn--hxargifdar.gr/","http:","","","xn--hxargifdar.gr","","/","",""]],
  [["http://россия.рф/"],
  ["http://xn--h1alffa9f.xn--p1ai/","http:","","","xn--h1alffa9f.xn--p1ai","","/","",""]],
  [["http://ａｂｃ.com/"],
  ["http://abc.com/","http:","","","abc.com","","/","",""]],
  [["http://a．b/"],
  ["http://a.b/","http:","","","a.b","","/","",""]],
  [["http://a｡b/"],
  ["http://a.b/","http:","","","a.b","","/","",""]],
  [["http://straße.de/"],
  ["http://xn--strae-oqa.de/","http:","","","xn--strae-oqa.de","","/","",""]],
  [["http://Ⅻ.com/"],
  ["http://xii.com/","http:","","","xii.com","","/","",""]],
  [["http://ﬁ.com/"],
  ["http://fi.com/","http:","","","fi.com","","/","",""]],
  [["http://a​b.com/"],
  ["http://ab.com/","http:","","","ab.com","","/","",""]],
  [["http://ab­.com/"],
  ["http://ab.com/","http:","","","ab.com","","/","",""]],
  [["http://%E4%BD%A0.com/"],
  ["http://xn--6qq.com/","http:","","","xn--6qq.com","","/","",""]],
  [["http://%zz.com/"],{"error":"ERR_INVALID_URL"}],
  [["http://%C3.com/"],{"error":"ERR_INVALID_URL"}],
  [["http://a%2Eb/"],
  ["http://a.b/","http:","","","a.b","","/","",""]],
  [["http://xn--ls8h.la/"],
  ["http://xn--ls8h.la/","http:","","","xn--ls8h.la","","/","",""]],
  [["http://💩.la/"],
  ["http://xn--ls8h.la/","http:","","","xn--ls8h.la","","/","",""]],
  [["http://-a-.com/"],
  ["http://-a-.com/","http:","","","-a-.com","","/","",""]],
  [["http://a_b.com/"],
  ["http://a_b.com/","http:","","","a_b.com","","/","",""]],
  [["http://a*b.com/"],
  ["http://a*b.com/","http:","","","a*b.com","","/","",""]],
  [["http://a!b.com/"],
  ["http://a!b.com/","http:","","","a!b.com","","/","",""]],
  [["http://a$b/"],
  ["http://a$b/","http:","","","a$b","","/","",""]],
  [["http://a,b/"],
  ["http://a,b/","http:","","","a,b","","/","",""]],
  [["http://a~b/"],
  ["http://a~b/","http:","","","a~b","","/","",""]]];

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
