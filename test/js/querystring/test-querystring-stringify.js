'use strict';
// querystring.stringify: arrays repeat the key, non-primitive values become empty.
require('../../common');
const assert = require('assert');
const qs = require('querystring');

const call = qs.stringify;
const cases = [
  [[{ "a": 1, "b": "x y" }], "a=1&b=x%20y"],
  [[{ "a": [1, 2, 3] }], "a=1&a=2&a=3"],
  [[{ "a": [], "b": 1 }], "b=1"],
  [[{ "a": null, "b": undefined, "c": {}, "d": NaN, "e": Infinity }], "a=&b=&c=&d=&e="],
  [[{ "a": true, "b": false, "c": 10n }], "a=true&b=false&c=10"],
  [[{ "a": 1e+21, "b": -1e+22, "c": 100000000000000000000, "d": -0, "e": 1.5 }], "a=1e%2B21&b=-1e%2B22&c=100000000000000000000&d=0&e=1.5"],
  [[{ "k y": "v&w=x" }], "k%20y=v%26w%3Dx"],
  [[{ "a": "é", "b": "中", "c": "😀" }], "a=%C3%A9&b=%E4%B8%AD&c=%F0%9F%98%80"],
  [[{ "a": "!'()*-._~" }], "a=!'()*-._~"],
  [[{ "a": 1, "b": 2 }, ";", ":"], "a:1;b:2"],
  [[{ "a": [1, 2] }, "&&", "=="], "a==1&&a==2"],
  [[{ "a": 1 }, "", ""], "a=1"],
  [[{ "a": 1 }, null, null], "a=1"],
  [["abc"], ""],
  [[null], ""],
  [[42], ""],
  [[[1, "x"]], "0=1&1=x"],
  [[{ "": "" }], "="],
  [[{ "a": "" }], "a="],
  [[{ "1": "one", "b": "bee" }], "1=one&b=bee"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, require("util").inspect(args));
}
