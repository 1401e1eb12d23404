'use strict';
// querystring.parse: repeated keys become arrays, empty pairs are skipped, + is a space.
require('../../common');
const assert = require('assert');
const qs = require('querystring');

const call = (...a) => {
  const r = qs.parse(...a);
  assert.strictEqual(Object.getPrototypeOf(r), null);
  return { ...r };
};
const cases = [
  [["a=1&b=2"], { "a": "1", "b": "2" }],
  [["a=1&a=2&a=3"], { "a": ["1", "2", "3"] }],
  [["a"], { "a": "" }],
  [["a="], { "a": "" }],
  [["=b"], { "": "b" }],
  [["="], { "": "" }],
  [["&&a=1&&"], { "a": "1" }],
  [["a=b=c"], { "a": "b=c" }],
  [["a+b=c+d"], { "a b": "c d" }],
  [["a%20b=c%2Bd"], { "a b": "c+d" }],
  [["%61=%62"], { "a": "b" }],
  [["a=%zz"], { "a": "%zz" }],
  [["a=%E4%B8%AD"], { "a": "中" }],
  [["a=%E4%B8"], { "a": "�" }],
  [["a=%"], { "a": "%" }],
  [["a=%4"], { "a": "%4" }],
  [["a=%41%"], { "a": "A%" }],
  [["__proto__=1"], Object.defineProperty({}, "__proto__", { value: "1", enumerable: true, writable: true, configurable: true })],
  [["hasOwnProperty=x&toString=y"], { "hasOwnProperty": "x", "toString": "y" }],
  [["a[]=1&a[]=2"], { "a[]": ["1", "2"] }],
  [["a=1;b=2"], { "a": "1;b=2" }],
  [[""], {}],
  [["&"], {}],
  [["a&a=&a=1"], { "a": ["", "", "1"] }],
  [["k=v#frag"], { "k": "v#frag" }],
  [["é=ü"], { "é": "ü" }],
  [["a=\ud800"], { "a": "\ud800" }],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
