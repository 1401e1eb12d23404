'use strict';
// querystring.parse maxKeys: default 1000, 0 or less means no limit, empty pairs count.
require('../../common');
const assert = require('assert');
const qs = require('querystring');

const call = (...a) => {
  const r = qs.parse(...a);
  assert.strictEqual(Object.getPrototypeOf(r), null);
  return { ...r };
};
const cases = [
  [["a=1&b=2&c=3", null, null, { "maxKeys": 2 }], { "a": "1", "b": "2" }],
  [["a=1&b=2&c=3", null, null, { "maxKeys": 0 }], { "a": "1", "b": "2", "c": "3" }],
  [["a=1&b=2&c=3", null, null, { "maxKeys": -1 }], { "a": "1", "b": "2", "c": "3" }],
  [["a=1&&b=2", null, null, { "maxKeys": 2 }], { "a": "1" }],
  [["a=1&a=2&b=3", null, null, { "maxKeys": 2 }], { "a": ["1", "2"] }],
  [["a=1&b=2&c=3", null, null, { "maxKeys": 1.5 }], { "a": "1", "b": "2", "c": "3" }],
  [["a=1&b=2&c=3", null, null, { "maxKeys": NaN }], { "a": "1", "b": "2", "c": "3" }],
  [["a=1&b=2&c=3", null, null, { "maxKeys": "1" }], { "a": "1", "b": "2", "c": "3" }],
  [["a=1&b=2", null, null, { "maxKeys": 1 }], { "a": "1" }],
];
for (const [args, expected] of cases) {
  assert.deepStrictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}

const many = Array.from({ length: 1005 }, (_, i) => 'k' + i + '=' + i).join('&');
assert.strictEqual(Object.keys(qs.parse(many)).length, 1000);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: 0 })).length, 1005);
