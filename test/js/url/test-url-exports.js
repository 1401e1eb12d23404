'use strict';
require('../../common');
const assert = require('assert');
const url = require('url');
assert.deepStrictEqual(Object.keys(url), ['Url', 'parse', 'resolve', 'resolveObject', 'format', 'URL',
  'URLPattern', 'URLSearchParams', 'domainToASCII', 'domainToUnicode', 'pathToFileURL', 'fileURLToPath',
  'fileURLToPathBuffer', 'urlToHttpOptions']);
assert.strictEqual(url.URL, globalThis.URL);
assert.strictEqual(url.URLSearchParams, globalThis.URLSearchParams);
assert.strictEqual(require('node:url'), url);
assert.deepStrictEqual(Object.getOwnPropertyNames(URL.prototype), ['constructor', 'toString', 'href',
  'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search',
  'searchParams', 'hash', 'toJSON']);
assert.deepStrictEqual(Object.getOwnPropertyNames(URL).sort(),
  ['canParse', 'createObjectURL', 'length', 'name', 'parse', 'prototype', 'revokeObjectURL']);
assert.deepStrictEqual(Object.getOwnPropertyNames(URLSearchParams.prototype), ['constructor', 'size',
  'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values',
  'toString']);
assert.strictEqual(URLSearchParams.prototype[Symbol.iterator], URLSearchParams.prototype.entries);
assert.strictEqual(Object.prototype.toString.call(new URL('http://a')), '[object URL]');
assert.strictEqual(Object.prototype.toString.call(new URLSearchParams()), '[object URLSearchParams]');
assert.strictEqual(Object.prototype.toString.call(new URLSearchParams().keys()), '[object URLSearchParams Iterator]');
const d = Object.getOwnPropertyDescriptor(URL.prototype, 'href');
assert.strictEqual(d.enumerable, true);
assert.strictEqual(typeof d.get, 'function');
assert.strictEqual(typeof d.set, 'function');
assert.strictEqual(Object.getOwnPropertyDescriptor(URL.prototype, 'origin').set, undefined);
const g = Object.getOwnPropertyDescriptor(globalThis, 'URL');
assert.strictEqual(g.enumerable, false);
assert.strictEqual(g.writable, true);
