'use strict';
// querystring.parse with custom, multi-character and falsy separators.
require('../../common');
const assert = require('assert');
const qs = require('querystring');

const call = (...a) => {
  const r = qs.parse(...a);
  assert.strictEqual(Object.getPrototypeOf(r), null);
  return { ...r };
};
const cases = [
  [["a:1;b:2", ";", ":"], { "a": "1", "b": "2" }],
  [["a=1&&b=2", "&&"], { "a": "1", "b": "2" }],
  [["a=1&&&b=2", "&&"], { "a": "1", "&b": "2" }],
  [["aab", "ab"], { "aab": "" }],
  [["x==1", "&", "=="], { "x": "1" }],
  [["x=1", "&", "=="], { "x=1": "" }],
  [["a=1&b=2", "", ""], { "a": "1", "b": "2" }],
  [["a=1&b=2", null, null], { "a": "1", "b": "2" }],
  [["a1b2", 1, 2], { "a": "", "b": "" }],
  [["a=b&c", "&", "&"], { "a=b": "", "c": "" }],
  [["a+b", "&", "+"], { "a": "b" }],
  [["a%b", "&", "%"], { "a": "b" }],
  [["k=v=&w", "=&"], { "k=v": "", "w": "" }],
  [["a=1", "a"], { "": "1" }],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
