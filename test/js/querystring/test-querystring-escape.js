'use strict';
// querystring.escape: UTF-8 percent-encoding, unreserved characters kept, non-strings converted.
require('../../common');
const assert = require('assert');
const qs = require('querystring');

const call = qs.escape;
const cases = [
  [["abc"], "abc"],
  [[""], ""],
  [["a b"], "a%20b"],
  [["!'()*-._~"], "!'()*-._~"],
  [["&=+?#/:;,@$[]{}|\\^`\"<>%"], "%26%3D%2B%3F%23%2F%3A%3B%2C%40%24%5B%5D%7B%7D%7C%5C%5E%60%22%3C%3E%25"],
  [["é"], "%C3%A9"],
  [["中"], "%E4%B8%AD"],
  [["😀"], "%F0%9F%98%80"],
  [["\udc00a"], "%F0%90%81%A1"],
  [["߿ࠀ￿"], "%7F%C2%80%DF%BF%E0%A0%80%EF%BF%BF"],
  [[12], "12"],
  [[1e+21], "1e%2B21"],
  [[true], "true"],
  [[null], "null"],
  [[undefined], "undefined"],
  [[{}], "%5Bobject%20Object%5D"],
  [[[1, 2]], "1%2C2"],
  [[{ toString() { return 'x y'; } }], "x%20y"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}

assert.throws(() => qs.escape('\ud800'), { name: 'URIError', code: 'ERR_INVALID_URI', message: 'URI malformed' });
assert.throws(() => qs.escape('a\ud83d'), { code: 'ERR_INVALID_URI' });
