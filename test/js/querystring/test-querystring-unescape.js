'use strict';
// querystring.unescape and unescapeBuffer: decodeURIComponent first, byte-wise decoding when that fails.
require('../../common');
const assert = require('assert');
const qs = require('querystring');

const call = (s, spaces) => [qs.unescape(s, spaces), [...qs.unescapeBuffer(s, spaces)]];
const cases = [
  [["a%20b"], ["a b", [97, 32, 98]]],
  [["a+b"], ["a+b", [97, 43, 98]]],
  [["a+b", true], ["a+b", [97, 32, 98]]],
  [["%zz+", true], ["%zz ", [37, 122, 122, 32]]],
  [["%41%4"], ["A%4", [65, 37, 52]]],
  [["%4z"], ["%4z", [37, 52, 122]]],
  [["%"], ["%", [37]]],
  [["%%41"], ["%A", [37, 65]]],
  [["%E4%B8%AD"], ["中", [228, 184, 173]]],
  [["%E4%B8"], ["�", [228, 184]]],
  [["%zz中"], ["%zz-", [37, 122, 122, 45]]],
  [["é%zz"], ["�%zz", [233, 37, 122, 122]]],
  [["%C3%A9%zz"], ["é%zz", [195, 169, 37, 122, 122]]],
  [[""], ["", []]],
  [["%2B%2b"], ["++", [43, 43]]],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}

assert.ok(Buffer.isBuffer(qs.unescapeBuffer('a%41')));
assert.strictEqual(qs.unescapeBuffer('abc').length, 3);
