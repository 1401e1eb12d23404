'use strict';
require('../../common');
const assert = require('assert');
const url = require('url');

const ascii = ['example.com', 'EXAMPLE.COM', 'münchen.de', 'xn--mnchen-3ya.de', 'ÖBB.at', 'faß.de', '☃.net',
  '例え.テスト', 'xn--zz-x', 'a..b', 'a b', '', '1.2.3', '0x7f.1', '[::1]', 'xn--ü', 'ｅｘａｍｐｌｅ.com', 'a%41b'];
const results = ascii.map((d) => [url.domainToASCII(d), url.domainToUnicode(d)]);
assert.deepStrictEqual(results, [
  ['example.com', 'example.com'], ['example.com', 'example.com'], ['xn--mnchen-3ya.de', 'münchen.de'],
  ['xn--mnchen-3ya.de', 'münchen.de'], ['xn--bb-eka.at', 'öbb.at'], ['xn--fa-hia.de', 'faß.de'],
  ['xn--n3h.net', '☃.net'], ['xn--r8jz45g.xn--zckzah', '例え.テスト'], ['xn--zz-x', 'xn--zz-x'], ['a..b', 'a..b'],
  ['', ''], ['', ''], ['1.2.0.3', '1.2.0.3'], ['127.0.0.1', '127.0.0.1'], ['[::1]', '[::1]'], ['', ''],
  ['example.com', 'example.com'], ['aab', 'aab'],
]);
assert.throws(() => url.domainToASCII(), { code: 'ERR_MISSING_ARGS', message: 'The "domain" argument must be specified' });
assert.throws(() => url.domainToUnicode(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(url.domainToASCII(undefined), 'undefined');
