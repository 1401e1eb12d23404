'use strict';
// Legacy url.parse(): every field for a spread of inputs (output recorded from Node 24).
const common = require('../../common');
const url = require('url');
process.on('warning', common.mustCall((w) => {
  console.log(w.name, w.code);
}, 2));
const inputs = [
  'http://user:pw@Host.com:8080/p/a/t/h?query=string#hash', 'HTTP://X.COM', '//host/path', '/p?q#h',
  'p/a?b=1&b=2', 'mailto:A@B.c?subject=hi', 'javascript:alert(1)', 'file:///etc/passwd', 'file:/x',
  'http://[::1]:80/x', 'http://a.com:xx/', 'http://a b.com/', 'http://x.com/a b"c<d>', '  http://trim.me/  ',
  'http:\\\\back\\slash?x\\y', 'http://a@b@c/', 'http://münchen.de/', 'news:comp.lang', 'x:y:z', '?only=query',
  '#only', '', 'HtTp://x.com/%zz', 'http://x.com?a', 'http://x.com#a?b', 'https://x.com/?a=1#', 'sip:alice@x.com',
  'http://user%20x:p%40@h/',
];
for (const s of inputs) console.log(JSON.stringify(s), url.parse(s));
console.log(url.parse('http://x/?a=1&b=2&a=3', true).query);
console.log(url.parse('//host/p', false, true).host, url.parse('//host/p').host);
console.log(url.parse('/x', true).query);
const u = url.parse('http://h/p');
console.log(url.parse(u) === u, u instanceof url.Url);
