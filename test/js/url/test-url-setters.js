'use strict';
require('../../common');
const assert = require('assert');

function set(href, prop, value) {
  const u = new URL(href);
  u[prop] = value;
  return u.href;
}
const out = [];
for (const [href, prop, value] of [
  ['http://a/', 'protocol', 'https'], ['http://a/', 'protocol', 'ftp:'], ['http://a/', 'protocol', 'foo'],
  ['foo://a/', 'protocol', 'http'], ['foo://a/', 'protocol', 'bar'], ['http://a:443/', 'protocol', 'https'],
  ['http://u@a/', 'protocol', 'file'], ['file:///x', 'protocol', 'http'], ['http://a/', 'protocol', '1x'],
  ['http://a/', 'protocol', 'wss://x'], ['http://a/', 'username', 'us er'], ['http://a/', 'password', 'p@ss:w'],
  ['file:///x', 'username', 'u'], ['mailto:x', 'username', 'u'], ['http://u:p@a/', 'username', ''],
  ['http://a/', 'host', 'b:81'], ['http://a/', 'host', 'b:80'], ['http://a:81/', 'host', 'c'], ['http://a/', 'host', ''],
  ['foo://a/', 'host', ''], ['http://a/', 'host', 'x y'], ['http://a/', 'host', '[::1]:9'], ['mailto:x', 'host', 'y'],
  ['http://a/', 'hostname', 'b:81'], ['http://a/', 'hostname', 'B.com'], ['http://a/', 'hostname', '0x7f.1'],
  ['file://h/x', 'host', 'localhost'], ['file:///x', 'hostname', 'srv'], ['http://a/', 'port', '8080'],
  ['http://a/', 'port', '80'], ['http://a:9/', 'port', ''], ['http://a/', 'port', '99999'], ['http://a/', 'port', 'x1'],
  ['http://a/', 'port', '12ab'], ['http://a/', 'port', 3.7], ['file:///x', 'port', '9'], ['http://a/', 'pathname', 'x y/../z'],
  ['http://a/', 'pathname', ''], ['foo://a/b', 'pathname', ''], ['mailto:x', 'pathname', 'y'], ['http://a/', 'pathname', '?#'],
  ['http://a/', 'search', 'a=1 2'], ['http://a/?x', 'search', ''], ['http://a/', 'search', '??x'], ['http://a/', 'search', '#'],
  ['http://a/', 'hash', 'h h'], ['http://a/#x', 'hash', ''], ['http://a/', 'hash', '##'], ['a: b #x', 'hash', ''],
  ['a: b ?x', 'search', ''], ['http://a/', 'href', 'https://b/c'],
]) {
  out.push(set(href, prop, value));
}
assert.deepStrictEqual(out, [
  'https://a/', 'ftp://a/', 'http://a/', 'foo://a/', 'bar://a/', 'https://a/', 'http://u@a/', 'file:///x',
  'http://a/', 'wss://a/', 'http://us%20er@a/', 'http://:p%40ss%3Aw@a/', 'file:///x', 'mailto:x', 'http://:p@a/',
  'http://b:81/', 'http://b/', 'http://c:81/', 'http://a/', 'foo:///', 'http://a/', 'http://[::1]:9/', 'mailto:x',
  'http://a/', 'http://b.com/', 'http://127.0.0.1/', 'file:///x', 'file://srv/x', 'http://a:8080/',
  'http://a/', 'http://a/', 'http://a/', 'http://a/', 'http://a:12/', 'http://a:3/', 'file:///x', 'http://a/z',
  'http://a/', 'foo://a', 'mailto:x', 'http://a/%3F%23',
  'http://a/?a=1%202', 'http://a/', 'http://a/??x', 'http://a/?%23',
  'http://a/#h%20h', 'http://a/', 'http://a/##', 'a: b%20',
  'a: b%20', 'https://b/c',
]);
