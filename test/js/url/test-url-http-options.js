'use strict';
require('../../common');
const assert = require('assert');
const { urlToHttpOptions } = require('url');

const o = urlToHttpOptions(new URL('https://u%20x:p%40@[::1]:99/a?b#c'));
assert.deepStrictEqual({ ...o }, {
  protocol: 'https:', hostname: '::1', hash: '#c', search: '?b', pathname: '/a', path: '/a?b',
  href: 'https://u%20x:p%40@[::1]:99/a?b#c', port: 99, auth: 'u x:p@',
});
assert.strictEqual(Object.getPrototypeOf(o), null);
const p = urlToHttpOptions(new URL('http://h/'));
assert.deepStrictEqual(Object.keys(p), ['protocol', 'hostname', 'hash', 'search', 'pathname', 'path', 'href']);
const ext = new URL('http://h/');
ext.custom = 1;
assert.strictEqual(urlToHttpOptions(ext).custom, 1);
