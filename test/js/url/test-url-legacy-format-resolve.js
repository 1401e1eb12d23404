'use strict';
// url.format() and url.resolve()/resolveObject() (output recorded from Node 24).
require('../../common');
const assert = require('assert');
const url = require('url');
const objs = [
  { protocol: 'http', host: 'a.com', pathname: '/x', query: { a: 1, b: [2, 3] } },
  { protocol: 'https:', hostname: 'h', port: 8080, pathname: 'p', search: 'q=1', hash: 'h' },
  { protocol: 'mailto', pathname: 'a@b' }, { protocol: 'file', pathname: '/x' }, { protocol: 'file:' },
  { hostname: '::1', port: 9 }, { auth: 'us er:p@ss', host: 'h', protocol: 'http:' },
  { pathname: 'a#b?c', search: '?x#y' }, { slashes: true, host: 'h', pathname: 'x' }, {},
  { protocol: 'foo', host: 'h' }, { query: 'string-query' }, { href: 'ignored' },
];
for (const o of objs) console.log(JSON.stringify(o), url.format(o));
console.log(url.format('http://a.com/b?c#d'));
const w = new URL('http://u:p@xn--bcher-kva.de:81/a?b#c');
console.log(url.format(w));
console.log(url.format(w, { unicode: true, auth: false, search: false, fragment: false }));
console.log(url.format(w, {}));
assert.throws(() => url.format(1), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "urlObject" argument must be one of type object or string. Received type number (1)' });
assert.throws(() => url.format(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => url.format(w, 1), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)' });
const pairs = [
  ['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', './g'], ['http://a/b/c/d;p?q', 'g/'], ['http://a/b/c/d;p?q', '/g'],
  ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', 'g?y'], ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b/c/d;p?q', 'g#s'], ['http://a/b/c/d;p?q', ''], ['http://a/b/c/d;p?q', '.'], ['http://a/b/c/d;p?q', '..'],
  ['http://a/b/c/d;p?q', '../..'], ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', '/./g'],
  ['http://a/b/c/d;p?q', 'g.'], ['http://a/b/c/d;p?q', 'g;x=1/../y'], ['http://a/b/c/d;p?q', 'https://x/y'],
  ['http://a/b/c/d;p?q', 'https:y'], ['http://a/b', 'mailto:x@y'], ['mailto:local1@domain1', 'local2@domain2'],
  ['/foo/bar/baz', 'quux'], ['/foo/bar/baz', '../../../../../quux'], ['foo/bar', '../x'], ['foo', '.'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:/p/a/t/h?s#hash2'], ['http://x.com/', 'http://y.com'],
  ['http://u:p@x.com/a', '/b'], ['http://u:p@x.com/a', '//y.com/b'], ['file:///a/b', '../c'], ['', 'x'],
];
for (const [from, to] of pairs) console.log(JSON.stringify([from, to]), url.resolve(from, to));
console.log(url.resolveObject('http://a/b/c', '../d'));
console.log(url.resolveObject('', 'x'));
